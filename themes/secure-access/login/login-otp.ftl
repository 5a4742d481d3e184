<#--
  The authenticator-app code page (Keycloak's OTP form, behind our secure-access-app-code authenticator), in the same
  words and layout as the text-message code page. Keycloak reads the code from "otp", the chosen app from
  "selectedCredentialId", and reports a wrong code on the field "totp".
-->
<#import "template.ftl" as layout>
<#import "sa-components.ftl" as sa>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('totp'); section>
  <#if section = "header">
    ${msg("saSmsCodeTitle")}
  <#elseif section = "form">
    <p class="sa-lead">${msg("saAppCodeIntro")}</p>
    <form id="kc-otp-login-form" action="${url.loginAction}" method="post" novalidate>
      <#if otpLogin.userOtpCredentials?size gt 1>
        <fieldset class="sa-fieldset sa-field">
          <legend class="sa-legend">${msg("saAppCodeWhichApp")}</legend>
          <#list otpLogin.userOtpCredentials as app>
            <div class="sa-radio">
              <input type="radio" id="sa-app-${app?index}" name="selectedCredentialId" value="${app.id}"<#if app.id == otpLogin.selectedCredentialId> checked</#if>>
              <label for="sa-app-${app?index}">${app.userLabel!msg("saAppCodeUnnamedApp", app?index + 1)}</label>
            </div>
          </#list>
        </fieldset>
      </#if>
      <@sa.codeField name="otp" fieldName="totp" label=msg("saCodeLabel") hint=msg("saAppCodeHint")/>
      <@sa.primaryButton label=msg("saVerify") id="sa-verify"/>
    </form>
  </#if>
</@layout.registrationLayout>
