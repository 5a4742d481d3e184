<#import "template.ftl" as layout>
<#import "sa-components.ftl" as sa>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('account_type','account_number'); section>
  <#if section = "header">
    ${msg("saProofAccountTitle")}
  <#elseif section = "form">
    <@sa.progress/>
    <p class="sa-lead">${msg("saProofAccountIntro")}</p>
    <form id="sa-proof-account-form" action="${url.loginAction}" method="post" novalidate autocomplete="off">
      <@sa.proofStep name="ACCOUNT"/>
      <@sa.radios name="account_type" legend=msg("saProofAccountType") options=saAccountTypes labelPrefix="saAccountType." value=saAccountTypeValue/>
      <p class="sa-notice">${msg("saProofCardNotice")}</p>
      <@sa.field name="account_number" label=msg("saProofAccountNumber") hint=msg("saProofAccountNumberHint") maxlength="40"/>
      <@sa.primaryButton label=msg("saContinue") id="sa-continue" name="action" value="continue"/>
    </form>
    <@sa.backForm step="ACCOUNT"/>
  </#if>
</@layout.registrationLayout>
