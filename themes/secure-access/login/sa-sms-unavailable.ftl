<#import "template.ftl" as layout>
<#import "sa-components.ftl" as sa>
<@layout.registrationLayout displayMessage=false; section>
  <#if section = "header">
    ${msg("saSmsUnavailableTitle")}
  <#elseif section = "form">
    <div id="sa-sms-unavailable" class="sa-alert sa-alert--error" role="alert">
      <p>${msg("saSmsUnavailableBody", saPhone)}</p>
    </div>
    <p>${msg("saSmsUnavailableWhatToDo")}</p>
    <form id="sa-retry-form" action="${url.loginAction}" method="post" novalidate>
      <input type="hidden" name="resend" value="true">
      <@sa.primaryButton label=msg("saTryAgain") id="sa-retry"/>
    </form>
  </#if>
</@layout.registrationLayout>
