<#import "template.ftl" as layout>
<#import "sa-components.ftl" as sa>
<@layout.registrationLayout displayMessage=false; section>
  <#if section = "header">
    ${msg("saProofDoneTitle")}
  <#elseif section = "form">
    <@sa.progress/>
    <div id="sa-proof-done" class="sa-alert sa-alert--success" role="status">
      <p>${msg("saProofDoneBody")}</p>
    </div>
    <dl class="sa-status__list">
      <dt>${msg("saProofVerifiedOnLabel")}</dt><dd id="sa-verified-on">${saVerifiedOn}</dd>
      <dt>${msg("saProofVerifiedHowLabel")}</dt><dd id="sa-verified-method">${msg("saProofMethod." + saVerifiedMethod)}</dd>
      <dt>${msg("saProofVerifiedLevelLabel")}</dt><dd id="sa-verified-level">${msg("saProofLevel." + saVerifiedLevel)}</dd>
    </dl>
    <p>${msg("saProofDoneNotice")}</p>
    <form id="sa-proof-done-form" action="${url.loginAction}" method="post" novalidate>
      <@sa.proofStep name="DONE"/>
      <@sa.primaryButton label=msg("saContinue") id="sa-continue" name="action" value="continue"/>
    </form>
  </#if>
</@layout.registrationLayout>
