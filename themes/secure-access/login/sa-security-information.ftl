<#import "template.ftl" as layout>
<#import "sa-components.ftl" as sa>
<#macro when row><time class="sa-local-time" datetime="${row.time}">${row.time?replace("T", " ")?keep_before(".")?keep_before("Z")} UTC</time></#macro>
<#macro where row><#if row.ipAddress?has_content>${row.ipAddress}<#if row.location == "local"> (${msg("saHistoryLocalNetwork")})</#if><#else>${msg("saHistoryUnknown")}</#if></#macro>
<#macro kindName row><#if row.kind == "MORE_FAILED_ATTEMPTS">${msg("saHistoryMoreFailed", row.attempts)}<#else>${msg("saHistoryKind." + row.kind)}</#if></#macro>
<#macro factorName factor><#if factor?has_content>${msg("saFactor." + factor?replace("+", "_"))}<#else>—</#if></#macro>
<#-- The person is signed in here; "This wasn't me" below, not "start over", is the way out. -->
<@layout.registrationLayout displayMessage=false showAttemptedUser=false; section>
  <#if section = "header">
    ${msg("saSecurityInfoTitle")}
  <#elseif section = "form">
    <p class="sa-lead">${msg("saSecurityInfoIntro")}</p>

    <section aria-labelledby="sa-previous-heading" class="sa-section">
      <h2 id="sa-previous-heading">${msg("saPreviousSignIn")}</h2>
      <#if saPrevious??>
        <dl id="sa-previous" class="sa-facts">
          <dt>${msg("saHistoryWhen")}</dt><dd><@when row=saPrevious/></dd>
          <dt>${msg("saHistoryDevice")}</dt><dd>${saPrevious.device!""}</dd>
          <dt>${msg("saHistoryWhere")}</dt><dd><@where row=saPrevious/></dd>
          <dt>${msg("saHistoryFactor")}</dt><dd><@factorName factor=saPrevious.factor/></dd>
        </dl>
      <#else>
        <p id="sa-previous">${msg("saFirstSignIn")}</p>
      </#if>
    </section>

    <section aria-labelledby="sa-failures-heading" class="sa-section">
      <h2 id="sa-failures-heading">${msg("saFailedSince")}</h2>
      <#if saFailures?has_content>
        <div id="sa-failures" class="sa-alert sa-alert--warning" role="status">
          <p><strong>${msg("saFailedCount", saFailureCount)}</strong></p>
          <ul class="sa-plain-list">
            <#list saFailures as row>
              <li><@when row=row/> — <@kindName row=row/> — ${row.device!""} — <@where row=row/></li>
            </#list>
          </ul>
        </div>
      <#else>
        <p id="sa-failures">${msg("saNoFailures")}</p>
      </#if>
    </section>

    <section aria-labelledby="sa-recent-heading" class="sa-section">
      <h2 id="sa-recent-heading">${msg("saRecentActivity")}</h2>
      <#if saRecent?has_content>
        <div class="sa-table-wrap" tabindex="0" role="region" aria-labelledby="sa-recent-heading">
          <table id="sa-recent" class="sa-table">
            <thead>
              <tr>
                <th scope="col">${msg("saHistoryWhen")}</th>
                <th scope="col">${msg("saHistoryWhat")}</th>
                <th scope="col">${msg("saHistoryDevice")}</th>
                <th scope="col">${msg("saHistoryWhere")}</th>
              </tr>
            </thead>
            <tbody>
              <#list saRecent as row>
                <tr<#if row.failedAttempt> class="sa-row--failed"</#if>>
                  <td><@when row=row/></td>
                  <td><@kindName row=row/><#if row.failedAttempt> <span class="sa-badge">${msg("saFailedBadge")}</span></#if></td>
                  <td>
                    ${row.device!""}
                    <#if row.userAgent?has_content>
                      <details class="sa-details"><summary>${msg("saBrowserDetails")}</summary><code class="sa-user-agent">${row.userAgent}</code></details>
                    </#if>
                  </td>
                  <td><@where row=row/></td>
                </tr>
              </#list>
            </tbody>
          </table>
        </div>
      <#else>
        <p>${msg("saNoActivity")}</p>
      </#if>
    </section>

    <form id="sa-security-form" action="${url.loginAction}" method="post" novalidate>
      <@sa.primaryButton label=msg("saContinue") id="sa-continue" name="continue" value="true"/>
    </form>
    <form id="sa-not-me-form" class="sa-secondary-action" action="${url.loginAction}" method="post" novalidate>
      <p>${msg("saNotMeExplain")}</p>
      <button type="submit" id="sa-not-me" name="not-me" value="true" class="sa-button sa-button--secondary">${msg("saNotMe")}</button>
    </form>
    <@sa.scripts/>
  </#if>
</@layout.registrationLayout>
