<#import "template.ftl" as layout>
<#import "sa-components.ftl" as sa>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('code'); section>
  <#if section = "header">
    ${msg("saProofPhoneCodeTitle")}
  <#elseif section = "form">
    <@sa.progress/>
    <p class="sa-lead">${msg("saSmsCodeIntro", saPhone, saCodeMinutes)}</p>
    <form id="sa-proof-phone-code-form" action="${url.loginAction}" method="post" novalidate>
      <@sa.proofStep name="PHONE"/>
      <input type="hidden" name="action" value="code">
      <@sa.codeField name="code" label=msg("saCodeLabel") length=saCodeLength hint=msg("saCodeHint", saCodeLength)/>
      <@sa.primaryButton label=msg("saVerify") id="sa-verify"/>
    </form>
    <form id="sa-resend-form" class="sa-secondary-action" action="${url.loginAction}" method="post" novalidate>
      <@sa.proofStep name="PHONE"/>
      <button type="submit" id="sa-resend" name="action" value="resend" class="sa-button sa-button--secondary"
        data-resend-wait="${saResendWaitSeconds?c}" data-countdown-text="${msg("saResendCountdown")}">${msg("saSendNewCode")}</button>
      <p id="sa-resend-countdown" class="sa-hint" aria-live="polite"></p>
    </form>
    <form class="sa-secondary-action" action="${url.loginAction}" method="post" novalidate>
      <@sa.proofStep name="PHONE"/>
      <button type="submit" id="sa-change-number" name="action" value="change-number" class="sa-button sa-button--link">${msg("saChangeNumber")}</button>
    </form>
    <form class="sa-secondary-action" action="${url.loginAction}" method="post" novalidate>
      <@sa.proofStep name="PHONE"/>
      <button type="submit" id="sa-choose-letter" name="action" value="letter" class="sa-button sa-button--link">${msg("saProofChooseLetter")}</button>
    </form>
    <@sa.scripts/>
  </#if>
</@layout.registrationLayout>
