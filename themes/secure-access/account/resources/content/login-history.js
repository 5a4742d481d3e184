// "Login history" in the account console: the person's own history, newest first, ten rows a page, with "This wasn't
// me" on each sign-in and each change to how they sign in (the link opens the same confirmation as a notice email's).
import { createElement as h, useEffect, useState } from "react";
import { Failure, Page, formatTime, getJson, loadMessages, translate } from "./secure-access.js";

const PAGE_SIZE = 10;

export default function LoginHistory() {
  const [messages, setMessages] = useState(null);
  const [pageIndex, setPageIndex] = useState(0);
  const [history, setHistory] = useState(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    loadMessages().then(setMessages, () => setFailed(true));
  }, []);
  useEffect(() => {
    setHistory(null);
    getJson(`login-history?first=${pageIndex * PAGE_SIZE}&max=${PAGE_SIZE}`).then(setHistory, () => setFailed(true));
  }, [pageIndex]);

  if (!messages) {
    return failed ? h(Failure, { text: "This page could not be loaded." }) : null;
  }
  const t = (key, params) => translate(messages, key, params);
  return h(
    Page,
    { title: t("saHistoryTitle"), description: t("saHistoryIntro") },
    failed
      ? h(Failure, { text: t("saLoadFailed") })
      : !history
        ? h("p", { role: "status" }, t("saLoading"))
        : h(HistoryTable, { t, history, pageIndex, setPageIndex }),
  );
}

function HistoryTable({ t, history, pageIndex, setPageIndex }) {
  if (history.items.length === 0 && pageIndex === 0) {
    return h("p", null, t("saHistoryEmpty"));
  }
  const headers = ["saHistoryWhen", "saHistoryWhat", "saHistoryDevice", "saHistoryAddress", "saHistoryAction"];
  return h(
    "div",
    null,
    h(
      "table",
      { className: "pf-v5-c-table pf-m-grid-md pf-m-compact", "data-testid": "sa-login-history" },
      h("caption", { className: "pf-v5-c-table__caption" }, t("saHistoryCaption")),
      h(
        "thead",
        { className: "pf-v5-c-table__thead" },
        h(
          "tr",
          { className: "pf-v5-c-table__tr" },
          headers.map((key) => h("th", { key, className: "pf-v5-c-table__th", scope: "col" }, t(key))),
        ),
      ),
      h(
        "tbody",
        { className: "pf-v5-c-table__tbody" },
        history.items.map((item, index) => h(HistoryRow, { key: `${item.time}-${index}`, t, item })),
      ),
    ),
    h(
      "nav",
      { className: "pf-v5-c-pagination pf-m-bottom", "aria-label": t("saHistoryPagination") },
      h(
        "div",
        { className: "pf-v5-c-pagination__nav" },
        h(
          "button",
          {
            type: "button",
            className: "pf-v5-c-button pf-m-secondary",
            disabled: pageIndex === 0,
            onClick: () => setPageIndex(pageIndex - 1),
          },
          t("saHistoryPrevious"),
        ),
        h("span", { className: "pf-v5-u-mx-md", "aria-live": "polite" }, t("saHistoryPage", { page: pageIndex + 1 })),
        h(
          "button",
          {
            type: "button",
            className: "pf-v5-c-button pf-m-secondary",
            disabled: !history.hasMore,
            onClick: () => setPageIndex(pageIndex + 1),
          },
          t("saHistoryNext"),
        ),
      ),
    ),
  );
}

function HistoryRow({ t, item }) {
  const what = t(`saHistoryKind.${item.kind}`) + (item.attempts > 1 ? ` (${t("saHistoryAttempts", { count: item.attempts })})` : "");
  const when = formatTime(item.time);
  const cell = (key, content) => h("td", { className: "pf-v5-c-table__td", "data-label": t(key) }, content);
  return h(
    "tr",
    { className: "pf-v5-c-table__tr", "data-kind": item.kind },
    cell("saHistoryWhen", when),
    cell("saHistoryWhat", what),
    cell("saHistoryDevice", item.device || "–"),
    cell("saHistoryAddress", item.ipAddress || "–"),
    cell(
      "saHistoryAction",
      item.notMeUrl ? h("a", { href: item.notMeUrl, "aria-label": t("saNotMeLabel", { what, when }) }, t("saNotMe")) : "",
    ),
  );
}
