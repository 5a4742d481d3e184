<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg(saRecoveryBodyKey + "Html", realmName, saWhen, saReadyAt, saFinishBy))?no_esc}
<#if saCancelLink??>${kcSanitize(msg("saRecoveryCancelHtml", saCancelLink))?no_esc}</#if>
</@layout.emailLayout>
