<#import "template.ftl" as layout>
<#import "sa-components.ftl" as sa>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('username'); section>
  <#if section = "header">
    ${msg("loginAccountTitle")}
  <#elseif section = "form">
    <p class="sa-lead">${msg("saUsernameIntro")}</p>
    <form id="kc-form-login" action="${url.loginAction}" method="post" novalidate>
      <@sa.field name="username" label=msg("saUsernameLabel") value=saUsernameValue autocomplete="username" maxlength="255" autofocus=true/>
      <@sa.primaryButton label=msg("saContinue") id="kc-login"/>
    </form>
    <#if realm.resetPasswordAllowed>
      <p class="sa-secondary-action"><a id="sa-forgot-password" class="sa-link" href="${url.loginResetCredentialsUrl}">${msg("doForgotPassword")}</a></p>
    </#if>
    <#if realm.password && realm.registrationAllowed && !registrationDisabled??>
      <p class="sa-secondary-action">${msg("noAccount")} <a id="sa-register" class="sa-link" href="${url.registrationUrl}">${msg("doRegister")}</a></p>
    </#if>
  </#if>
</@layout.registrationLayout>
