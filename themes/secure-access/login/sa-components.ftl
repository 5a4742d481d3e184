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
<#macro codeField name label length=6 hint="">
  <@field name=name label=label autocomplete="one-time-code" inputmode="numeric" pattern="[0-9 ]*" maxlength=(length + 2)?c hint=hint autofocus=true/>
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
