<#import "template.ftl" as layout>
<#import "sa-components.ftl" as sa>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('code'); section>
  <#if section = "header">
    ${msg("saSmsCodeTitle")}
  <#elseif section = "form">
    <p class="sa-lead">${msg("saSmsCodeIntro", saPhone, saCodeMinutes)}</p>
    <form id="sa-sms-code-form" action="${url.loginAction}" method="post" novalidate>
      <@sa.codeField name="code" label=msg("saCodeLabel") length=saCodeLength hint=msg("saCodeHint", saCodeLength)/>
      <@sa.primaryButton label=msg("saVerify") id="sa-verify"/>
    </form>
    <form id="sa-resend-form" class="sa-secondary-action" action="${url.loginAction}" method="post" novalidate>
      <input type="hidden" name="resend" value="true">
      <button type="submit" id="sa-resend" class="sa-button sa-button--secondary"
        data-resend-wait="${saResendWaitSeconds?c}" data-countdown-text="${msg("saResendCountdown")}">${msg("saSendNewCode")}</button>
      <p id="sa-resend-countdown" class="sa-hint" aria-live="polite"></p>
    </form>
    <p class="sa-notice">${msg("saSmsWeakerNotice")}</p>
    <@sa.scripts/>
  </#if>
</@layout.registrationLayout>
