<#import "template.ftl" as layout>
<#import "sa-components.ftl" as sa>
<@layout.registrationLayout displayMessage=false; section>
  <#if section = "header">
    ${msg("saLockedTitle")}
  <#elseif section = "form">
    <#if (saLockedUntilCleared!false)>
    <div id="sa-locked" class="sa-alert sa-alert--error" role="alert" data-until-cleared="true">
      <p>${msg("saLockedBody")}</p>
      <p>${msg("saLockedUntilClearedBody")}</p>
    </div>
    <p>${msg("saLockedUntilClearedWhatToDo")}</p>
    <#else>
    <div id="sa-locked" class="sa-alert sa-alert--error" role="alert">
      <p>${msg("saLockedBody")}</p>
      <p>${msg("saLockedUntil")} <strong><@sa.untilTime iso=saUntilIso minutes=saUntilMinutes/></strong> (${msg("saInMinutes", saUntilMinutes)}).</p>
    </div>
    <p>${msg("saLockedWhatToDo")}</p>
    </#if>
    <a id="sa-start-over" class="sa-button sa-button--primary sa-button--block" href="${url.loginRestartFlowUrl}">${msg("saStartOver")}</a>
    <@sa.scripts/>
  </#if>
</@layout.registrationLayout>
