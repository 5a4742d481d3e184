<#import "template.ftl" as layout>
<#import "sa-components.ftl" as sa>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('code','email'); section>
  <#if section = "header">
    ${msg("saProofEmailTitle")}
  <#elseif section = "form">
    <@sa.progress/>
    <#if saProofEmailAsk??>
      <p class="sa-lead">${msg("saProofEmailAskIntro")}</p>
      <form id="sa-proof-email-form" action="${url.loginAction}" method="post" novalidate>
        <@sa.proofStep name="EMAIL"/>
        <input type="hidden" name="action" value="set-email">
        <@sa.field name="email" label=msg("email") value=saEmailValue type="email" autocomplete="email" maxlength="254" autofocus=true/>
        <@sa.primaryButton label=msg("saSendCode") id="sa-send-code"/>
      </form>
    <#else>
      <p class="sa-lead">${msg("saProofEmailCodeIntro", saEmailMasked, saCodeMinutes)}</p>
      <form id="sa-proof-email-code-form" action="${url.loginAction}" method="post" novalidate>
        <@sa.proofStep name="EMAIL"/>
        <input type="hidden" name="action" value="code">
        <@sa.codeField name="code" label=msg("saCodeLabel") length=saCodeLength hint=msg("saCodeHint", saCodeLength)/>
        <@sa.primaryButton label=msg("saContinue") id="sa-continue"/>
      </form>
      <form id="sa-resend-form" class="sa-secondary-action" action="${url.loginAction}" method="post" novalidate>
        <@sa.proofStep name="EMAIL"/>
        <button type="submit" id="sa-resend" name="action" value="resend" class="sa-button sa-button--secondary"
          data-resend-wait="${saResendWaitSeconds?c}" data-countdown-text="${msg("saResendCountdown")}">${msg("saSendNewCode")}</button>
        <p id="sa-resend-countdown" class="sa-hint" aria-live="polite"></p>
      </form>
      <form class="sa-secondary-action" action="${url.loginAction}" method="post" novalidate>
        <@sa.proofStep name="EMAIL"/>
        <button type="submit" id="sa-change-email" name="action" value="change-email" class="sa-button sa-button--link">${msg("saProofUseOtherEmail")}</button>
      </form>
    </#if>
    <@sa.backForm step="EMAIL"/>
    <@sa.scripts/>
  </#if>
</@layout.registrationLayout>
