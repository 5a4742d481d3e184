<#import "template.ftl" as layout>
<#import "sa-components.ftl" as sa>
<@layout.registrationLayout displayMessage=true; section>
  <#if section = "header">
    ${msg("saRecoveryChooseTitle")}
  <#elseif section = "form">
    <p class="sa-lead">${msg("saRecoveryChooseIntro")}</p>

    <#if saRecoveryCodeExecution??>
      <section id="sa-recovery-codes" class="sa-section" aria-labelledby="sa-recovery-codes-heading">
        <h2 id="sa-recovery-codes-heading">${msg("saRecoveryCodesHeading")}</h2>
        <p>${msg("saRecoveryCodesBody")}</p>
        <form id="sa-use-recovery-code-form" action="${url.loginAction}" method="post" novalidate>
          <input type="hidden" name="authenticationExecution" value="${saRecoveryCodeExecution}">
          <@sa.primaryButton label=msg("saRecoveryUseCode") id="sa-use-recovery-code"/>
        </form>
      </section>
    </#if>

    <#if saRoute == "LETTER">
      <section id="sa-recovery-letter" class="sa-section" aria-labelledby="sa-recovery-letter-heading">
        <h2 id="sa-recovery-letter-heading">${msg("saRecoveryLetterHeading")}</h2>
        <ul class="sa-checklist">
          <li>${msg("saRecoveryLetterToRecord")}</li>
          <li>${msg("saRecoveryLetterDelivery", saLetterDaysMin, saLetterDaysMax)}</li>
          <li>${msg("saRecoveryLetterValidity", saLetterValidDays)}</li>
          <li>${msg("saRecoveryLetterAfter")}</li>
        </ul>
        <#if saLetterCanSend>
          <form id="sa-mail-code-form" action="${url.loginAction}" method="post" novalidate>
            <button type="submit" id="sa-mail-code" name="action" value="letter"
              class="sa-button <#if saRecoveryCodeExecution??>sa-button--secondary<#else>sa-button--primary</#if> sa-button--block">${msg("saRecoveryMailCode")}</button>
          </form>
        <#else>
          <p id="sa-letter-next" class="sa-hint">${msg("saRecoveryLetterNextOn", saLetterNextOn)}</p>
        </#if>
      </section>
    <#else>
      <section id="sa-recovery-wait" class="sa-section" aria-labelledby="sa-recovery-wait-heading">
        <h2 id="sa-recovery-wait-heading">${msg("saRecoveryWaitHeading")}</h2>
        <ul class="sa-checklist">
          <li>${msg("saRecoveryWaitHow", saWaitHours)}</li>
          <li><#if saOldPhone??>${msg("saRecoveryWaitNoticesWithPhone", saOldPhone)}<#else>${msg("saRecoveryWaitNotices")}</#if></li>
          <li>${msg("saRecoveryWaitCancel")}</li>
          <li>${msg("saRecoveryWaitAfter", saFinishHours)}</li>
        </ul>
        <form id="sa-request-removal-form" action="${url.loginAction}" method="post" novalidate>
          <button type="submit" id="sa-request-removal" name="action" value="wait"
            class="sa-button <#if saRecoveryCodeExecution??>sa-button--secondary<#else>sa-button--primary</#if> sa-button--block">${msg("saRecoveryRequestRemoval")}</button>
        </form>
      </section>
    </#if>
  </#if>
</@layout.registrationLayout>
