// nhnorm bewerk: save every change as it is made. Without this script every form still posts and
// the page comes back; with it, the parts of the page that the server marks data-ververs are
// swapped in from its answer, one save at a time, so the fields being typed in stay as they are.
"use strict";
(() => {
  const root = document.documentElement;
  let queue = Promise.resolve();
  let pending = 0;
  let done = 0; // saves answered so far: data-bewaard, for whoever waits for one (a test)

  const version = () => document.querySelector('meta[name="nhnorm-versie"]').content;

  function busy(step) {
    pending += step;
    root.dataset.opslaan = pending > 0 ? "bezig" : "klaar";
  }

  function takeVersion(doc) {
    const fresh = doc.querySelector('meta[name="nhnorm-versie"]');
    if (!fresh) return;
    document.querySelector('meta[name="nhnorm-versie"]').content = fresh.content;
    document.querySelectorAll('input[name="versie"]').forEach((input) => input.setAttribute("value", fresh.content));
  }

  function swap(doc) {
    // only what changed: a page has some 350 of these parts, and replacing them all costs a layout
    doc.querySelectorAll("[data-ververs][id]").forEach((fresh) => {
      const old = document.getElementById(fresh.id);
      if (!old || old.outerHTML === fresh.outerHTML) return;
      const active = document.activeElement;
      const had = old.contains(active);
      const copy = document.importNode(fresh, true);
      old.replaceWith(copy);
      if (!had) return;
      const again = active.id ? document.getElementById(active.id) : null;
      const next = again || copy.querySelector("[data-focus]");
      if (next) next.focus();
    });
  }

  function reload(doc, focus) {
    // the whole form again: the file changed on disk, or the status (and with it the lock) changed
    const active = document.activeElement && document.activeElement.id;
    swap(doc); // the parts outside <main> too: the total score in the header
    document.querySelector("main").replaceWith(document.importNode(doc.querySelector("main"), true));
    const target = document.getElementById(focus) || (active && document.getElementById(active));
    if (target) target.focus();
  }

  function save(form, submitter) {
    busy(1);
    queue = queue.then(async () => {
      const data = new FormData(form, submitter || undefined);
      data.set("versie", version());
      try {
        const response = await fetch(form.action, {
          method: "POST",
          body: new URLSearchParams(data),
          credentials: "same-origin",
        });
        const html = await response.text();
        if (!(response.headers.get("content-type") || "").startsWith("text/html")) {
          document.getElementById("opslag").textContent = html;
          return;
        }
        const doc = new DOMParser().parseFromString(html, "text/html");
        takeVersion(doc);
        if (response.status === 409) reload(doc, "conflict");
        else if (new URL(form.action).pathname === "/status") reload(doc, "status-kop");
        else swap(doc);
      } catch (error) {
        document.getElementById("opslag").textContent = String(error);
      } finally {
        done += 1;
        root.dataset.bewaard = String(done);
        busy(-1);
      }
    });
  }

  document.addEventListener("change", (event) => {
    const form = event.target.closest && event.target.closest("form[data-autosave]");
    if (form) save(form, null);
  });
  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || form.method.toLowerCase() !== "post") return;
    event.preventDefault();
    save(form, event.submitter);
  });
})();
