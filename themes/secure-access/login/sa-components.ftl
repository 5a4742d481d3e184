<#--
  Building blocks for Secure Access pages: one way to render a labelled field with its hint and
  its error (tied together with aria-describedby, announced with role="alert"), a code field, and
  a time that lifts a lock (shown in the person's own time zone by secure-access.js).
-->

<#macro field name label value="" type="text" autocomplete="off" inputmode="" hint="" maxlength="" autofocus=false required=true fieldName=name pattern="">
  <#assign fieldError = messagesPerField.getFirstError(fieldName)!"">
  <#assign describedBy = ((hint?has_content)?then(name + "-hint ", "") + (fieldError?has_content)?then(name + "-error", ""))?trim>
  <div class="sa-field<#if fieldError?has_content> sa-field--error</#if>">
    <label class="sa-label" for="${name}">${label}</label>
    <#if hint?has_content><p id="${name}-hint" class="sa-hint">${hint}</p></#if>
    <#if fieldError?has_content><p id="${name}-error" class="sa-field-error" role="alert"><span class="sa-visually-hidden">${msg("saErrorPrefix")} </span>${fieldError}</p></#if>
    <input id="${name}" name="${name}" type="${type}" value="${value}" autocomplete="${autocomplete}"
      class="sa-input"
      <#if inputmode?has_content>inputmode="${inputmode}"</#if>
      <#if pattern?has_content>pattern="${pattern}"</#if>
      <#if maxlength?has_content>maxlength="${maxlength}"</#if>
      <#if describedBy?has_content>aria-describedby="${describedBy}"</#if>
      <#if fieldError?has_content>aria-invalid="true"</#if>
      <#if required>required aria-required="true"</#if>
      <#if autofocus>autofocus</#if>
      spellcheck="false">
  </div>
</#macro>

<#-- A one-time code: digits only, the phone may fill it in from a text (autocomplete="one-time-code"). -->
<#macro codeField name label length=6 hint="" fieldName=name>
  <@field name=name fieldName=fieldName label=label autocomplete="one-time-code" inputmode="numeric" pattern="[0-9 ]*" maxlength=(length + 2)?c hint=hint autofocus=true/>
</#macro>

<#-- A moment in time: UTC on the server, re-written in the person's time zone and language by the script. -->
<#macro untilTime iso minutes>
  <time class="sa-local-time" datetime="${iso}" data-minutes="${minutes?c}">${iso?replace("T", " ")?keep_before(".")?keep_before("Z")} UTC</time>
</#macro>

<#macro primaryButton label id name="" value="">
  <button class="sa-button sa-button--primary sa-button--block" type="submit" id="${id}"<#if name?has_content> name="${name}" value="${value}"</#if>>${label}</button>
</#macro>

<#macro scripts>
  <script type="module" src="${url.resourcesPath}/js/secure-access.js"></script>
</#macro>

<#-- Identity proofing: "Step N of 5" and the list of steps, the current one marked for screen readers. -->
<#macro progress>
  <#if saProofStep?? && saProofStep gt 0>
    <nav class="sa-progress" aria-label="${msg("saProofProgressLabel")}">
      <p id="sa-progress-text" class="sa-progress__text">${msg("saProofStepOf", saProofStep, saProofTotalSteps)}</p>
      <ol class="sa-steps">
        <#list 1..saProofTotalSteps as n>
          <li class="sa-steps__item<#if n lt saProofStep> sa-steps__item--done<#elseif n == saProofStep> sa-steps__item--current</#if>"
            <#if n == saProofStep>aria-current="step"</#if>>${msg("saProofStepName" + n)}<#if n lt saProofStep><span class="sa-visually-hidden"> ${msg("saProofStepDone")}</span></#if></li>
        </#list>
      </ol>
    </nav>
  </#if>
</#macro>

<#-- Which page a form was posted from, so a stale page (browser back, second tab) is never taken for another. -->
<#macro proofStep name>
  <input type="hidden" name="proof_step" value="${name}">
</#macro>

<#-- "Back" as its own form, after the main form: Enter in a field must continue, not go back. -->
<#macro backForm step>
  <form class="sa-secondary-action" action="${url.loginAction}" method="post" novalidate>
    <@proofStep name=step/>
    <button type="submit" id="sa-back" name="action" value="back" class="sa-button sa-button--secondary">${msg("saBack")}</button>
  </form>
</#macro>

<#macro postponeForm>
  <#if saProofCanPostpone?? && saProofCanPostpone>
    <form class="sa-secondary-action" action="${url.loginAction}" method="post" novalidate>
      <button type="submit" id="sa-postpone" name="action" value="postpone" class="sa-button sa-button--link">${msg("saProofPostpone")}</button>
    </form>
  </#if>
</#macro>

<#-- A choice among a few options as radio buttons in a fieldset; its error announced like a field's. -->
<#macro radios name legend options labelPrefix value="" hint="">
  <#assign radioError = messagesPerField.getFirstError(name)!"">
  <fieldset class="sa-fieldset sa-field<#if radioError?has_content> sa-field--error</#if>"
    <#if hint?has_content || radioError?has_content>aria-describedby="${(hint?has_content)?then(name + '-hint ', '')}${(radioError?has_content)?then(name + '-error', '')}"</#if>>
    <legend class="sa-legend">${legend}</legend>
    <#if hint?has_content><p id="${name}-hint" class="sa-hint">${hint}</p></#if>
    <#if radioError?has_content><p id="${name}-error" class="sa-field-error" role="alert"><span class="sa-visually-hidden">${msg("saErrorPrefix")} </span>${radioError}</p></#if>
    <#list options as option>
      <div class="sa-radio">
        <input type="radio" id="${name}-${option?index}" name="${name}" value="${option}" <#if option == value>checked</#if>
          <#if option?index == 0 && radioError?has_content>aria-invalid="true"</#if>>
        <label for="${name}-${option?index}">${msg(labelPrefix + option)}</label>
      </div>
    </#list>
  </fieldset>
</#macro>

<#-- Field errors of a long form listed at the top, each a link to its field. -->
<#macro errorSummary fields>
  <#assign anyError = false>
  <#list fields as f><#if messagesPerField.existsError(f)><#assign anyError = true></#if></#list>
  <#if anyError>
    <div id="sa-error-summary" class="sa-alert sa-alert--error" role="alert" tabindex="-1">
      <p class="sa-error-summary__title">${msg("saErrorSummaryTitle")}</p>
      <ul>
        <#list fields as f>
          <#if messagesPerField.existsError(f)>
            <li><a href="#${(f == 'date_of_birth')?then('dob_month', f)}">${messagesPerField.getFirstError(f)}</a></li>
          </#if>
        </#list>
      </ul>
    </div>
  </#if>
</#macro>
