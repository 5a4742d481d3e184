<#import "template.ftl" as layout>
<#import "sa-components.ftl" as sa>
<@layout.registrationLayout displayMessage=false; section>
  <#if section = "header">
    ${msg("saProofLockedTitle")}
  <#elseif section = "form">
    <div id="sa-proof-locked" class="sa-alert sa-alert--error" role="alert">
      <p>${msg((saProofLockedByCodes!false)?then("saProofLockedCodesBody", "saProofLockedBody"))}</p>
      <#if (saLockedUntilCleared!false)>
      <p>${msg("saLockedUntilClearedBody")}</p>
      <#else>
      <p>${msg("saLockedUntil")} <strong><@sa.untilTime iso=saUntilIso minutes=saUntilMinutes/></strong> (${msg("saInMinutes", saUntilMinutes)}).</p>
      </#if>
    </div>
    <p>${msg((saLockedUntilCleared!false)?then("saLockedUntilClearedWhatToDo", (saProofLockedByCodes!false)?then("saProofLockedCodesWhatToDo", "saProofLockedWhatToDo")))}</p>
    <@sa.postponeForm/>
    <a id="sa-start-over" class="sa-button sa-button--secondary sa-button--block" href="${url.loginRestartFlowUrl}">${msg("saStartOver")}</a>
    <@sa.scripts/>
  </#if>
</@layout.registrationLayout>
