// Progressive enhancements for Secure Access pages. Every page works without this script; the
// server enforces every rule (resend waits, lockouts) whatever the browser shows.

const lang = document.documentElement.lang || undefined;

// Times that lift a lock: shown in the person's own time zone.
for (const element of document.querySelectorAll("time.sa-local-time")) {
  const when = new Date(element.getAttribute("datetime"));
  if (!Number.isNaN(when.getTime())) {
    element.textContent = new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short" }).format(when);
  }
}

// A long form with errors: focus the list of them, so it is read out first.
document.getElementById("sa-error-summary")?.focus();

// "Send a new code": disabled, with a countdown, until the resend wait is over.
const resend = document.querySelector("[data-resend-wait]");
if (resend) {
  const countdown = document.getElementById("sa-resend-countdown");
  const template = resend.getAttribute("data-countdown-text") || "{0}";
  let remaining = Number.parseInt(resend.getAttribute("data-resend-wait"), 10) || 0;
  const tick = () => {
    if (remaining <= 0) {
      resend.disabled = false;
      resend.removeAttribute("aria-disabled");
      if (countdown) countdown.textContent = "";
      return;
    }
    resend.disabled = true;
    resend.setAttribute("aria-disabled", "true");
    // Announce only every 10 seconds so screen readers are not flooded.
    if (countdown && (remaining % 10 === 0 || countdown.textContent === "")) {
      countdown.textContent = template.replace("{0}", String(remaining));
    }
    remaining -= 1;
    setTimeout(tick, 1000);
  };
  tick();
}
