<#import "template.ftl" as layout>
<#import "sa-components.ftl" as sa>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('letter_code'); section>
  <#if section = "header">
    ${msg("saRecoveryLetterPageTitle")}
  <#elseif section = "form">
    <div id="sa-recovery-letter-status" class="sa-status" role="status">
      <dl class="sa-status__list">
        <#if saLetterSentOn??>
          <dt>${msg("saProofLetterSentOnLabel")}</dt><dd id="sa-letter-sent-on">${saLetterSentOn}</dd>
        </#if>
        <dt>${msg("saProofLetterArrivesLabel")}</dt><dd>${msg("saProofLetterArrives", saLetterDaysMin, saLetterDaysMax)}</dd>
        <dt>${msg("saProofLetterExpiresLabel")}</dt><dd id="sa-letter-expires-on">${saLetterExpiresOn}</dd>
      </dl>
    </div>
    <#if saHasLetter>
      <form id="sa-recovery-letter-form" action="${url.loginAction}" method="post" novalidate autocomplete="off">
        <input type="hidden" name="action" value="letter-code">
        <@sa.field name="letter_code" label=msg("saProofLetterCodeLabel") hint=msg("saProofLetterCodeHint") maxlength="14" autofocus=true/>
        <@sa.primaryButton label=msg("saProofEnterCode") id="sa-enter-letter-code"/>
      </form>
    </#if>
    <#if saLetterCanSend>
      <form id="sa-recovery-resend-form" class="sa-secondary-action" action="${url.loginAction}" method="post" novalidate>
        <button type="submit" id="sa-send-another-letter" name="action" value="letter" class="sa-button sa-button--secondary">${msg("saProofSendAnotherLetter")}</button>
      </form>
    <#elseif saLetterNextOn??>
      <p id="sa-letter-next" class="sa-hint">${msg("saRecoveryLetterNextOn", saLetterNextOn)}</p>
    </#if>
    <form id="sa-cancel-request-form" class="sa-secondary-action" action="${url.loginAction}" method="post" novalidate>
      <button type="submit" id="sa-cancel-request" name="action" value="cancel" class="sa-button sa-button--link">${msg("saRecoveryCancelRequest")}</button>
    </form>
  </#if>
</@layout.registrationLayout>
