<#import "template.ftl" as layout>
<#import "sa-components.ftl" as sa>
<#assign identityFields = ["first_name", "middle_name", "last_name", "suffix", "tax_id", "date_of_birth", "filing_status",
  "address_line1", "address_line2", "city", "state", "zip"]>
<#assign anyFieldError = false>
<#list identityFields as f><#if messagesPerField.existsError(f)><#assign anyFieldError = true></#if></#list>
<@layout.registrationLayout displayMessage=!anyFieldError; section>
  <#if section = "header">
    ${msg("saProofIdentityTitle")}
  <#elseif section = "form">
    <@sa.progress/>
    <@sa.errorSummary fields=identityFields/>
    <p class="sa-lead">${msg("saProofIdentityIntro")}</p>
    <form id="sa-proof-identity-form" action="${url.loginAction}" method="post" novalidate autocomplete="off">
      <@sa.proofStep name="IDENTITY"/>
      <fieldset class="sa-fieldset">
        <legend class="sa-legend">${msg("saProofLegalName")}</legend>
        <@sa.field name="first_name" label=msg("saProofFirstName") value=saValues.first_name autocomplete="given-name" maxlength="64"/>
        <@sa.field name="middle_name" label=msg("saProofMiddleName") value=saValues.middle_name autocomplete="additional-name" maxlength="64" required=false/>
        <@sa.field name="last_name" label=msg("saProofLastName") value=saValues.last_name autocomplete="family-name" maxlength="64"/>
        <@sa.field name="suffix" label=msg("saProofSuffix") value=saValues.suffix autocomplete="honorific-suffix" maxlength="10" required=false hint=msg("saProofSuffixHint")/>
      </fieldset>

      <@sa.field name="tax_id" label=msg("saProofTaxId") hint=msg("saProofTaxIdHint") inputmode="numeric" maxlength="11"/>

      <#assign dobError = messagesPerField.getFirstError("date_of_birth")!"">
      <fieldset class="sa-fieldset sa-field<#if dobError?has_content> sa-field--error</#if>" aria-describedby="dob-hint<#if dobError?has_content> dob-error</#if>">
        <legend class="sa-legend">${msg("saProofDateOfBirth")}</legend>
        <p id="dob-hint" class="sa-hint">${msg("saProofDateOfBirthHint")}</p>
        <#if dobError?has_content><p id="dob-error" class="sa-field-error" role="alert"><span class="sa-visually-hidden">${msg("saErrorPrefix")} </span>${dobError}</p></#if>
        <div class="sa-date">
          <div class="sa-date__part">
            <label class="sa-label" for="dob_month">${msg("saProofMonth")}</label>
            <input class="sa-input sa-input--2" id="dob_month" name="dob_month" type="text" inputmode="numeric" maxlength="2" autocomplete="bday-month" pattern="[0-9]*"<#if dobError?has_content> aria-invalid="true"</#if>>
          </div>
          <div class="sa-date__part">
            <label class="sa-label" for="dob_day">${msg("saProofDay")}</label>
            <input class="sa-input sa-input--2" id="dob_day" name="dob_day" type="text" inputmode="numeric" maxlength="2" autocomplete="bday-day" pattern="[0-9]*"<#if dobError?has_content> aria-invalid="true"</#if>>
          </div>
          <div class="sa-date__part">
            <label class="sa-label" for="dob_year">${msg("saProofYear")}</label>
            <input class="sa-input sa-input--4" id="dob_year" name="dob_year" type="text" inputmode="numeric" maxlength="4" autocomplete="bday-year" pattern="[0-9]*"<#if dobError?has_content> aria-invalid="true"</#if>>
          </div>
        </div>
      </fieldset>

      <@sa.radios name="filing_status" legend=msg("saProofFilingStatus") options=saFilingStatuses labelPrefix="saFilingStatus." value=saValues.filing_status hint=msg("saProofFilingStatusHint")/>

      <fieldset class="sa-fieldset">
        <legend class="sa-legend">${msg("saProofAddress")}</legend>
        <p class="sa-hint">${msg("saProofAddressHint")}</p>
        <@sa.field name="address_line1" label=msg("saProofAddressLine1") value=saValues.address_line1 autocomplete="address-line1" maxlength="64"/>
        <@sa.field name="address_line2" label=msg("saProofAddressLine2") value=saValues.address_line2 autocomplete="address-line2" maxlength="64" required=false/>
        <@sa.field name="city" label=msg("saProofCity") value=saValues.city autocomplete="address-level2" maxlength="64"/>
        <#assign stateError = messagesPerField.getFirstError("state")!"">
        <div class="sa-field<#if stateError?has_content> sa-field--error</#if>">
          <label class="sa-label" for="state">${msg("saProofState")}</label>
          <#if stateError?has_content><p id="state-error" class="sa-field-error" role="alert"><span class="sa-visually-hidden">${msg("saErrorPrefix")} </span>${stateError}</p></#if>
          <select id="state" name="state" class="sa-select" autocomplete="address-level1" required aria-required="true"<#if stateError?has_content> aria-invalid="true" aria-describedby="state-error"</#if>>
            <option value="">${msg("saProofChooseState")}</option>
            <#list saStates as code>
              <option value="${code}"<#if code == saValues.state?upper_case> selected</#if>>${code}</option>
            </#list>
          </select>
        </div>
        <@sa.field name="zip" label=msg("saProofZip") value=saValues.zip autocomplete="postal-code" inputmode="numeric" maxlength="10" hint=msg("saProofZipHint")/>
      </fieldset>
      <p class="sa-notice">${msg("saProofPrivacyNotice")}</p>
      <@sa.primaryButton label=msg("saContinue") id="sa-continue" name="action" value="continue"/>
    </form>
    <@sa.backForm step="IDENTITY"/>
    <@sa.scripts/>
  </#if>
</@layout.registrationLayout>
