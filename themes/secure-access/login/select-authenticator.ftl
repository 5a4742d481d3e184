<#--
  "Try another way": Keycloak's choice between the second factors a person has. One form, one real button per method
  (keycloak.v2 draws each as a clickable div, which a keyboard can not reach); the button posts the execution id the
  way Keycloak's own page does.
-->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayInfo=false; section>
  <#if section = "header">
    ${msg("loginChooseAuthenticator")}
  <#elseif section = "form">
    <p class="sa-lead">${msg("saChooseMethodIntro")}</p>
    <form id="kc-select-credential-form" action="${url.loginAction}" method="post" novalidate>
      <ul class="sa-choices">
        <#list auth.authenticationSelections as choice>
          <li>
            <button class="sa-choice" type="submit" id="sa-choice-${choice?index}" name="authenticationExecution" value="${choice.authExecId}"
              aria-describedby="sa-choice-${choice?index}-help">
              <span class="sa-choice__name">${msg(choice.displayName)}</span>
              <span id="sa-choice-${choice?index}-help" class="sa-choice__help">${msg(choice.helpText)}</span>
            </button>
          </li>
        </#list>
      </ul>
    </form>
  </#if>
</@layout.registrationLayout>
