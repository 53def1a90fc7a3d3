// The task pane: reads the open message with Office.js, asks the API for a streamed draft,
// shows the analysis, the sources and the draft, and opens Outlook's own reply form.
// No build step: one module, served as is by the API (/addin/taskpane.js).

// the API is the page's own server in Outlook; Thunderbird's popup sets SRDT_API_BASE
const api = () => `${window.SRDT_API_BASE || ""}/api/v1`;
const REPLY_LIMIT = 32 * 1024; // displayReplyForm refuses larger bodies
const $ = (id) => document.getElementById(id);

const state = {
  message: null, suggestion: null, excluded: new Set(), idcc: null, rating: null,
  questionsEdited: false,
  key: localStorage.getItem("srdt.apikey") || "", running: null,
};

function status(text, isError = false) {
  $("status").textContent = text;
  $("status").classList.toggle("error", isError);
}

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  for (const child of children) node.append(child);
  return node;
}

// --- reading the message -----------------------------------------------------------------

function readMessage() {
  const item = Office.context.mailbox.item;
  return new Promise((resolve, reject) => {
    item.body.getAsync(Office.CoercionType.Html, (res) => {
      if (res.status !== Office.AsyncResultStatus.Succeeded) {
        reject(new Error("Le contenu du message n'a pas pu être lu."));
        return;
      }
      const from = item.from || {};
      resolve({
        subject: item.subject || "",
        from: { name: from.displayName || "", address: from.emailAddress || "" },
        body_html: res.value || "",
        received_at: item.dateTimeCreated ? new Date(item.dateTimeCreated).toISOString() : undefined,
        attachments: (item.attachments || []).map((a) => (
          { name: a.name, content_type: a.contentType || "", size: a.size || 0 })),
      });
    });
  });
}

// --- signing in: Entra ID through nested app authentication, or a site key ----------------

const auth = { mode: "apikey", pca: null, scope: null };

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const tag = el("script", { src });
    tag.onload = resolve;
    tag.onerror = () => reject(new Error(`${src} did not load`));
    document.head.append(tag);
  });
}

async function setUpAuth() {
  const resp = await fetch(`${window.SRDT_API_BASE || ""}/addin/config.json`).catch(() => null);
  const config = resp && resp.ok ? await resp.json() : { auth: "apikey" };
  auth.mode = config.auth;
  if (config.theme === "neutral") {  // the DSFR is reserved to the State's services
    $("dsfr").disabled = true;
    document.documentElement.classList.add("neutral");
  }
  if (auth.mode !== "entra") return;
  await loadScript("vendor/msal-browser.min.js");
  auth.scope = config.scope;
  auth.pca = await msal.createNestablePublicClientApplication({
    auth: { clientId: config.client_id, authority: "https://login.microsoftonline.com/common" },
  });
}

async function entraToken() {
  const request = { scopes: [auth.scope] };
  try {
    return (await auth.pca.acquireTokenSilent(request)).accessToken;
  } catch {
    return (await auth.pca.acquireTokenPopup(request)).accessToken;
  }
}

async function headers() {
  const h = { "Content-Type": "application/json" };
  if (auth.mode === "entra") h.Authorization = `Bearer ${await entraToken()}`;
  else if (state.key) h["X-API-Key"] = state.key;
  const me = Office.context.mailbox.userProfile && Office.context.mailbox.userProfile.emailAddress;
  if (me) h["X-SRDT-User"] = me;
  return h;
}

// --- the stream ----------------------------------------------------------------------------

async function* events(resp) {
  const reader = resp.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      let name = "message"; let data = "";
      for (const line of block.split("\n")) {
        if (line.startsWith("event: ")) name = line.slice(7);
        else if (line.startsWith("data: ")) data += line.slice(6);
      }
      if (data) yield [name, JSON.parse(data)];
    }
  }
}

async function generate() {
  if (state.running) state.running.abort();
  const controller = new AbortController();
  state.running = controller;
  state.suggestion = null;
  setDraftActions(false);
  $("draft").textContent = "";
  $("warnings").textContent = "";
  status("Analyse du message et recherche des sources…");
  const options = { length: $("length").value, exclude_ids: [...state.excluded] };
  if (state.idcc) options.idcc = state.idcc;
  if (state.questionsEdited) options.questions = agentQuestions();
  let resp;
  try {
    resp = await fetch(`${api()}/suggestions/stream`, {
      method: "POST", headers: await headers(), signal: controller.signal,
      body: JSON.stringify({ email: state.message, options }),
    });
  } catch (err) {
    if (err.name !== "AbortError") status("Le service est injoignable. Réessayez plus tard.", true);
    return;
  }
  if (!resp.ok) {
    const err = await resp.json().catch(() => ({}));
    if (resp.status === 401) $("keyform").hidden = false;
    status(err.message || `Erreur ${resp.status}.`, true);
    return;
  }
  try {
    for await (const [name, data] of events(resp)) {
      if (name === "classification") showAnalysis(data);
      else if (name === "sources") showSources(data.sources);
      else if (name === "delta") {
        if (!$("draft").textContent) status("Rédaction en cours…");
        $("draft-box").hidden = false;
        $("draft").append(data.text);
      } else if (name === "verification") showDraft(data.text, data.warnings);
      else if (name === "done") {
        state.suggestion = data;
        rememberThread(data.id);
        setDraftActions(true);
        const notes = data.notes.length ? ` ${data.notes.join(" ")}` : "";
        status(`Brouillon prêt : relisez-le avant d'envoyer.${notes}`);
      } else if (name === "error") status(data.message, true);
    }
  } catch (err) {
    if (err.name !== "AbortError") status("La réponse du service a été interrompue.", true);
  }
}

// --- rendering -----------------------------------------------------------------------------

const REQUESTERS = { salarie: "Salarié", employeur: "Employeur", autre: "Autre demandeur",
                     inconnu: "Demandeur non précisé" };

function alert(kind, text) {
  return el("div", { className: `fr-alert fr-alert--${kind} fr-alert--sm alert ${kind}`,
                     role: "alert" }, el("p", { textContent: text }));
}

function showAnalysis(c) {
  $("analysis").hidden = false;
  const chips = $("chips");
  chips.replaceChildren();
  const chip = (text, extra = "") => el("li", {},
    el("p", { className: `fr-tag fr-tag--sm chip${extra}`, textContent: text }));
  for (const t of c.themes) chips.append(chip(t.label));
  chips.append(chip(REQUESTERS[c.requester.value] || c.requester.value));
  for (const m of c.missing_facts) chips.append(chip(`À demander : ${m.label}`, " missing"));
  // the model's wording of the questions, until the agent writes their own
  if (!state.questionsEdited) $("questions").value = (c.questions || []).join("\n");
  const alerts = $("alerts");
  alerts.replaceChildren();
  if (c.out_of_scope) {
    alerts.append(alert("warning",
      `Hors champ : ${c.out_of_scope.reason} → ${c.out_of_scope.redirect}`));
  }
  for (const r of c.redirects || []) {
    alerts.append(alert("info", `Point hors champ : ${r.reason} → ${r.redirect}`));
  }
  for (const s of c.sensitive) alerts.append(alert("error", s.message));
  const conv = c.convention;
  if (conv && conv.idcc && document.activeElement !== $("convention")) {
    $("convention").value = `IDCC ${conv.idcc} ${conv.title || ""}`.trim();
  } else if (!conv && !state.idcc) {
    $("convention").value = "";
  }
}

function showSources(sources) {
  $("sources-box").hidden = false;
  const list = $("sources");
  list.replaceChildren();
  for (const s of sources) {
    const box = el("input", { type: "checkbox", checked: state.excluded.has(s.id) });
    box.addEventListener("change", () => {
      if (box.checked) state.excluded.add(s.id); else state.excluded.delete(s.id);
    });
    const kind = { code_du_travail: "Code du travail", fiche_travail: "Fiche ministère",
                   fiche_sp: "Service-public.fr", contribution: "Réponse CDTN",
                   convention: "Convention collective" }[s.source] || s.source;
    const meta = `${kind}${s.article_num ? ` · ${s.article_num}` : ""}${s.date ? ` · ${s.date}` : ""}`;
    const item = el("li", {},
      el("a", { href: s.url, target: "_blank", rel: "noopener", textContent: s.title }),
      el("span", { className: "meta", textContent: meta }));
    // why it is listed: the usager named it, a like question was answered with it…
    if (s.why && s.why.length) {
      item.append(el("span", { className: "why", textContent: `Pourquoi : ${s.why.join(" · ")}` }));
    }
    item.append(el("label", {}, box, " Écarter cette source"));
    item.dataset.id = s.id;
    list.append(item);
  }
  const shown = new Set(sources.map((s) => s.id));
  const hidden = [...state.excluded].filter((id) => !shown.has(id)).length;
  $("restore").hidden = hidden === 0;
  $("restore").textContent = `Rétablir les sources écartées (${hidden})`;
}

function showDraft(text, warnings) {
  $("draft-box").hidden = false;
  const draft = $("draft");
  draft.replaceChildren();
  let at = 0;
  for (const w of [...warnings].sort((a, b) => a.start - b.start)) {
    if (w.start < at) continue;
    draft.append(text.slice(at, w.start),
                 el("mark", { title: w.message, textContent: text.slice(w.start, w.end) }));
    at = w.end;
  }
  draft.append(text.slice(at));
  $("warnings").textContent = warnings.length
    ? `${warnings.length} point(s) à vérifier, surligné(s) dans le texte : ` +
      warnings.map((w) => w.message).join(" ; ")
    : "";
}

function setDraftActions(on) {
  $("reply").disabled = !on;
  $("copy").disabled = !on;
  $("feedback").disabled = !on;
  state.rating = null;
  for (const b of document.querySelectorAll("[data-rating]")) b.setAttribute("aria-pressed", "false");
  $("reasons").hidden = true;
}

// --- actions -------------------------------------------------------------------------------

async function copy(text) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = el("textarea", { value: text });
    document.body.append(area);
    area.select();
    document.execCommand("copy");
    area.remove();
  }
}

async function reply() {
  const s = state.suggestion;
  const item = Office.context.mailbox.item;
  const size = new Blob([s.draft.html]).size;
  if (size > REPLY_LIMIT || typeof item.displayReplyForm !== "function") {
    await copy(s.draft.text);
    status(size > REPLY_LIMIT
      ? "Brouillon trop long pour le formulaire de réponse : il a été copié, collez-le dans votre réponse."
      : "Réponse directe indisponible ici : le brouillon a été copié, collez-le dans votre réponse.");
  } else {
    item.displayReplyForm({ htmlBody: s.draft.html });
    status("Formulaire de réponse ouvert : relisez, complétez puis envoyez.");
  }
  feedback({ used: true });
}

async function feedback(body) {
  if (!state.suggestion) return;
  await fetch(`${api()}/suggestions/${state.suggestion.id}/feedback`, {
    method: "POST", headers: await headers(), body: JSON.stringify(body),
  }).catch(() => null);
}

// --- the reply the agent sends -------------------------------------------------------------
// The read pane remembers which suggestion answered a conversation; the pane opened on the
// reply being written sends its final text back: the API keeps the share of the draft that
// was changed and the Code articles the reply cites, never the text.

const THREADS = "srdt.threads";
const THREAD_MS = 7 * 24 * 3600 * 1000;

function threads() {
  try {
    return JSON.parse(localStorage.getItem(THREADS) || "{}");
  } catch {
    return {};
  }
}

function rememberThread(suggestionId) {
  const conversation = Office.context.mailbox.item.conversationId;
  if (!conversation) return;
  const now = Date.now();
  const kept = Object.fromEntries(Object.entries(threads())
    .filter(([, v]) => now - v.at < THREAD_MS));
  kept[conversation] = { id: suggestionId, at: now };
  localStorage.setItem(THREADS, JSON.stringify(kept));
}

function composing() {
  const item = Office.context.mailbox.item;
  return Boolean(item && item.body && typeof item.body.setAsync === "function");
}

function replyText() {
  return new Promise((resolve, reject) => {
    Office.context.mailbox.item.body.getAsync(Office.CoercionType.Text, (res) => {
      if (res.status !== Office.AsyncResultStatus.Succeeded) {
        reject(new Error("Le texte de votre réponse n'a pas pu être lu."));
      } else resolve(res.value || "");
    });
  });
}

async function sendFinal() {
  const entry = threads()[Office.context.mailbox.item.conversationId];
  if (!entry || Date.now() - entry.at >= THREAD_MS) {
    status("Aucun brouillon de l'assistant n'a été proposé pour cette conversation " +
           "sur ce poste ces 7 derniers jours.", true);
    return;
  }
  let text;
  try {
    text = await replyText();
  } catch (err) {
    status(err.message, true);
    return;
  }
  $("send-final").disabled = true;
  const resp = await fetch(`${api()}/suggestions/${entry.id}/feedback`, {
    method: "POST", headers: await headers(),
    body: JSON.stringify({ used: true, final_text: text }),
  }).catch(() => null);
  $("send-final").disabled = false;
  if (!resp || !resp.ok) {
    status(resp && resp.status === 404
      ? "Ce brouillon n'est plus connu du service (durée de conservation dépassée)."
      : "Le service est injoignable. Réessayez plus tard.", true);
    return;
  }
  const body = await resp.json();
  const changed = body.edit_ratio === null ? ""
    : ` Part du brouillon modifiée : ${Math.round(body.edit_ratio * 100)} %.`;
  const cited = body.articles && body.articles.reply.length
    ? ` Articles cités : ${body.articles.reply.join(", ")}.` : " Aucun article du Code cité.";
  status(`Merci : votre réponse finale a été transmise.${changed}${cited}`);
}

let lookupTimer = null;
function lookupConventions() {
  clearTimeout(lookupTimer);
  const q = $("convention").value.trim();
  if (q.length < 2) return;
  lookupTimer = setTimeout(async () => {
    const resp = await fetch(`${api()}/conventions?q=${encodeURIComponent(q)}`,
                             { headers: await headers() }).catch(() => null);
    if (!resp || !resp.ok) return;
    const { conventions } = await resp.json();
    $("convention-options").replaceChildren(...conventions.map((c) =>
      el("option", { value: `IDCC ${c.idcc} ${c.short_title || c.title}` })));
  }, 250);
}

function agentQuestions() {
  return $("questions").value.split("\n").map((q) => q.trim().slice(0, 300))
    .filter((q) => q).slice(0, 4);
}

function chooseConvention() {
  const m = /^\s*(?:IDCC\s*)?(\d{1,5})\b/i.exec($("convention").value);
  const idcc = m ? Number(m[1]) : null;
  if (idcc !== state.idcc) {
    state.idcc = idcc;
    generate();
  }
}

function wire() {
  $("regenerate").addEventListener("click", generate);
  $("questions").addEventListener("input", () => {
    state.questionsEdited = $("questions").value.trim() !== "";
  });
  $("restore").addEventListener("click", () => { state.excluded.clear(); generate(); });
  $("length").addEventListener("change", generate);
  $("reply").addEventListener("click", reply);
  $("copy").addEventListener("click", async () => {
    await copy(state.suggestion.draft.text);
    status("Brouillon copié.");
    feedback({ used: true });
  });
  $("convention").addEventListener("input", lookupConventions);
  $("convention").addEventListener("change", chooseConvention);
  for (const b of document.querySelectorAll("[data-rating]")) {
    b.addEventListener("click", () => {
      state.rating = b.dataset.rating;
      for (const o of document.querySelectorAll("[data-rating]")) {
        o.setAttribute("aria-pressed", String(o === b));
      }
      $("reasons").hidden = state.rating !== "down";
      if (state.rating === "up") { feedback({ rating: "up" }); status("Merci pour votre avis."); }
    });
  }
  $("send-feedback").addEventListener("click", () => {
    const reasons = [...$("reasons").querySelectorAll("input:checked")].map((i) => i.value);
    feedback({ rating: "down", reasons });
    status("Merci : votre avis aide à améliorer l'assistant.");
  });
  $("send-final").addEventListener("click", sendFinal);
  $("keyform").addEventListener("submit", (ev) => {
    ev.preventDefault();
    state.key = $("apikey").value.trim();
    localStorage.setItem("srdt.apikey", state.key);
    $("keyform").hidden = true;
    if (composing()) status("Clé enregistrée.");
    else generate();
  });
}

Office.onReady(async () => {
  wire();
  // the Thunderbird shim may have stored the key deployed by IT while getting ready
  state.key = state.key || localStorage.getItem("srdt.apikey") || "";
  if (composing()) {
    $("compose-box").hidden = false;
    try {
      await setUpAuth();
    } catch (err) {
      status("La connexion à votre compte n'a pas pu être préparée.", true);
      return;
    }
    if (auth.mode === "apikey" && !state.key) $("keyform").hidden = false;
    status("Votre réponse est prête ? Transmettez-la avant de l'envoyer.");
    return;
  }
  try {
    state.message = await readMessage();
  } catch (err) {
    status(err.message, true);
    return;
  }
  try {
    await setUpAuth();
  } catch (err) {
    status("La connexion à votre compte n'a pas pu être préparée.", true);
    return;
  }
  if (auth.mode === "apikey" && !state.key) {
    $("keyform").hidden = false;
    status("Saisissez la clé d'accès pour commencer.");
    return;
  }
  generate();
});
