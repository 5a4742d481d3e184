// "Identity verification" in the account console: where the person stands and the one thing they can do next.
import { createElement as h, useEffect, useState } from "react";
import { Failure, Page, formatDate, getJson, loadMessages, startAction, translate } from "./secure-access.js";

export default function IdentityVerification() {
  const [messages, setMessages] = useState(null);
  const [status, setStatus] = useState(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    loadMessages().then(setMessages, () => setFailed(true));
    getJson("proofing-status").then(setStatus, () => setFailed(true));
  }, []);

  if (!messages) {
    return failed ? h(Failure, { text: "This page could not be loaded." }) : null;
  }
  const t = (key, params) => translate(messages, key, params);
  return h(
    Page,
    { title: t("saIdentityTitle"), description: t("saIdentityIntro") },
    failed ? h(Failure, { text: t("saLoadFailed") }) : !status ? h("p", { role: "status" }, t("saLoading")) : h(Status, { t, status }),
  );
}

function Status({ t, status }) {
  const details = [];
  if (status.next === "done" && status.verifiedAt) {
    details.push(`${t("saIdentityVerifiedOn", { date: formatDate(status.verifiedAt) })} ${t(`saIdentityMethod.${status.method}`)}`.trim());
  }
  if (status.next === "letter_pending" && status.letterSentAt) {
    details.push(t("saIdentityLetterSent", { date: formatDate(status.letterSentAt), until: formatDate(status.letterExpiresAt) }));
  }
  const button = {
    NOT_STARTED: "saIdentityStart",
    IN_PROGRESS: "saIdentityContinue",
    LETTER_PENDING: "saIdentityEnterCode",
  }[status.status];
  return h(
    "div",
    { className: "pf-v5-c-card pf-m-plain", "data-testid": "sa-identity-status", "data-status": status.status },
    h(
      "div",
      { className: "pf-v5-c-card__body" },
      h("p", { className: "pf-v5-u-font-weight-bold" }, t(`saIdentityStatus.${status.status}`)),
      details.map((text) => h("p", { key: text }, text)),
      button &&
        h(
          "button",
          { type: "button", className: "pf-v5-c-button pf-m-primary pf-v5-u-mt-md", onClick: () => startAction(status.action) },
          t(button),
        ),
    ),
  );
}
