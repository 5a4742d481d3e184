<#import "template.ftl" as layout>
<#import "sa-components.ftl" as sa>
<@layout.registrationLayout displayMessage=false; section>
  <#if section = "header">
    <#if saCancelState == "confirm">${msg("saRecoveryCancelConfirmTitle")}<#elseif saCancelState == "cancelled">${msg("saRecoveryCancelDoneTitle")}<#else>${msg("saRecoveryCancelGoneTitle")}</#if>
  <#elseif section = "form">
    <#if saCancelState == "confirm">
      <p class="sa-lead">${msg("saRecoveryCancelConfirmBody")}</p>
      <form id="sa-recovery-cancel-form" action="${url.loginAction}" method="post" novalidate>
        <@sa.primaryButton label=msg("saRecoveryCancelConfirmButton") id="sa-confirm-cancel" name="cancel" value="true"/>
      </form>
      <p class="sa-notice">${msg("saRecoveryCancelConfirmNote")}</p>
    <#elseif saCancelState == "cancelled">
      <div id="sa-recovery-cancelled" class="sa-alert sa-alert--success" role="status"><p>${msg("saRecoveryCancelDoneBody")}</p></div>
      <p>${msg("saRecoveryCancelDoneWhatNext")}</p>
    <#else>
      <div id="sa-recovery-cancel-gone" class="sa-alert sa-alert--warning" role="status"><p>${msg("saRecoveryCancelGoneBody")}</p></div>
    </#if>
  </#if>
</@layout.registrationLayout>
