<#import "template.ftl" as layout>
<#import "sa-components.ftl" as sa>
<#import "password-commons.ftl" as passwordCommons>
<#-- Setting up an authenticator app, with every field labelled and its error tied to it. -->
<@layout.registrationLayout displayRequiredFields=false displayMessage=!messagesPerField.existsError('totp','userLabel'); section>
  <#if section = "header">
    ${msg("loginTotpTitle")}
  <#elseif section = "form">
    <ol id="kc-totp-settings" class="sa-checklist">
      <li>
        <p>${msg("loginTotpStep1")}</p>
        <ul id="kc-totp-supported-apps">
          <#list totp.supportedApplications as app><li>${msg(app)}</li></#list>
        </ul>
      </li>
      <#if mode?? && mode = "manual">
        <li>
          <p>${msg("loginTotpManualStep2")}</p>
          <p><strong id="kc-totp-secret-key" class="sa-secret">${totp.totpSecretEncoded}</strong></p>
          <p><a href="${totp.qrUrl}" id="mode-barcode" class="sa-link">${msg("loginTotpScanBarcode")}</a></p>
        </li>
        <li>
          <p>${msg("loginTotpManualStep3")}</p>
          <ul>
            <li id="kc-totp-type">${msg("loginTotpType")}: ${msg("loginTotp." + totp.policy.type)}</li>
            <li id="kc-totp-algorithm">${msg("loginTotpAlgorithm")}: ${totp.policy.getAlgorithmKey()}</li>
            <li id="kc-totp-digits">${msg("loginTotpDigits")}: ${totp.policy.digits}</li>
            <#if totp.policy.type = "totp"><li id="kc-totp-period">${msg("loginTotpInterval")}: ${totp.policy.period}</li></#if>
          </ul>
        </li>
      <#else>
        <li>
          <p>${msg("loginTotpStep2")}</p>
          <img id="kc-totp-secret-qr-code" src="data:image/png;base64, ${totp.totpSecretQrCode}" alt="${msg("saTotpQrAlt")}" width="200" height="200">
          <p><a href="${totp.manualUrl}" id="mode-manual" class="sa-link">${msg("loginTotpUnableToScan")}</a></p>
        </li>
      </#if>
      <li>
        <p>${msg("loginTotpStep3")}</p>
        <p>${msg("loginTotpStep3DeviceName")}</p>
      </li>
    </ol>
    <form action="${url.loginAction}" id="kc-totp-settings-form" method="post" novalidate>
      <@sa.codeField name="totp" label=msg("authenticatorCode") length=totp.policy.digits/>
      <input type="hidden" id="totpSecret" name="totpSecret" value="${totp.totpSecret}">
      <#if mode??><input type="hidden" id="mode" name="mode" value="${mode}"></#if>
      <@sa.field name="userLabel" label=msg("loginTotpDeviceName") required=(totp.otpCredentials?size gte 1) maxlength="255"/>
      <@passwordCommons.logoutOtherSessions/>
      <@sa.primaryButton label=msg("saTotpSave") id="saveTOTPBtn"/>
      <#if isAppInitiatedAction??>
        <button type="submit" id="cancelTOTPBtn" name="cancel-aia" value="true" class="sa-button sa-button--secondary sa-button--block sa-secondary-action">${msg("doCancel")}</button>
      </#if>
    </form>
  </#if>
</@layout.registrationLayout>
