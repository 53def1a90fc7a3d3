// When Thunderbird sends a reply the popup opened, its final text goes back to the API as
// feedback on the suggestion: the API keeps the share of the draft that was changed and the
// Code articles the reply cites, never the text. Nothing is sent by mail from here.

(function () {
  const REPLY_TABS = "srdt.replyTabs"; // compose tab id -> conversation (written by the shim)
  const THREADS = "srdt.threads"; // conversation -> suggestion (written by taskpane.js)
  const THREAD_MS = 7 * 24 * 3600 * 1000;
  const bodies = new Map(); // compose tab id -> text, between before and after the send

  function read(key) {
    try {
      return JSON.parse(localStorage.getItem(key) || "{}");
    } catch {
      return {};
    }
  }

  function plainText(details) {
    if (typeof details.plainTextBody === "string" && details.plainTextBody) {
      return details.plainTextBody;
    }
    const doc = new DOMParser().parseFromString(details.body || "", "text/html");
    for (const br of doc.querySelectorAll("br")) br.replaceWith("\n");
    for (const p of doc.querySelectorAll("p, div, li, blockquote")) p.append("\n");
    return doc.body.textContent || "";
  }

  messenger.compose.onBeforeSend.addListener((tab, details) => {
    if (read(REPLY_TABS)[tab.id]) bodies.set(tab.id, plainText(details));
    return {};
  });

  messenger.compose.onAfterSend.addListener(async (tab, sendInfo) => {
    const text = bodies.get(tab.id);
    bodies.delete(tab.id);
    const tabs = read(REPLY_TABS);
    const conversation = tabs[tab.id];
    delete tabs[tab.id];
    localStorage.setItem(REPLY_TABS, JSON.stringify(tabs));
    if (text === undefined || (sendInfo && sendInfo.error)) return;
    const entry = read(THREADS)[conversation];
    if (!entry || Date.now() - entry.at >= THREAD_MS) return;
    const managed = await messenger.storage.managed.get(["apiBase"]).catch(() => ({}));
    const base = (managed.apiBase || localStorage.getItem("srdt.apibase") || "").replace(/\/+$/, "");
    const key = localStorage.getItem("srdt.apikey") || "";
    await fetch(`${base}/api/v1/suggestions/${entry.id}/feedback`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-API-Key": key },
      body: JSON.stringify({ used: true, final_text: text }),
    }).catch((err) => console.warn("srdt-assist: the final reply was not recorded", err));
  });
})();
