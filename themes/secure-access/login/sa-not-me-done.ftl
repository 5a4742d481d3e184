<#import "template.ftl" as layout>
<#-- After "This wasn't me": what was done. Nobody is signed in here, and nothing on the page signs anyone in. -->
<@layout.registrationLayout displayMessage=false showAttemptedUser=false; section>
  <#if section = "header">
    ${msg("saNotMeDoneTitle")}
  <#elseif section = "form">
    <div id="sa-not-me-done">
      <p class="sa-lead">${msg("saNotMeDoneSignedOut")}</p>
      <#if saRemovedFactors?has_content>
        <p>${msg("saNotMeDoneRemovedIntro")}</p>
        <ul id="sa-removed-factors" class="sa-plain-list">
          <#list saRemovedFactors as factor>
            <#assign factorName = msg("saNotMeFactorType." + factor.type)>
            <#if factor.label?has_content><#assign factorName = factorName + " “" + factor.label + "”"></#if>
            <li>${msg("saNotMeDoneRemoved", factorName, factor.added)}</li>
          </#list>
        </ul>
      <#else>
        <p id="sa-removed-factors">${msg("saNotMeDoneNoneRemoved")}</p>
      </#if>
      <#if saPaused>
        <p id="sa-not-me-paused" class="sa-alert sa-alert--warning" role="status">${msg("saNotMeDonePaused")}</p>
      <#else>
        <p id="sa-not-me-next">${msg("saNotMeDoneNextSignIn")}</p>
      </#if>
    </div>
  </#if>
</@layout.registrationLayout>
