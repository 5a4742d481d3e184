<#ftl output_format="plainText">
${msg("saProofEmailCodeBody", saCode, saCodeMinutes)}
