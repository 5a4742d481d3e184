<#import "template.ftl" as layout>
<#import "sa-components.ftl" as sa>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('phoneNumber'); section>
  <#if section = "header">
    ${msg("saProofPhoneTitle")}
  <#elseif section = "form">
    <@sa.progress/>
    <#if saNoPhoneOnRecord>
      <div id="sa-no-phone-on-record" class="sa-alert sa-alert--info" role="status"><p>${msg("saProofNoPhoneOnRecord")}</p></div>
    </#if>
    <p class="sa-lead">${msg("saProofPhoneIntro")}</p>
    <form id="sa-proof-phone-form" action="${url.loginAction}" method="post" novalidate>
      <@sa.proofStep name="PHONE"/>
      <input type="hidden" name="action" value="number">
      <@sa.field name="phoneNumber" label=msg("saProofPhoneLabel") value=saPhoneValue type="tel" autocomplete="tel" inputmode="tel"
        hint=msg("saProofPhoneHint") maxlength="30" autofocus=true/>
      <@sa.primaryButton label=msg("saSendCode") id="sa-send-code"/>
    </form>
    <div class="sa-divider"><h2 class="sa-subheading">${msg("saProofNoMobileTitle")}</h2>
      <p>${msg("saProofLetterOffer")}</p>
      <form id="sa-letter-form" action="${url.loginAction}" method="post" novalidate>
        <@sa.proofStep name="PHONE"/>
        <button type="submit" id="sa-choose-letter" name="action" value="letter" class="sa-button sa-button--secondary sa-button--block">${msg("saProofChooseLetter")}</button>
      </form>
    </div>
    <@sa.backForm step="PHONE"/>
  </#if>
</@layout.registrationLayout>
