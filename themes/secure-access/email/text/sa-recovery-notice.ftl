<#ftl output_format="plainText">
${msg(saRecoveryBodyKey, realmName, saWhen, saReadyAt, saFinishBy)}
<#if saCancelLink??>

${msg("saRecoveryCancel", saCancelLink)}
</#if>
