<#import "template.ftl" as layout>
<#import "sa-components.ftl" as sa>
<@layout.registrationLayout displayMessage=false; section>
  <#if section = "header">
    ${msg("saSendLimitTitle")}
  <#elseif section = "form">
    <div id="sa-send-limit" class="sa-alert sa-alert--error" role="alert">
      <p>${msg("saSendLimitBody", saPhone)}</p>
      <p>${msg("saSendLimitUntil")} <strong><@sa.untilTime iso=saUntilIso minutes=saUntilMinutes/></strong> (${msg("saInMinutes", saUntilMinutes)}).</p>
    </div>
    <p>${msg("saSendLimitWhatToDo")}</p>
    <a id="sa-start-over" class="sa-button sa-button--secondary sa-button--block" href="${url.loginRestartFlowUrl}">${msg("saStartOver")}</a>
    <@sa.scripts/>
  </#if>
</@layout.registrationLayout>
