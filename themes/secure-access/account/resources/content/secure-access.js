// What our account-console pages share: the console's environment, our endpoints, the theme's messages and the page
// frame the console's own pages use. Plain modules, no build step: "react" is the console's own copy (its import map).
import { createElement as h } from "react";

export const environment = JSON.parse(document.getElementById("environment").textContent);

const serverUrl = environment.serverBaseUrl.replace(/\/+$/, "");
const realmPath = `realms/${encodeURIComponent(environment.realm)}`;

/** GET one of our "my account" endpoints; the sign-in cookie identifies the person (AccountCaller on the server). */
export async function getJson(path) {
  const response = await fetch(`${serverUrl}/${realmPath}/secure-access/${path}`, {
    credentials: "same-origin",
    headers: { Accept: "application/json" },
  });
  if (!response.ok) {
    throw new Error(`${path}: ${response.status}`);
  }
  return response.json();
}

let messages;

/** The account theme's messages in the console's language (the same ones the console itself loads). */
export function loadMessages() {
  messages ??= fetch(`${serverUrl}/resources/${encodeURIComponent(environment.realm)}/account/${encodeURIComponent(environment.locale)}`)
    .then((response) => {
      if (!response.ok) {
        throw new Error(`messages: ${response.status}`);
      }
      return response.json();
    })
    .then((list) => Object.fromEntries(list.map(({ key, value }) => [key, value])));
  return messages;
}

/** A message with its {{name}} parameters filled in; the key itself when the theme has no such message. */
export function translate(all, key, params = {}) {
  let text = all[key] ?? key;
  for (const [name, value] of Object.entries(params)) {
    text = text.split(`{{${name}}}`).join(String(value));
  }
  return text;
}

export function formatTime(iso) {
  return new Intl.DateTimeFormat(environment.locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}

export function formatDate(iso) {
  return new Intl.DateTimeFormat(environment.locale, { dateStyle: "long" }).format(new Date(iso));
}

/** The frame of the console's own pages: a title and a description, then the content. */
export function Page({ title, description, children }) {
  return h(
    "div",
    null,
    h(
      "section",
      { className: "pf-v5-c-page__main-section pf-m-light" },
      h(
        "div",
        { className: "pf-v5-c-content" },
        h("h1", { className: "pf-v5-c-title pf-m-2xl", "data-testid": "page-heading" }, title),
        h("p", null, description),
      ),
    ),
    h("section", { className: "pf-v5-c-page__main-section pf-m-light" }, children),
  );
}

/** A danger alert, announced to screen readers. */
export function Failure({ text }) {
  return h(
    "div",
    { className: "pf-v5-c-alert pf-m-danger pf-m-inline", role: "alert" },
    h("p", { className: "pf-v5-c-alert__title" }, text),
  );
}

/**
 * Starts one of Keycloak's required actions for the signed-in person (application-initiated, as the console's own
 * "Set up" buttons do), returning to this page. The code that comes back is never redeemed and cannot be: its PKCE
 * verifier is dropped here, and the console strips a callback whose state it did not issue from the address.
 */
export async function startAction(action) {
  const random = (bytes) => base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
  const verifier = random(32);
  const challenge = base64Url(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier))));
  const url = new URL(`${serverUrl}/${realmPath}/protocol/openid-connect/auth`);
  const parameters = {
    client_id: environment.clientId,
    redirect_uri: window.location.href.split("#")[0],
    response_type: "code",
    // The console's own keycloak-js reads callbacks from the query; it drops one with a state it did not issue.
    response_mode: "query",
    scope: "openid",
    state: random(16),
    nonce: random(16),
    code_challenge: challenge,
    code_challenge_method: "S256",
    kc_action: action,
    ui_locales: environment.locale,
  };
  for (const [name, value] of Object.entries(parameters)) {
    url.searchParams.set(name, value);
  }
  window.location.assign(url.toString());
}

function base64Url(bytes) {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
