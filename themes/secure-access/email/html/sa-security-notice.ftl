<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg(saNoticeBodyKey + "Html", realmName, saWhen, saDevice, saIp))?no_esc}
${kcSanitize(msg("saNoticeNotMeHtml", saNotMeLink, saNotMeDays))?no_esc}
</@layout.emailLayout>
