<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("saProofEmailCodeBodyHtml", saCode, saCodeMinutes))?no_esc}
</@layout.emailLayout>
