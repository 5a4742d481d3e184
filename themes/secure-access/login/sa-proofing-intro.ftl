<#import "template.ftl" as layout>
<#import "sa-components.ftl" as sa>
<@layout.registrationLayout displayMessage=true; section>
  <#if section = "header">
    ${msg("saProofIntroTitle")}
  <#elseif section = "form">
    <#if saProofCanPostpone && saProofDeadline??>
      <div id="sa-proof-reminder" class="sa-alert sa-alert--warning" role="status"><p>${msg("saProofReminder", saProofDeadline)}</p></div>
    <#else>
      <div id="sa-proof-required" class="sa-alert sa-alert--warning" role="status"><p>${msg("saProofRequiredNow")}</p></div>
    </#if>
    <#if saProofResuming>
      <p class="sa-lead">${msg("saProofResumeIntro")}</p>
    <#else>
      <p class="sa-lead">${msg("saProofIntro")}</p>
    </#if>
    <h2 class="sa-subheading">${msg("saProofHaveReady")}</h2>
    <ul class="sa-checklist">
      <#if !saProofEmailVerified><li>${msg("saProofNeedEmail")}</li></#if>
      <li>${msg("saProofNeedTaxId")}</li>
      <li>${msg("saProofNeedReturn")}</li>
      <li>${msg("saProofNeedAccount")}</li>
      <li>${msg("saProofNeedPhone")}</li>
    </ul>
    <p>${msg("saProofTimeNeeded")}</p>
    <form id="sa-proof-start-form" action="${url.loginAction}" method="post" novalidate>
      <@sa.proofStep name="INTRO"/>
      <@sa.primaryButton label=saProofResuming?then(msg("saProofResume"), msg("saProofStart")) id="sa-proof-start" name="action" value="start"/>
    </form>
    <@sa.postponeForm/>
  </#if>
</@layout.registrationLayout>
