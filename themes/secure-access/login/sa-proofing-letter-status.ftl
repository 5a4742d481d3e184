<#import "template.ftl" as layout>
<#import "sa-components.ftl" as sa>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('letter_code'); section>
  <#if section = "header">
    ${msg("saProofLetterStatusTitle")}
  <#elseif section = "form">
    <@sa.progress/>
    <div id="sa-letter-status" class="sa-status" role="status">
      <dl class="sa-status__list">
        <dt>${msg("saProofLetterSentOnLabel")}</dt><dd id="sa-letter-sent-on">${saLetterSentOn}</dd>
        <dt>${msg("saProofLetterArrivesLabel")}</dt><dd>${msg("saProofLetterArrives", saLetterDaysMin, saLetterDaysMax)}</dd>
        <dt>${msg("saProofLetterExpiresLabel")}</dt><dd id="sa-letter-expires-on">${saLetterExpiresOn}<#if saLetterExpired> <strong>(${msg("saProofLetterExpiredShort")})</strong></#if></dd>
      </dl>
    </div>
    <#if !saLetterExpired>
      <form id="sa-letter-code-form" action="${url.loginAction}" method="post" novalidate autocomplete="off">
        <@sa.proofStep name="LETTER"/>
        <input type="hidden" name="action" value="letter-code">
        <@sa.field name="letter_code" label=msg("saProofLetterCodeLabel") hint=msg("saProofLetterCodeHint") maxlength="14" autofocus=true/>
        <@sa.primaryButton label=msg("saProofEnterCode") id="sa-enter-letter-code"/>
      </form>
    </#if>
    <#if saLetterCanResend>
      <form id="sa-resend-letter-form" class="sa-secondary-action" action="${url.loginAction}" method="post" novalidate>
        <@sa.proofStep name="LETTER"/>
        <button type="submit" id="sa-send-another-letter" name="action" value="send-letter" class="sa-button sa-button--secondary">${msg("saProofSendAnotherLetter")}</button>
      </form>
    <#elseif saLetterNextOn??>
      <p id="sa-letter-next" class="sa-hint">${msg("saProofLetterNextOn", saLetterNextOn)}</p>
    </#if>
    <form class="sa-secondary-action" action="${url.loginAction}" method="post" novalidate>
      <@sa.proofStep name="LETTER"/>
      <button type="submit" id="sa-use-phone" name="action" value="use-phone" class="sa-button sa-button--link">${msg("saProofUsePhoneInstead")}</button>
    </form>
    <@sa.postponeForm/>
  </#if>
</@layout.registrationLayout>
