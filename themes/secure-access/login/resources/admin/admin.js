// The administrators' page of Secure Access (AdminPageResource). It signs the administrator in to this realm with the
// authorization code flow and PKCE, keeps the token in memory only, and calls the extension's admin REST endpoints:
// the server decides every permission and records every change as an admin event. Controls an administrator's roles
// do not allow are shown disabled, so a view-only administrator sees everything and changes nothing.
const config = JSON.parse(document.getElementById("sa-admin-config").textContent);
const realmPath = location.pathname.replace(/\/secure-access\/admin\/?$/, "");
const pageUrl = location.origin + realmPath + "/secure-access/admin";
const adminPath = realmPath.replace(/\/realms\/([^/]+)$/, "/admin/realms/$1");
const LOGIN_KEY = "secure-access-admin-login";
const EXCEPTION_METHODS = ["telephone", "in-person", "correspondence", "other"];
/** Why the server refused a phone number (PhoneAdminResource), in words. */
const REASONS = {
  invalid: "that is not a complete phone number",
  country_not_allowed: "numbers of that country cannot receive security codes here",
  type_not_allowed: "that number cannot receive texts (a landline, toll-free or internet number)",
  in_use_by_another_account: "another account already uses that number",
  too_many_in_use_answers: "too many numbers in use by other accounts were tried; try again later",
};

let tokens = null;
let roles = { view: false, manage: false, proofing: false, records: false };
const main = document.getElementById("sa-admin");

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
    throw new Error(`Sign-in refused: ${answer.get("error_description") || answer.get("error")}`);
  }
  if (answer.has("code")) {
    const started = JSON.parse(sessionStorage.getItem(LOGIN_KEY) || "null");
    sessionStorage.removeItem(LOGIN_KEY);
    history.replaceState(null, "", pageUrl);
    if (!started || started.state !== answer.get("state")) {
      throw new Error("This sign-in answer was not asked for by this page. Reload the page to sign in again.");
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
    code_challenge: challenge, code_challenge_method: "S256" };
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
    throw new Error(`Sign-in failed (${response.status}). Reload the page to sign in again.`);
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
  document.getElementById("sa-admin-who").textContent = `Signed in as ${claims.preferred_username}. `;
  const signOut = element("a", { href: `${realmPath}/protocol/openid-connect/logout?client_id=${encodeURIComponent(config.clientId)}` +
    `&post_logout_redirect_uri=${encodeURIComponent(pageUrl)}`, id: "sa-sign-out" }, "Sign out");
  document.getElementById("sa-admin-who").append(signOut);
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

async function readJson(response, doing) {
  if (!response.ok) {
    throw new Error(`${doing}: ${await refusal(response)}`);
  }
  return response.status === 204 ? null : response.json();
}

async function refusal(response) {
  if (response.status === 403) {
    return "your administrator roles do not allow this (403)";
  }
  let detail = "";
  try {
    const body = await response.json();
    detail = REASONS[body.reason] || body.errorMessage || body.error_description || body.error || "";
  } catch {
    // not JSON
  }
  return `the server answered ${response.status}${detail ? `: ${detail}` : ""}`;
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
  return iso ? new Date(iso).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" }) : "–";
}

function definitions(pairs) {
  return element("dl", {}, pairs.flatMap(([term, value]) => [element("dt", {}, term), element("dd", {}, value ?? "–")]));
}

/** Runs an action of a button: the outcome in the section's message area, then the section shown again. */
function action(area, doing, run) {
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
        "Search");
      results.replaceChildren(people.length === 0 ? element("p", {}, "Nobody found.") : element("ul", {}, people.map((person) =>
        element("li", {}, element("button", { type: "button", class: "sa-secondary", "data-username": person.username,
          onclick: () => showPerson(person.id) }, `${person.username}${person.email ? ` (${person.email})` : ""}`)))));
    } catch (failure) {
      message(results, failure.message, true);
    }
  };
  return element("section", { "aria-labelledby": "sa-people-title" },
    element("h2", { id: "sa-people-title" }, "People"),
    element("form", { onsubmit: search, role: "search" },
      element("label", { for: "sa-search" }, "Username, email or name"), query, element("button", { type: "submit", id: "sa-search-button" }, "Search")),
    results,
    element("div", { id: "sa-person" }));
}

async function showPerson(userId) {
  const panel = document.getElementById("sa-person");
  panel.replaceChildren(element("p", { role: "status" }, "Loading…"));
  try {
    const [user, proofing, phone, lock, credentials, history] = await Promise.all([
      api("GET", `users/${userId}`).then((r) => readJson(r, "The person")),
      api("GET", `secure-access-proofing/users/${userId}`).then((r) => readJson(r, "Identity verification")),
      api("GET", `secure-access-phones/users/${userId}`).then((r) => readJson(r, "The phone")),
      api("GET", `secure-access-phones/users/${userId}/second-factor-lock`).then((r) => readJson(r, "The lock")),
      api("GET", `users/${userId}/credentials`).then((r) => readJson(r, "Second factors")),
      api("GET", `secure-access-login-history/users/${userId}?max=20`).then((r) => readJson(r, "Login history")),
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
  const method = element("select", { id: "sa-exception-method", disabled: !allowed }, EXCEPTION_METHODS.map((m) => element("option", { value: m }, m)));
  const reason = element("input", { id: "sa-exception-reason", maxlength: "500", disabled: !allowed });
  const grant = action(area, "Verify by exception", async () => {
    await readJson(await api("POST", `secure-access-proofing/users/${userId}/exception`, { json: { method: method.value, reason: reason.value } }),
      "Verify by exception");
    await showPerson(userId);
    loadFunnel();
    message(document.getElementById("sa-proofing-message"), "Verified by exception. The change is an admin event.");
  });
  const reset = action(area, "Reset", async () => {
    if (!confirm("Reset this person's identity verification? They will have to verify again.")) {
      return null;
    }
    await readJson(await api("DELETE", `secure-access-proofing/users/${userId}`), "Reset identity verification");
    await showPerson(userId);
    loadFunnel();
    message(document.getElementById("sa-proofing-message"), "Identity verification reset. The change is an admin event.");
  });
  return element("div", { "aria-labelledby": "sa-proofing-title" },
    element("h3", { id: "sa-proofing-title" }, "Identity verification"),
    definitions([["Status", element("span", { id: "sa-proofing-status" }, proofing.status)], ["Method", proofing.method], ["Level", proofing.level],
      ["Verified", when(proofing.verifiedAt)], ["Started", when(proofing.startedAt)],
      ["Identity match attempts left", element("span", { id: "sa-match-attempts" }, proofing.matchAttemptsLeft)],
      ["Matching paused until", when(proofing.matchesPausedUntil)], ["Letters sent (current window)", proofing.lettersSent],
      ["Last letter sent", when(proofing.letterSentAt)], ["Letter code valid until", when(proofing.letterExpiresAt)],
      ["Exception", proofing.exceptionReason]]),
    element("form", { onsubmit: grant },
      element("label", { for: "sa-exception-method" }, "How you verified the person"), method,
      element("label", { for: "sa-exception-reason" }, "Reason (one line, kept with the record)"), reason,
      element("div", {}, element("button", { type: "submit", id: "sa-grant-exception", disabled: !allowed }, "Verify by exception"),
        element("button", { type: "button", id: "sa-reset-proofing", class: "sa-danger", disabled: !allowed, onclick: reset }, "Reset identity verification"))),
    allowed ? null : element("p", { class: "sa-note" }, "Changing this needs the realm role secure-access-proofing-admin and manage-users."),
    area);
}

function factorsPart(userId, phone, lock, credentials) {
  const area = element("div", { id: "sa-factors-message" });
  const number = element("input", { id: "sa-phone", type: "tel", autocomplete: "off", disabled: !roles.manage });
  const refreshAfter = (text) => async () => {
    await showPerson(userId);
    message(document.getElementById("sa-factors-message"), text);
  };
  const setPhone = action(area, "Set phone", async () => {
    await readJson(await api("PUT", `secure-access-phones/users/${userId}`, { json: { phoneNumber: number.value } }), "Set the phone");
    await refreshAfter("Phone set. The change is an admin event.")();
  });
  const clearPhone = action(area, "Clear phone", async () => {
    await readJson(await api("DELETE", `secure-access-phones/users/${userId}`), "Clear the phone");
    await refreshAfter("Phone cleared. The change is an admin event.")();
  });
  const liftLock = action(area, "Lift lock", async () => {
    await readJson(await api("DELETE", `secure-access-phones/users/${userId}/second-factor-lock`), "Lift the lock");
    await refreshAfter("Lock lifted. The change is an admin event.")();
  });
  const lockText = !lock.locked ? "No lock" : lock.untilCleared ? "Locked until an administrator lifts it" : `Locked until ${when(new Date(lock.until).toISOString())}`;
  return element("div", {},
    element("h3", {}, "Phone and second factors"),
    definitions([["Phone", element("span", { id: "sa-phone-masked" }, phone.phone ?? "none")],
      ["Second factors", credentials.filter((c) => c.type !== "password").map((c) => `${c.type}${c.userLabel ? ` (${c.userLabel})` : ""}`).join(", ") || "none"],
      ["Second-factor lock", element("span", { id: "sa-lock" }, lockText)], ["Wrong codes in a row", lock.wrongCodesInARow]]),
    element("form", { onsubmit: setPhone },
      element("label", { for: "sa-phone" }, "New mobile number"), number,
      element("div", {}, element("button", { type: "submit", id: "sa-set-phone", disabled: !roles.manage }, "Set phone"),
        element("button", { type: "button", id: "sa-clear-phone", class: "sa-secondary", disabled: !roles.manage || !phone.phone, onclick: clearPhone }, "Clear phone"),
        element("button", { type: "button", id: "sa-lift-lock", class: "sa-secondary", disabled: !roles.manage || !lock.locked, onclick: liftLock }, "Lift lock"))),
    roles.manage ? null : element("p", { class: "sa-note" }, "Changing these needs manage-users."),
    area);
}

function historyPart(userId, username, history) {
  const area = element("div", { id: "sa-history-message" });
  const download = action(area, "Download", async () => {
    const response = await api("GET", `secure-access-login-history/users/${userId}/export.csv`);
    if (!response.ok) {
      throw new Error(`Download: ${await refusal(response)}`);
    }
    const link = element("a", { href: URL.createObjectURL(await response.blob()), download: `login-history-${username}.csv` });
    document.body.append(link);
    link.click();
    link.remove();
    return null;
  });
  return element("div", {},
    element("h3", {}, "Login history"),
    element("p", {}, `${history.total} rows; the latest ${history.items.length}:`),
    element("table", { id: "sa-history" },
      element("caption", {}, "Latest sign-ins and attempts, newest first"),
      element("thead", {}, element("tr", {}, ["Time", "What", "Outcome", "Second factor", "Client", "IP address", "Device"].map((h) => element("th", { scope: "col" }, h)))),
      element("tbody", {}, history.items.map((row) => element("tr", { "data-kind": row.kind },
        [when(row.time), row.kind, row.success ? "success" : "failure", row.factor, row.client, row.ipAddress, row.device].map((cell) => element("td", {}, cell || "–")))))),
    element("button", { type: "button", id: "sa-history-csv", class: "sa-secondary", onclick: download }, "Download the full history (CSV)"),
    area);
}

// ---- records of record and the funnel ----------------------------------------------------------------------------------

function recordsSection() {
  const area = element("div", { id: "sa-records-message" });
  const summary = element("p", { id: "sa-records-summary" });
  const file = element("input", { id: "sa-records-file", type: "file", accept: ".csv,.json,text/csv,application/json", disabled: !roles.records });
  const mode = element("select", { id: "sa-records-mode", disabled: !roles.records },
    element("option", { value: "merge" }, "merge: add and update these people"), element("option", { value: "replace" }, "replace: these people only"));
  const report = element("pre", { id: "sa-import-report", "aria-live": "polite" });
  const showSummary = async () => {
    const counts = await readJson(await api("GET", "secure-access-reference-records/summary"), "Records summary");
    summary.textContent = `${counts.people} people, ${counts.accounts} accounts, ${counts.phones} phones on record.`;
  };
  const upload = action(area, "Import", async () => {
    const chosen = file.files[0];
    if (!chosen) {
      throw new Error("Choose a CSV or JSON file first.");
    }
    const json = chosen.name.toLowerCase().endsWith(".json");
    const response = await api("POST", `secure-access-reference-records/import?mode=${mode.value}`,
      { body: await chosen.text(), contentType: json ? "application/json" : "text/csv" });
    const body = await response.text();
    report.textContent = body ? JSON.stringify(JSON.parse(body), null, 2) : "";
    if (!response.ok) {
      throw new Error(`Import: ${response.status === 403 ? "your administrator roles do not allow this (403)" : `the server answered ${response.status}`}`);
    }
    await showSummary();
    return "Imported; the report is below. The import is an admin event.";
  });
  const section = element("section", { "aria-labelledby": "sa-records-title" },
    element("h2", { id: "sa-records-title" }, "Records of record"), summary,
    element("form", { onsubmit: upload },
      element("label", { for: "sa-records-file" }, "File (CSV or JSON, docs/reference-records-import.md)"), file,
      element("label", { for: "sa-records-mode" }, "Mode"), mode,
      element("div", {}, element("button", { type: "submit", id: "sa-import", disabled: !roles.records }, "Import"))),
    roles.records ? null : element("p", { class: "sa-note" }, "Importing needs the realm role secure-access-records-admin."),
    area, report);
  showSummary().catch((failure) => message(area, failure.message, true));
  return section;
}

function funnelSection() {
  const table = element("div", { id: "sa-funnel" }, element("p", { role: "status" }, "Loading…"));
  const section = element("section", { "aria-labelledby": "sa-funnel-title" }, element("h2", { id: "sa-funnel-title" }, "Identity proofing funnel"), table);
  loadFunnel(table);
  return section;
}

/** The funnel's counts; loaded again after an administrator's proofing change, which counts in it. */
function loadFunnel(table = document.getElementById("sa-funnel")) {
  api("GET", "secure-access-proofing/funnel").then((r) => readJson(r, "Proofing funnel")).then((funnel) => {
    table.replaceChildren(
      definitions([["Started", funnel.started], ["Completed online", funnel.completedOnline], ["Completed by exception", funnel.completedByException],
        ["Online success rate", funnel.onlineSuccessRate == null ? "–" : `${Math.round(funnel.onlineSuccessRate * 1000) / 10} %`]]),
      element("table", {}, element("caption", {}, "People who reached each stage"),
        element("thead", {}, element("tr", {}, element("th", { scope: "col" }, "Stage"), element("th", { scope: "col" }, "People"))),
        element("tbody", {}, Object.entries(funnel.stages).map(([stage, count]) => element("tr", {}, element("td", {}, stage), element("td", {}, count))))));
  }).catch((failure) => message(table, failure.message, true));
}

// ---- start ---------------------------------------------------------------------------------------------------------------

try {
  if (await signIn()) {
    main.replaceChildren(peopleSection(), recordsSection(), funnelSection());
    main.setAttribute("aria-busy", "false");
  }
} catch (failure) {
  main.setAttribute("aria-busy", "false");
  message(main, failure.message, true);
}
