<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("saPhoneChangedBodyHtml", realmName, saOldPhone, saNewPhone))?no_esc}
</@layout.emailLayout>
