<#--
  The Secure Access page layout. Every login page (ours and the keycloak.v2 pages we inherit)
  renders inside this shell: a skip link, a header with the product name and the language
  switch, one main landmark holding a single card, and a footer. The macro signature matches
  keycloak.v2 so its pages can use this layout unchanged.
-->
<#import "field.ftl" as field>
<#import "footer.ftl" as loginFooter>

<#macro username>
  <#assign usernameLabel>
    <#if !realm.loginWithEmailAllowed>${msg("username")}<#elseif !realm.registrationEmailAsUsername>${msg("usernameOrEmail")}<#else>${msg("email")}</#if>
  </#assign>
  <div class="sa-attempted-user">
    <span class="sa-attempted-user__label">${usernameLabel}</span>
    <span id="kc-attempted-username" class="sa-attempted-user__name">${auth.attemptedUsername}</span>
    <a id="reset-login" class="sa-link" href="${url.loginRestartFlowUrl}">${msg("saNotYouStartOver")}</a>
  </div>
</#macro>

<#macro registrationLayout bodyClass="" displayInfo=false displayMessage=true displayRequiredFields=false showAttemptedUser=true>
<#assign pageHeading><#nested "header"></#assign>
<#assign pageHeadingText = pageHeading?markup_string?replace("<[^>]*>", "", "r")?trim>
<!DOCTYPE html>
<html class="${properties.kcHtmlClass!}" lang="${lang}"<#if realm.internationalizationEnabled> dir="${(locale.rtl)?then('rtl','ltr')}"</#if>>
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <title><#if pageHeadingText?has_content>${pageHeadingText?no_esc} | </#if>${msg("saProductName")}</title>
    <link rel="icon" href="${url.resourcesPath}/img/favicon.svg" type="image/svg+xml">
    <#if properties.stylesCommon?has_content>
        <#list properties.stylesCommon?split(' ') as style>
            <link href="${url.resourcesCommonPath}/${style}" rel="stylesheet">
        </#list>
    </#if>
    <#if properties.styles?has_content>
        <#list properties.styles?split(' ') as style>
            <link href="${url.resourcesPath}/${style}" rel="stylesheet">
        </#list>
    </#if>
    <#-- keycloak.v2 pages (WebAuthn, password fields) rely on these modules. -->
    <script type="importmap">
        { "imports": { "rfc4648": "${url.resourcesCommonPath}/vendor/rfc4648/rfc4648.js" } }
    </script>
    <#if properties.scripts?has_content>
        <#list properties.scripts?split(' ') as script>
            <script src="${url.resourcesPath}/${script}" type="text/javascript"></script>
        </#list>
    </#if>
    <#if scripts??>
        <#list scripts as script>
            <script src="${script}" type="text/javascript"></script>
        </#list>
    </#if>
    <script type="module" src="${url.resourcesPath}/js/passwordVisibility.js"></script>
    <script type="module">
        <#outputformat "JavaScript">
        import { startSessionPolling } from ${(url.resourcesPath + "/js/authChecker.js")?c};
        startSessionPolling(${url.ssoLoginInOtherTabsUrl?c});
        </#outputformat>
    </script>
    <#if authenticationSession??>
    <script type="module">
        <#outputformat "JavaScript">
        import { checkAuthSession } from ${(url.resourcesPath + "/js/authChecker.js")?c};
        checkAuthSession(${authenticationSession.authSessionIdHash?c});
        </#outputformat>
    </script>
    </#if>
</head>

<body id="keycloak-bg" class="${properties.kcBodyClass!} ${bodyClass}" data-page-id="login-${pageId}">
<a class="sa-skip-link" href="#sa-main">${msg("saSkipToContent")}</a>

<header class="sa-header">
  <div class="sa-header__inner">
    <div class="sa-brand">
      <svg class="sa-brand__mark" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
        <path fill="currentColor" d="M12 1 3 5v6c0 5.6 3.8 10.7 9 12 5.2-1.3 9-6.4 9-12V5l-9-4Zm0 6a3 3 0 0 1 3 3v1h1v6H8v-6h1v-1a3 3 0 0 1 3-3Zm0 2a1 1 0 0 0-1 1v1h2v-1a1 1 0 0 0-1-1Z"/>
      </svg>
      <span id="sa-product-name" class="sa-brand__name">${msg("saProductName")}</span>
      <#if realm.displayName?has_content>
        <span class="sa-brand__realm">${realm.displayName}</span>
      </#if>
    </div>
    <#if realm.internationalizationEnabled && locale.supported?size gt 1>
      <nav class="sa-languages" aria-label="${msg("saLanguageSwitch")}">
        <ul>
          <#list locale.supported?sort_by("label") as l>
            <li>
              <#if l.languageTag == locale.currentLanguageTag>
                <span class="sa-languages__current" aria-current="true" lang="${l.languageTag}">${l.label}</span>
              <#else>
                <a class="sa-languages__link" href="${l.url}" lang="${l.languageTag}" hreflang="${l.languageTag}">${l.label}</a>
              </#if>
            </li>
          </#list>
        </ul>
      </nav>
    </#if>
  </div>
</header>

<main id="sa-main" class="sa-main" tabindex="-1">
  <div class="sa-card ${properties.kcLoginMain!}">
    <h1 id="kc-page-title" class="sa-page-title">${pageHeading}</h1>

    <#if showAttemptedUser && auth?has_content && auth.showUsername() && !auth.showResetCredentials()>
      <#nested "show-username">
      <@username />
    </#if>

    <#if displayRequiredFields>
      <p class="sa-required-note"><span class="sa-required" aria-hidden="true">*</span> ${msg("requiredFields")}</p>
    </#if>

    <#-- App-initiated actions should not show "you need to complete this" warnings meant for login. -->
    <#if displayMessage && message?has_content && (message.type != 'warning' || !isAppInitiatedAction??)>
      <div id="sa-message" class="sa-alert sa-alert--${message.type}" <#if message.type == 'error'>role="alert"<#else>role="status"</#if>>
        <span class="kc-feedback-text">${kcSanitize(message.summary)?no_esc}</span>
      </div>
    </#if>

    <#nested "form">

    <#if auth?has_content && auth.showTryAnotherWayLink()>
      <form id="kc-select-try-another-way-form" class="sa-secondary-action" action="${url.loginAction}" method="post" novalidate="novalidate">
        <input type="hidden" name="tryAnotherWay" value="on">
        <button id="try-another-way" type="submit" class="sa-button sa-button--secondary">${msg("doTryAnotherWay")}</button>
      </form>
    </#if>

    <#-- "I can't use any of these": on every second-factor page whose flow offers the way back (the recovery package),
         as a plain button that opens it directly; the choice of methods lists it too. -->
    <#if auth?has_content && pageId != "select-authenticator">
      <#list auth.authenticationSelections as option>
        <#if option.authenticationExecution.authenticator == "secure-access-lost-second-factor" && option.authExecId != (execution!"")>
          <form id="sa-lost-second-factor-form" class="sa-secondary-action" action="${url.loginAction}" method="post" novalidate="novalidate">
            <input type="hidden" name="authenticationExecution" value="${option.authExecId}">
            <button id="sa-lost-second-factor" type="submit" class="sa-button sa-button--link">${msg("saLostSecondFactorLink")}</button>
          </form>
        </#if>
      </#list>
    </#if>

    <#nested "socialProviders">

    <#if displayInfo>
      <div id="kc-info" class="sa-info">
        <#nested "info">
      </div>
    </#if>
  </div>
</main>

<footer class="sa-footer">
  <div class="sa-footer__inner">
    <@loginFooter.content/>
    <p>${msg("saFooterNotice")}</p>
  </div>
</footer>
</body>
</html>
</#macro>
