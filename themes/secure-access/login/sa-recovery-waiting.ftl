<#import "template.ftl" as layout>
<#import "sa-components.ftl" as sa>
<@layout.registrationLayout displayMessage=true; section>
  <#if section = "header">
    <#if saReady>${msg("saRecoveryReadyTitle")}<#else>${msg("saRecoveryWaitingTitle")}</#if>
  <#elseif section = "form">
    <div id="sa-recovery-status" class="sa-status" role="status">
      <dl class="sa-status__list">
        <dt>${msg("saRecoveryWaitEndsLabel")}</dt>
        <dd id="sa-wait-ends"><@sa.untilTime iso=saReadyIso minutes=saReadyMinutes/></dd>
        <dt>${msg("saRecoveryFinishByLabel")}</dt>
        <dd id="sa-finish-by"><@sa.untilTime iso=saFinishByIso minutes=saFinishByMinutes/></dd>
      </dl>
    </div>
    <#if saReady>
      <p class="sa-lead">${msg("saRecoveryReadyIntro")}</p>
      <form id="sa-remove-methods-form" action="${url.loginAction}" method="post" novalidate>
        <@sa.primaryButton label=msg("saRecoveryRemoveMethods") id="sa-remove-methods" name="action" value="complete"/>
      </form>
    <#else>
      <p class="sa-lead">${msg("saRecoveryWaitingIntro")}</p>
      <p>${msg("saRecoveryWaitingWhatNext")}</p>
    </#if>
    <form id="sa-cancel-request-form" class="sa-secondary-action" action="${url.loginAction}" method="post" novalidate>
      <button type="submit" id="sa-cancel-request" name="action" value="cancel" class="sa-button sa-button--secondary">${msg("saRecoveryCancelRequest")}</button>
    </form>
    <@sa.scripts/>
  </#if>
</@layout.registrationLayout>
