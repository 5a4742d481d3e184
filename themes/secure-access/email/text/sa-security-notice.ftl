<#ftl output_format="plainText">
${msg(saNoticeBodyKey, realmName, saWhen, saDevice, saIp)}

${msg("saNoticeNotMe", saNotMeLink, saNotMeDays)}
