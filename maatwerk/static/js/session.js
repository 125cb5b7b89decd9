// Warns before the idle timeout ends the session (SESSION_IDLE_MINUTES) and offers to stay
// signed in. The server renews the session on every request; "Ingelogd blijven" sends one.
(() => {
  "use strict";
  const body = document.body;
  const dialog = document.getElementById("mw-session-warning");
  const total = Number(body.dataset.sessionSeconds);
  if (!dialog || !total) return;

  const warning = dialog.querySelector('[data-state="warning"]');
  const expiredState = dialog.querySelector('[data-state="expired"]');
  const countdown = dialog.querySelector("[data-countdown]");
  // Warn two minutes ahead, or halfway for a very short session.
  const lead = Math.min(120, Math.floor(total / 2));
  let endsAt = 0;
  let ticker = null;
  let warnTimer = null;

  const csrfToken = () => {
    try {
      return JSON.parse(body.getAttribute("hx-headers"))["X-CSRFToken"];
    } catch {
      return "";
    }
  };

  const remaining = () => Math.max(0, Math.round((endsAt - Date.now()) / 1000));

  const show = () => {
    if (!dialog.open) dialog.showModal();
  };

  const renderCountdown = () => {
    const seconds = remaining();
    countdown.textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
    if (seconds === 0) expire();
  };

  const expire = () => {
    clearInterval(ticker);
    warning.hidden = true;
    expiredState.hidden = false;
    dialog.setAttribute("aria-labelledby", "mw-session-expired-title");
    dialog.setAttribute("aria-describedby", "mw-session-expired-text");
    const login = expiredState.querySelector('[data-action="login"]');
    login.href = `${body.dataset.loginUrl}?next=${encodeURIComponent(location.pathname)}`;
    show();
    login.focus();
  };

  const warn = () => {
    warning.hidden = false;
    expiredState.hidden = true;
    dialog.setAttribute("aria-labelledby", "mw-session-title");
    dialog.setAttribute("aria-describedby", "mw-session-text");
    renderCountdown();
    clearInterval(ticker);
    ticker = setInterval(renderCountdown, 1000);
    show();
    warning.querySelector('[data-action="stay"]').focus();
  };

  const schedule = (seconds) => {
    endsAt = Date.now() + seconds * 1000;
    clearTimeout(warnTimer);
    clearInterval(ticker);
    warnTimer = setTimeout(warn, Math.max(0, seconds - lead) * 1000);
  };

  const stay = async () => {
    try {
      const response = await fetch(body.dataset.keepaliveUrl, {
        method: "POST",
        credentials: "same-origin",
        headers: { "X-CSRFToken": csrfToken(), Accept: "application/json" },
      });
      const json = response.ok && !response.redirected
        && (response.headers.get("content-type") || "").startsWith("application/json");
      if (!json) return expire();
      const data = await response.json();
      if (dialog.open) dialog.close();
      schedule(Number(data.seconds_left) || total);
    } catch {
      expire();
    }
  };

  warning.querySelector('[data-action="stay"]').addEventListener("click", stay);
  // Escape closes the dialog: that is a choice to stay too, so renew rather than ignore it.
  dialog.addEventListener("cancel", (event) => {
    event.preventDefault();
    if (!warning.hidden) stay();
  });
  // Every htmx request renews the session on the server as well.
  body.addEventListener("htmx:afterRequest", () => {
    if (!dialog.open) schedule(total);
  });
  schedule(total);
})();
