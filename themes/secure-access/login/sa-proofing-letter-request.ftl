<#import "template.ftl" as layout>
<#import "sa-components.ftl" as sa>
<@layout.registrationLayout displayMessage=true; section>
  <#if section = "header">
    ${msg("saProofLetterRequestTitle")}
  <#elseif section = "form">
    <@sa.progress/>
    <p class="sa-lead">${msg("saProofLetterRequestIntro")}</p>
    <ul class="sa-checklist">
      <li>${msg("saProofLetterToRecord")}</li>
      <li>${msg("saProofLetterDelivery", saLetterDaysMin, saLetterDaysMax)}</li>
      <li>${msg("saProofLetterValidity", saLetterValidDays)}</li>
    </ul>
    <form id="sa-send-letter-form" action="${url.loginAction}" method="post" novalidate>
      <@sa.proofStep name="LETTER"/>
      <@sa.primaryButton label=msg("saProofSendLetter") id="sa-send-letter" name="action" value="send-letter"/>
    </form>
    <@sa.backForm step="LETTER"/>
  </#if>
</@layout.registrationLayout>
