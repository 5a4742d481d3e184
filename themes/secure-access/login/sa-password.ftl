<#import "template.ftl" as layout>
<#import "sa-components.ftl" as sa>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('password','username'); section>
  <#if section = "header">
    ${msg("saPasswordTitle")}
  <#elseif section = "form">
    <#-- The phrase only on a browser where this person completed a full sign-in; everyone else, known name or not, gets the same note. -->
    <#if saSitePhrase??>
      <figure id="sa-site-phrase" class="sa-site-phrase">
        <img src="${url.resourcesPath}/img/site/${saSiteImage}.svg" width="64" height="64" alt="${msg("saSiteImage." + saSiteImage)}">
        <figcaption>
          <span class="sa-site-phrase__label">${msg("saSitePhraseLabel")}</span>
          <strong id="sa-site-phrase-text" class="sa-site-phrase__text">${saSitePhrase}</strong>
        </figcaption>
      </figure>
      <p class="sa-hint">${msg("saSitePhraseCheck")}</p>
    <#else>
      <p id="sa-site-phrase-not-shown" class="sa-site-phrase sa-site-phrase--not-shown">${msg("saSitePhraseNotShown")}</p>
    </#if>
    <#assign passwordError = messagesPerField.getFirstError('password','username')!"">
    <form id="kc-form-login" action="${url.loginAction}" method="post" novalidate>
      <div class="sa-field<#if passwordError?has_content> sa-field--error</#if>">
        <label class="sa-label" for="password">${msg("password")}</label>
        <#if passwordError?has_content><p id="password-error" class="sa-field-error" role="alert"><span class="sa-visually-hidden">${msg("saErrorPrefix")} </span>${kcSanitize(passwordError)?no_esc}</p></#if>
        <input id="password" name="password" type="password" class="sa-input" autocomplete="current-password" autofocus
          required aria-required="true"<#if passwordError?has_content> aria-invalid="true" aria-describedby="password-error"</#if>>
      </div>
      <@sa.primaryButton label=msg("doLogIn") id="kc-login"/>
    </form>
    <p class="sa-secondary-action"><a id="sa-start-over" class="sa-link" href="${url.loginRestartFlowUrl}">${msg("saStartOver")}</a></p>
    <#if realm.resetPasswordAllowed>
      <p class="sa-secondary-action"><a id="sa-forgot-password" class="sa-link" href="${url.loginResetCredentialsUrl}">${msg("doForgotPassword")}</a></p>
    </#if>
  </#if>
</@layout.registrationLayout>
