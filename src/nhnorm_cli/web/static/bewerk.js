// nhnorm bewerk: save every change as it is made. Without this script every form still posts and
// the page comes back; with it, the parts of the page that the server marks data-ververs are
// swapped in from its answer, one save at a time, so the fields being typed in stay as they are.
"use strict";
(() => {
  const root = document.documentElement;
  let queue = Promise.resolve();
  let pending = 0;

  const version = () => document.querySelector('meta[name="nhnorm-versie"]').content;

  function busy(step) {
    pending += step;
    root.dataset.opslaan = pending > 0 ? "bezig" : "klaar";
  }

  function takeVersion(doc) {
    const fresh = doc.querySelector('meta[name="nhnorm-versie"]');
    if (!fresh) return;
    document.querySelector('meta[name="nhnorm-versie"]').content = fresh.content;
    document.querySelectorAll('input[name="versie"]').forEach((input) => { input.value = fresh.content; });
  }

  function swap(doc) {
    doc.querySelectorAll("[data-ververs][id]").forEach((fresh) => {
      const old = document.getElementById(fresh.id);
      if (!old) return;
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

  function reload(doc) {
    // the file changed on disk: the whole form is shown again as the file now is
    document.querySelector("main").replaceWith(document.importNode(doc.querySelector("main"), true));
    const banner = document.getElementById("conflict");
    if (banner) banner.focus();
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
        if (response.status === 409) reload(doc);
        else swap(doc);
      } catch (error) {
        document.getElementById("opslag").textContent = String(error);
      } finally {
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
