<#ftl output_format="plainText">
${msg("saPhoneChangedBody", realmName, saOldPhone, saNewPhone)}
