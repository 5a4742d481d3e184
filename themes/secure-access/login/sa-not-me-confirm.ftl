<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
  <#if section = "header">
    ${msg("saNotMeConfirmTitle")}
  <#elseif section = "form">
    <p class="sa-lead">${msg("saNotMeConfirmBody")}</p>
    <a id="sa-not-me-confirm" class="sa-button sa-button--primary sa-button--block" href="${saConfirmUrl}">${msg("saNotMeConfirmButton")}</a>
  </#if>
</@layout.registrationLayout>
