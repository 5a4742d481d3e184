// The administrators' page of Secure Access (AdminPageResource). It signs the administrator in to this realm with the
// authorization code flow and PKCE, keeps the token in memory only, and calls the extension's admin REST endpoints:
// the server decides every permission and records every change as an admin event. Controls an administrator's roles
// do not allow are shown disabled, so a view-only administrator sees everything and changes nothing. Its words are
// the login theme's saAdmin* messages in every language of the realm, which AdminPageResource puts in the page: it
// starts in the one Keycloak picked, and a language the administrator chooses is kept in this browser.
const config = JSON.parse(document.getElementById("sa-admin-config").textContent);
const realmPath = location.pathname.replace(/\/secure-access\/admin\/?$/, "");
const pageUrl = location.origin + realmPath + "/secure-access/admin";
const adminPath = realmPath.replace(/\/realms\/([^/]+)$/, "/admin/realms/$1");
const LOGIN_KEY = "secure-access-admin-login";
const LANGUAGE_KEY = "secure-access-admin-language";
const EXCEPTION_METHODS = ["telephone", "in-person", "correspondence", "other"];
/** Why the server refused a phone number (PhoneAdminResource): the message of each reason. */
const REASONS = {
  invalid: "saAdminPhoneRefusedInvalid",
  country_not_allowed: "saAdminPhoneRefusedCountry",
  type_not_allowed: "saAdminPhoneRefusedType",
  in_use_by_another_account: "saAdminPhoneRefusedInUse",
  too_many_in_use_answers: "saAdminPhoneRefusedTooManyInUse",
};

let tokens = null;
let roles = { view: false, manage: false, proofing: false, records: false };
let signedInAs = null;
let shownPerson = null;
const main = document.getElementById("sa-admin");
const realmName = document.querySelector(".sa-admin-realm").textContent;
let language = firstLanguage();

/** The language kept from an earlier choice in this browser, else Keycloak's pick for this request. */
function firstLanguage() {
  const kept = localStorage.getItem(LANGUAGE_KEY);
  if (kept && config.messages[kept]) {
    return kept;
  }
  return config.messages[config.locale] ? config.locale : Object.keys(config.messages)[0];
}

/** A message in the page's language with its {0}-style arguments; the key itself if the theme lacks it. */
function t(key, ...args) {
  const pattern = config.messages[language][key] ?? key;
  return pattern.replace(/''/g, "'").replace(/\{(\d+)\}/g, (whole, index) => (args[index] !== undefined ? String(args[index]) : whole));
}

/** The words for a code the server sends (a status, a stage, a history kind); the code itself when a newer server sends one the theme lacks. */
function named(prefix, code) {
  return code !== null && code !== undefined && config.messages[language][prefix + code] !== undefined ? t(prefix + code) : code;
}

/** The page's fixed words and the language buttons in the current language. */
function showLanguage() {
  document.documentElement.lang = language;
  document.title = `${t("saAdminTitle")}: ${realmName}`;
  document.getElementById("sa-admin-title").textContent = t("saAdminTitle");
  const status = document.getElementById("sa-admin-status");
  if (status) {
    status.textContent = t("saAdminSigningIn");
  }
  const nav = document.getElementById("sa-admin-languages");
  nav.setAttribute("aria-label", t("saAdminLanguages"));
  const offered = Object.keys(config.messages);
  nav.replaceChildren(...(offered.length < 2 ? [] : offered.map((tag) => element("button", { type: "button", class: "sa-language", lang: tag,
    "aria-pressed": String(tag === language), onclick: () => chooseLanguage(tag) }, config.messages[tag][`locale_${tag}`] ?? tag))));
  showWho();
}

/** Another language, at once and without signing in again; remembered in this browser for the next visit. */
function chooseLanguage(tag) {
  localStorage.setItem(LANGUAGE_KEY, tag);
  language = tag;
  showLanguage();
  if (tokens) {
    showSections();
  }
}

// ---- signing in ----------------------------------------------------------------------------------------------------

function randomText(bytes) {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

function base64Url(bytes) {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

async function signIn() {
  const answer = new URLSearchParams(location.search);
  if (answer.has("error")) {
    history.replaceState(null, "", pageUrl);
    throw new Error(t("saAdminSignInRefused", answer.get("error_description") || answer.get("error")));
  }
  if (answer.has("code")) {
    const started = JSON.parse(sessionStorage.getItem(LOGIN_KEY) || "null");
    sessionStorage.removeItem(LOGIN_KEY);
    history.replaceState(null, "", pageUrl);
    if (!started || started.state !== answer.get("state")) {
      throw new Error(t("saAdminSignInNotAsked"));
    }
    await tokenRequest({ grant_type: "authorization_code", code: answer.get("code"), redirect_uri: pageUrl, code_verifier: started.verifier });
    return true;
  }
  const verifier = randomText(32);
  const state = randomText(16);
  sessionStorage.setItem(LOGIN_KEY, JSON.stringify({ verifier, state }));
  const challenge = base64Url(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier))));
  const url = new URL(location.origin + realmPath + "/protocol/openid-connect/auth");
  const parameters = { client_id: config.clientId, redirect_uri: pageUrl, response_type: "code", scope: "openid", state,
    code_challenge: challenge, code_challenge_method: "S256", ui_locales: language };
  for (const [name, value] of Object.entries(parameters)) {
    url.searchParams.set(name, value);
  }
  location.assign(url.toString());
  return false;
}

async function tokenRequest(grant) {
  const response = await fetch(realmPath + "/protocol/openid-connect/token", {
    method: "POST",
    body: new URLSearchParams({ client_id: config.clientId, ...grant }),
  });
  if (!response.ok) {
    throw new Error(t("saAdminSignInFailed", response.status));
  }
  tokens = await response.json();
  const claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(
    atob(tokens.access_token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0))));
  const managementRoles = claims.resource_access?.["realm-management"]?.roles ?? [];
  const realmRoles = claims.realm_access?.roles ?? [];
  roles = {
    view: managementRoles.includes("view-users") || managementRoles.includes("manage-users"),
    manage: managementRoles.includes("manage-users"),
    proofing: realmRoles.includes("secure-access-proofing-admin"),
    records: realmRoles.includes("secure-access-records-admin"),
  };
  signedInAs = claims.preferred_username;
  showWho();
}

function showWho() {
  const who = document.getElementById("sa-admin-who");
  if (!signedInAs) {
    who.replaceChildren();
    return;
  }
  who.textContent = `${t("saAdminSignedInAs", signedInAs)} `;
  who.append(element("a", { href: `${realmPath}/protocol/openid-connect/logout?client_id=${encodeURIComponent(config.clientId)}` +
    `&post_logout_redirect_uri=${encodeURIComponent(pageUrl)}`, id: "sa-sign-out" }, t("saAdminSignOut")));
}

/** One call to /admin/realms/{realm}/…; a token that expired is refreshed once. */
async function api(method, path, { json, body, contentType } = {}) {
  const send = () => {
    const headers = { Authorization: `Bearer ${tokens.access_token}` };
    if (json !== undefined) {
      headers["Content-Type"] = "application/json";
    } else if (contentType) {
      headers["Content-Type"] = contentType;
    }
    return fetch(`${adminPath}/${path}`, { method, headers, body: json !== undefined ? JSON.stringify(json) : body });
  };
  let response = await send();
  if (response.status === 401 && tokens.refresh_token) {
    await tokenRequest({ grant_type: "refresh_token", refresh_token: tokens.refresh_token });
    response = await send();
  }
  return response;
}

/** The answer's JSON, or an error that names what was being done (a message key) and why the server refused. */
async function readJson(response, doing) {
  if (!response.ok) {
    throw new Error(`${t(doing)}: ${await refusal(response)}`);
  }
  return response.status === 204 ? null : response.json();
}

async function refusal(response) {
  if (response.status === 403) {
    return t("saAdminRefusedRoles");
  }
  let detail = "";
  try {
    const body = await response.json();
    detail = (REASONS[body.reason] && t(REASONS[body.reason])) || body.errorMessage || body.error_description || body.error || "";
  } catch {
    // not JSON
  }
  return detail ? t("saAdminServerAnsweredWhy", response.status, detail) : t("saAdminServerAnswered", response.status);
}

// ---- building the page -----------------------------------------------------------------------------------------------

/** An element with attributes and children; strings become text, never markup. */
function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) {
      continue;
    }
    if (name.startsWith("on")) {
      node.addEventListener(name.slice(2), value);
    } else {
      node.setAttribute(name, value === true ? "" : value);
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) {
      node.append(child instanceof Node ? child : String(child));
    }
  }
  return node;
}

function message(area, text, error = false) {
  area.replaceChildren(element("p", { class: error ? "sa-message sa-error" : "sa-message", role: error ? "alert" : "status" }, text));
}

function when(iso) {
  return iso ? new Date(iso).toLocaleString(language, { dateStyle: "medium", timeStyle: "short" }) : "–";
}

/** Term and value pairs; each term is a message key. */
function definitions(pairs) {
  return element("dl", {}, pairs.flatMap(([term, value]) => [element("dt", {}, t(term)), element("dd", {}, value ?? "–")]));
}

/** A code shown in words, the code itself kept for scripts and tests in data-code. */
function coded(id, prefix, code) {
  return element("span", { id, "data-code": code ?? "" }, named(prefix, code) ?? "–");
}

/** The person shown again after a change, with what was done (a message key) in the message area with id areaId. */
async function showPersonAgain(userId, areaId, done) {
  await showPerson(userId);
  message(document.getElementById(areaId), t(done));
}

/** Runs an action of a button: the outcome (a message) in the section's message area, or why it failed. */
function action(area, run) {
  return async (event) => {
    event.preventDefault();
    try {
      const done = await run();
      if (done) {
        message(area, done);
      }
    } catch (failure) {
      message(area, failure.message, true);
    }
  };
}

// ---- people ----------------------------------------------------------------------------------------------------------

function peopleSection() {
  const results = element("div", { id: "sa-search-results" });
  const query = element("input", { id: "sa-search", type: "search", autocomplete: "off" });
  const search = async (event) => {
    event.preventDefault();
    try {
      const people = await readJson(await api("GET", `users?briefRepresentation=true&max=20&search=${encodeURIComponent(query.value)}`),
        "saAdminDoingSearch");
      results.replaceChildren(people.length === 0 ? element("p", {}, t("saAdminNobodyFound")) : element("ul", {}, people.map((person) =>
        element("li", {}, element("button", { type: "button", class: "sa-secondary", "data-username": person.username,
          onclick: () => showPerson(person.id) }, `${person.username}${person.email ? ` (${person.email})` : ""}`)))));
    } catch (failure) {
      message(results, failure.message, true);
    }
  };
  return element("section", { "aria-labelledby": "sa-people-title" },
    element("h2", { id: "sa-people-title" }, t("saAdminPeople")),
    element("form", { onsubmit: search, role: "search" },
      element("label", { for: "sa-search" }, t("saAdminSearchLabel")), query,
      element("button", { type: "submit", id: "sa-search-button" }, t("saAdminSearch"))),
    results,
    element("div", { id: "sa-person" }));
}

async function showPerson(userId) {
  shownPerson = userId;
  const panel = document.getElementById("sa-person");
  panel.replaceChildren(element("p", { role: "status" }, t("saAdminLoading")));
  try {
    const [user, proofing, phone, lock, credentials, history] = await Promise.all([
      api("GET", `users/${userId}`).then((r) => readJson(r, "saAdminDoingPerson")),
      api("GET", `secure-access-proofing/users/${userId}`).then((r) => readJson(r, "saAdminProofingTitle")),
      api("GET", `secure-access-phones/users/${userId}`).then((r) => readJson(r, "saAdminDoingPhone")),
      api("GET", `secure-access-phones/users/${userId}/second-factor-lock`).then((r) => readJson(r, "saAdminDoingLock")),
      api("GET", `users/${userId}/credentials`).then((r) => readJson(r, "saAdminSecondFactors")),
      api("GET", `secure-access-login-history/users/${userId}?max=20`).then((r) => readJson(r, "saAdminHistoryTitle")),
    ]);
    panel.replaceChildren(element("h3", { id: "sa-person-title" }, `${user.username}`),
      proofingPart(userId, proofing), factorsPart(userId, phone, lock, credentials), historyPart(userId, user.username, history));
  } catch (failure) {
    message(panel, failure.message, true);
  }
}

function proofingPart(userId, proofing) {
  const area = element("div", { id: "sa-proofing-message" });
  const allowed = roles.proofing && roles.manage;
  const method = element("select", { id: "sa-exception-method", disabled: !allowed },
    EXCEPTION_METHODS.map((m) => element("option", { value: m }, named("saAdminExceptionMethod.", m))));
  const reason = element("input", { id: "sa-exception-reason", maxlength: "500", disabled: !allowed });
  const grant = action(area, async () => {
    await readJson(await api("POST", `secure-access-proofing/users/${userId}/exception`, { json: { method: method.value, reason: reason.value } }),
      "saAdminGrantException");
    loadFunnel();
    await showPersonAgain(userId, "sa-proofing-message", "saAdminExceptionGranted");
  });
  const reset = action(area, async () => {
    if (!confirm(t("saAdminResetConfirm"))) {
      return null;
    }
    await readJson(await api("DELETE", `secure-access-proofing/users/${userId}`), "saAdminResetProofing");
    loadFunnel();
    await showPersonAgain(userId, "sa-proofing-message", "saAdminProofingReset");
  });
  const exception = proofing.exceptionReason;
  return element("div", { "aria-labelledby": "sa-proofing-title" },
    element("h3", { id: "sa-proofing-title" }, t("saAdminProofingTitle")),
    definitions([["saAdminStatus", coded("sa-proofing-status", "saAdminStatus.", proofing.status)],
      ["saAdminMethod", coded("sa-proofing-method", "saAdminMethod.", proofing.method)], ["saAdminLevel", proofing.level],
      ["saAdminVerified", when(proofing.verifiedAt)], ["saAdminStarted", when(proofing.startedAt)],
      ["saAdminMatchAttemptsLeft", element("span", { id: "sa-match-attempts" }, proofing.matchAttemptsLeft)],
      ["saAdminMatchingPausedUntil", when(proofing.matchesPausedUntil)], ["saAdminLettersSent", proofing.lettersSent],
      ["saAdminLastLetterSent", when(proofing.letterSentAt)], ["saAdminLetterCodeValidUntil", when(proofing.letterExpiresAt)],
      ["saAdminException", exception]]),
    element("form", { onsubmit: grant },
      element("label", { for: "sa-exception-method" }, t("saAdminExceptionMethodLabel")), method,
      element("label", { for: "sa-exception-reason" }, t("saAdminExceptionReasonLabel")), reason,
      element("div", {}, element("button", { type: "submit", id: "sa-grant-exception", disabled: !allowed }, t("saAdminGrantException")),
        element("button", { type: "button", id: "sa-reset-proofing", class: "sa-danger", disabled: !allowed, onclick: reset }, t("saAdminResetProofing")))),
    allowed ? null : element("p", { class: "sa-note" }, t("saAdminProofingNeedsRoles")),
    area);
}

function factorsPart(userId, phone, lock, credentials) {
  const area = element("div", { id: "sa-factors-message" });
  const number = element("input", { id: "sa-phone", type: "tel", autocomplete: "off", disabled: !roles.manage });
  const setPhone = action(area, async () => {
    await readJson(await api("PUT", `secure-access-phones/users/${userId}`, { json: { phoneNumber: number.value } }), "saAdminSetPhone");
    await showPersonAgain(userId, "sa-factors-message", "saAdminPhoneSet");
  });
  const clearPhone = action(area, async () => {
    await readJson(await api("DELETE", `secure-access-phones/users/${userId}`), "saAdminClearPhone");
    await showPersonAgain(userId, "sa-factors-message", "saAdminPhoneCleared");
  });
  const liftLock = action(area, async () => {
    await readJson(await api("DELETE", `secure-access-phones/users/${userId}/second-factor-lock`), "saAdminLiftLock");
    await showPersonAgain(userId, "sa-factors-message", "saAdminLockLifted");
  });
  const lockText = !lock.locked ? t("saAdminNoLock") : lock.untilCleared ? t("saAdminLockedUntilLifted")
    : t("saAdminLockedUntil", when(new Date(lock.until).toISOString()));
  const factors = credentials.filter((c) => c.type !== "password")
    .map((c) => `${named("saAdminCredential.", c.type)}${c.userLabel ? `: ${c.userLabel}` : ""}`).join("; ");
  return element("div", {},
    element("h3", {}, t("saAdminFactorsTitle")),
    definitions([["saAdminPhone", element("span", { id: "sa-phone-masked" }, phone.phone ?? t("saAdminNone"))],
      ["saAdminSecondFactors", factors || t("saAdminNone")],
      ["saAdminLock", element("span", { id: "sa-lock", "data-locked": String(lock.locked) }, lockText)],
      ["saAdminWrongCodesInARow", lock.wrongCodesInARow]]),
    element("form", { onsubmit: setPhone },
      element("label", { for: "sa-phone" }, t("saAdminNewPhoneLabel")), number,
      element("div", {}, element("button", { type: "submit", id: "sa-set-phone", disabled: !roles.manage }, t("saAdminSetPhone")),
        element("button", { type: "button", id: "sa-clear-phone", class: "sa-secondary", disabled: !roles.manage || !phone.phone, onclick: clearPhone },
          t("saAdminClearPhone")),
        element("button", { type: "button", id: "sa-lift-lock", class: "sa-secondary", disabled: !roles.manage || !lock.locked, onclick: liftLock },
          t("saAdminLiftLock")))),
    roles.manage ? null : element("p", { class: "sa-note" }, t("saAdminFactorsNeedRoles")),
    area);
}

function historyPart(userId, username, history) {
  const area = element("div", { id: "sa-history-message" });
  const download = action(area, async () => {
    const response = await api("GET", `secure-access-login-history/users/${userId}/export.csv`);
    if (!response.ok) {
      throw new Error(`${t("saAdminDownloadHistory")}: ${await refusal(response)}`);
    }
    const link = element("a", { href: URL.createObjectURL(await response.blob()), download: `login-history-${username}.csv` });
    document.body.append(link);
    link.click();
    link.remove();
    return null;
  });
  const headings = ["saAdminHistoryTime", "saAdminHistoryWhat", "saAdminHistoryOutcome", "saAdminHistoryFactor", "saAdminHistoryClient",
    "saAdminHistoryIp", "saAdminHistoryDevice"];
  return element("div", {},
    element("h3", {}, t("saAdminHistoryTitle")),
    element("p", {}, t("saAdminHistoryCount", history.total, history.items.length)),
    element("table", { id: "sa-history" },
      element("caption", {}, t("saAdminHistoryCaption")),
      element("thead", {}, element("tr", {}, headings.map((h) => element("th", { scope: "col" }, t(h))))),
      element("tbody", {}, history.items.map((row) => element("tr", { "data-kind": row.kind },
        [when(row.time), named("saHistoryKind.", row.kind), t(row.success ? "saAdminSuccess" : "saAdminFailure"), row.factor, row.client,
          row.ipAddress, row.device].map((cell) => element("td", {}, cell || "–")))))),
    element("button", { type: "button", id: "sa-history-csv", class: "sa-secondary", onclick: download }, t("saAdminDownloadHistory")),
    area);
}

// ---- records of record and the funnel ----------------------------------------------------------------------------------

function recordsSection() {
  const area = element("div", { id: "sa-records-message" });
  const summary = element("p", { id: "sa-records-summary" });
  const file = element("input", { id: "sa-records-file", type: "file", accept: ".csv,.json,text/csv,application/json", disabled: !roles.records });
  const mode = element("select", { id: "sa-records-mode", disabled: !roles.records },
    element("option", { value: "merge" }, t("saAdminModeMerge")), element("option", { value: "replace" }, t("saAdminModeReplace")));
  const report = element("pre", { id: "sa-import-report", "aria-live": "polite" });
  const showSummary = async () => {
    const counts = await readJson(await api("GET", "secure-access-reference-records/summary"), "saAdminRecordsTitle");
    summary.setAttribute("data-people", counts.people);
    summary.textContent = t("saAdminRecordsSummary", counts.people, counts.accounts, counts.phones);
  };
  const upload = action(area, async () => {
    const chosen = file.files[0];
    if (!chosen) {
      throw new Error(t("saAdminChooseFile"));
    }
    if (mode.value === "replace" && !confirm(t("saAdminReplaceConfirm"))) {
      return null;
    }
    const json = chosen.name.toLowerCase().endsWith(".json");
    const response = await api("POST", `secure-access-reference-records/import?mode=${mode.value}`,
      { body: await chosen.text(), contentType: json ? "application/json" : "text/csv" });
    const body = await response.text();
    report.textContent = reportText(body);
    if (!response.ok) {
      throw new Error(`${t("saAdminImport")}: ${response.status === 403 ? t("saAdminRefusedRoles") : t("saAdminServerAnswered", response.status)}`);
    }
    await showSummary();
    return t("saAdminImported");
  });
  const section = element("section", { "aria-labelledby": "sa-records-title" },
    element("h2", { id: "sa-records-title" }, t("saAdminRecordsTitle")), summary,
    element("form", { onsubmit: upload },
      element("label", { for: "sa-records-file" }, t("saAdminRecordsFileLabel")), file,
      element("label", { for: "sa-records-mode" }, t("saAdminRecordsModeLabel")), mode,
      element("div", {}, element("button", { type: "submit", id: "sa-import", disabled: !roles.records }, t("saAdminImport")))),
    roles.records ? null : element("p", { class: "sa-note" }, t("saAdminRecordsNeedRole")),
    area, report);
  showSummary().catch((failure) => message(area, failure.message, true));
  return section;
}

/** The import report as the server wrote it, indented; a body that is not JSON (a proxy's page) as it came. */
function reportText(body) {
  try {
    return body ? JSON.stringify(JSON.parse(body), null, 2) : "";
  } catch {
    return body;
  }
}

function funnelSection() {
  const table = element("div", { id: "sa-funnel" }, element("p", { role: "status" }, t("saAdminLoading")));
  const section = element("section", { "aria-labelledby": "sa-funnel-title" }, element("h2", { id: "sa-funnel-title" }, t("saAdminFunnelTitle")), table);
  loadFunnel(table);
  return section;
}

/** The funnel's counts; loaded again after an administrator's proofing change, which counts in it. */
function loadFunnel(table = document.getElementById("sa-funnel")) {
  const percent = new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 1 });
  api("GET", "secure-access-proofing/funnel").then((r) => readJson(r, "saAdminFunnelTitle")).then((funnel) => {
    table.replaceChildren(
      definitions([["saAdminFunnelStarted", funnel.started], ["saAdminFunnelCompletedOnline", funnel.completedOnline],
        ["saAdminFunnelCompletedByException", element("span", { id: "sa-funnel-by-exception" }, funnel.completedByException)],
        ["saAdminFunnelOnlineRate", funnel.onlineSuccessRate == null ? "–" : percent.format(funnel.onlineSuccessRate)]]),
      element("table", {}, element("caption", {}, t("saAdminFunnelCaption")),
        element("thead", {}, element("tr", {}, element("th", { scope: "col" }, t("saAdminFunnelStage")), element("th", { scope: "col" }, t("saAdminFunnelPeople")))),
        element("tbody", {}, Object.entries(funnel.stages).map(([stage, count]) =>
          element("tr", { "data-stage": stage }, element("td", {}, named("saAdminStage.", stage)), element("td", {}, count))))));
  }).catch((failure) => message(table, failure.message, true));
}

// ---- start ---------------------------------------------------------------------------------------------------------------

/** The page's sections, with the person shown before (a change of language shows everything again). */
function showSections() {
  main.replaceChildren(peopleSection(), recordsSection(), funnelSection());
  if (shownPerson) {
    showPerson(shownPerson);
  }
}

showLanguage();
try {
  if (await signIn()) {
    showSections();
    main.setAttribute("aria-busy", "false");
  }
} catch (failure) {
  main.setAttribute("aria-busy", "false");
  message(main, failure.message, true);
}
