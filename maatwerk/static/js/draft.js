// Keeps what is typed into an intake form (form[data-mw-draft]) in this tab's sessionStorage,
// so a session that ends before "Opslaan" loses nothing: after signing in again the form is
// filled in as it was. A draft is removed once its form was saved (the next page is another
// one), on "Teruggezette invoer weggooien" and on signing out. BSN fields are never stored.
(() => {
  "use strict";
  const PREFIX = "mw-draft:";
  const PENDING = "mw-draft-pending";
  const store = window.sessionStorage;
  const signedIn = document.body.hasAttribute("data-signed-in");
  const path = location.pathname;

  const kept = (field) =>
    field.name
    && !field.disabled
    && !["hidden", "password", "file", "submit", "button", "reset"].includes(field.type)
    && !/bsn/i.test(field.name)
    && field.name !== "csrfmiddlewaretoken";

  const read = (form) =>
    [...form.elements].filter(kept).map((field) => {
      if (field.type === "checkbox" || field.type === "radio") {
        return [field.name, field.value, field.checked];
      }
      if (field.multiple) {
        return [field.name, [...field.selectedOptions].map((option) => option.value), null];
      }
      return [field.name, field.value, null];
    });

  const load = (key) => {
    try {
      return JSON.parse(store.getItem(PREFIX + key) || "null");
    } catch {
      return null;
    }
  };

  const write = (form) => {
    try {
      store.setItem(PREFIX + path, JSON.stringify(read(form)));
    } catch {
      // Storage full or switched off: the form still works, only without a draft.
    }
  };

  const restore = (form, values) => {
    let changed = false;
    for (const [name, value, checked] of values) {
      for (const field of form.querySelectorAll(`[name="${CSS.escape(name)}"]`)) {
        if (!kept(field)) continue;
        if (field.type === "checkbox" || field.type === "radio") {
          if (field.value === value && field.checked !== checked) {
            field.checked = checked;
            changed = true;
          }
        } else if (field.multiple && Array.isArray(value)) {
          for (const option of field.options) {
            const selected = value.includes(option.value);
            if (option.selected !== selected) {
              option.selected = selected;
              changed = true;
            }
          }
        } else if (field.value !== value) {
          field.value = value;
          changed = true;
        }
      }
    }
    return changed;
  };

  const notice = (templateId, before) => {
    const template = document.getElementById(templateId);
    if (!template || !before) return null;
    const node = template.content.firstElementChild.cloneNode(true);
    before.parentNode.insertBefore(node, before);
    return node;
  };

  const forget = (key) => store.removeItem(PREFIX + key);

  const pending = store.getItem(PENDING);
  if (!signedIn) {
    // The sign-in page after a session ended mid-form: say the work is safe.
    const next = new URLSearchParams(location.search).get("next");
    const waiting = [pending, next].filter(Boolean).some((key) => load(key));
    if (waiting) notice("mw-draft-kept", document.querySelector("main h1"));
    return;
  }
  if (pending && pending !== path) {
    // The form was sent and the server moved on to another page: it was saved.
    forget(pending);
    store.removeItem(PENDING);
  } else if (pending === path) {
    store.removeItem(PENDING);
  }

  for (const form of document.querySelectorAll('form[action*="uitloggen"]')) {
    form.addEventListener("submit", () => {
      for (const key of Object.keys(store)) if (key.startsWith(PREFIX)) store.removeItem(key);
      store.removeItem(PENDING);
    });
  }

  const form = document.querySelector("form[data-mw-draft]");
  if (!form) return;
  const draft = load(path);
  if (draft && restore(form, draft)) {
    const shown = notice("mw-draft-restored", form);
    shown?.querySelector('[data-action="discard"]').addEventListener("click", () => {
      forget(path);
      location.assign(location.pathname + location.search);
    });
  }
  form.addEventListener("input", () => write(form));
  form.addEventListener("change", () => write(form));
  form.addEventListener("submit", () => {
    write(form);
    store.setItem(PENDING, path);
  });
})();
