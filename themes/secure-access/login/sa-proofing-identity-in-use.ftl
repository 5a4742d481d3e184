<#import "template.ftl" as layout>
<#import "sa-components.ftl" as sa>
<@layout.registrationLayout displayMessage=false; section>
  <#if section = "header">
    ${msg("saProofInUseTitle")}
  <#elseif section = "form">
    <div id="sa-proof-in-use" class="sa-alert sa-alert--warning" role="alert">
      <p>${msg("saProofInUseBody")}</p>
    </div>
    <ul class="sa-checklist">
      <li>${msg("saProofInUseSignIn")}</li>
      <li>${msg("saProofInUseRecover")}</li>
      <li>${msg("saProofInUseNotYou")}</li>
    </ul>
    <@sa.postponeForm/>
    <a id="sa-start-over" class="sa-button sa-button--secondary sa-button--block" href="${url.loginRestartFlowUrl}">${msg("saStartOver")}</a>
  </#if>
</@layout.registrationLayout>
