<#import "template.ftl" as layout>
<#import "sa-components.ftl" as sa>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('phoneNumber'); section>
  <#if section = "header">
    ${msg("saPhoneEnrollTitle")}
  <#elseif section = "form">
    <#if saCurrentPhone??>
      <p class="sa-lead">${msg("saPhoneCurrent", saCurrentPhone)}</p>
    </#if>
    <p class="sa-lead">${msg("saPhoneEnrollIntro")}</p>
    <form id="sa-phone-form" action="${url.loginAction}" method="post" novalidate>
      <input type="hidden" name="step" value="number">
      <@sa.field name="phoneNumber" label=msg("saPhoneLabel") value=saPhoneValue type="tel" autocomplete="tel" inputmode="tel"
        hint=msg("saPhoneHint") maxlength="30" autofocus=true/>
      <@sa.primaryButton label=msg("saSendCode") id="sa-send-code"/>
    </form>
    <#if saAppSetUpAvailable!true>
    <form id="sa-use-app-form" class="sa-secondary-action" action="${url.loginAction}" method="post" novalidate>
      <input type="hidden" name="step" value="use-app">
      <button type="submit" id="sa-use-app" class="sa-button sa-button--secondary">${msg("saUseAppInstead")}</button>
    </form>
    </#if>
    <p class="sa-notice">${msg("saSmsWeakerNotice")}</p>
    <#if isAppInitiatedAction??>
      <form class="sa-secondary-action" action="${url.loginAction}" method="post" novalidate>
        <button type="submit" id="sa-cancel" name="cancel-aia" value="true" class="sa-button sa-button--link">${msg("doCancel")}</button>
      </form>
    </#if>
  </#if>
</@layout.registrationLayout>
