<#import "template.ftl" as layout>
<#import "sa-components.ftl" as sa>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('site_phrase','site_image'); section>
  <#if section = "header">
    ${msg("saSitePhraseTitle")}
  <#elseif section = "form">
    <p class="sa-lead">${msg("saSitePhraseIntro")}</p>
    <form id="sa-site-phrase-form" action="${url.loginAction}" method="post" novalidate>
      <@sa.field name="site_phrase" label=msg("saSitePhraseField") value=saSitePhraseValue maxlength=saSitePhraseMax?c hint=msg("saSitePhraseHint", saSitePhraseMax) autofocus=true/>
      <#assign imageError = messagesPerField.getFirstError("site_image")!"">
      <fieldset class="sa-fieldset sa-field<#if imageError?has_content> sa-field--error</#if>"<#if imageError?has_content> aria-describedby="site_image-error"</#if>>
        <legend class="sa-legend">${msg("saSiteImageField")}</legend>
        <#if imageError?has_content><p id="site_image-error" class="sa-field-error" role="alert"><span class="sa-visually-hidden">${msg("saErrorPrefix")} </span>${imageError}</p></#if>
        <div class="sa-image-choice">
          <#list saSiteImages as image>
            <div class="sa-image-choice__item">
              <input type="radio" id="site_image-${image}" name="site_image" value="${image}"<#if image == saSiteImageValue> checked</#if>>
              <label for="site_image-${image}"><img src="${url.resourcesPath}/img/site/${image}.svg" width="48" height="48" alt=""><span>${msg("saSiteImage." + image)}</span></label>
            </div>
          </#list>
        </div>
      </fieldset>
      <p class="sa-notice">${msg("saSitePhraseNotAFactor")}</p>
      <@sa.primaryButton label=msg("saSave") id="sa-save-site-phrase"/>
    </form>
    <#if isAppInitiatedAction??>
      <form class="sa-secondary-action" action="${url.loginAction}" method="post" novalidate>
        <button type="submit" id="sa-cancel" name="cancel-aia" value="true" class="sa-button sa-button--link">${msg("doCancel")}</button>
      </form>
    </#if>
  </#if>
</@layout.registrationLayout>
