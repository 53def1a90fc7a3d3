// The part of Office.js that the task pane uses, implemented on Thunderbird's MailExtension
// APIs, so that the popup runs the very same taskpane.js. Settings come from the policy that
// IT deploys (storage.managed: apiBase, apiKey), or are typed once by the agent.

(function () {
  function findPart(part, type) {
    if (!part) return null;
    if (part.contentType === type && typeof part.body === "string") return part.body;
    for (const child of part.parts || []) {
      const found = findPart(child, type);
      if (found !== null) return found;
    }
    return null;
  }

  function escapeHtml(text) {
    const div = document.createElement("div");
    div.textContent = text;
    return div.innerHTML.replace(/\n/g, "<br>");
  }

  function parseAuthor(author) {
    const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(author || "");
    return m ? { displayName: m[1], emailAddress: m[2] } : { displayName: "", emailAddress: author || "" };
  }

  async function load() {
    const managed = await messenger.storage.managed.get(["apiBase", "apiKey"]).catch(() => ({}));
    window.SRDT_API_BASE = (managed.apiBase || localStorage.getItem("srdt.apibase") || "")
      .replace(/\/+$/, "");
    if (managed.apiKey && !localStorage.getItem("srdt.apikey")) {
      localStorage.setItem("srdt.apikey", managed.apiKey);
    }
    const [tab] = await messenger.tabs.query({ active: true, currentWindow: true });
    const header = await messenger.messageDisplay.getDisplayedMessage(tab.id);
    const full = await messenger.messages.getFull(header.id);
    let me = "";
    if (header.folder && header.folder.accountId) {
      const account = await messenger.accounts.get(header.folder.accountId).catch(() => null);
      me = (account && account.identities && account.identities[0] && account.identities[0].email) || "";
    }
    const html = findPart(full, "text/html");
    const text = findPart(full, "text/plain");
    const attachments = messenger.messages.listAttachments
      ? await messenger.messages.listAttachments(header.id).catch(() => []) : [];
    const mailbox = window.Office.context.mailbox;
    mailbox.userProfile = { emailAddress: me };
    mailbox.item = {
      // the thread the suggestion answers, for the background script (background.js)
      conversationId: `tb-${header.id}`,
      subject: header.subject || "",
      from: parseAuthor(header.author),
      dateTimeCreated: header.date,
      attachments: attachments.map((a) => ({ name: a.name, contentType: a.contentType, size: a.size })),
      body: {
        getAsync(kind, callback) {
          callback({ status: "succeeded", value: html !== null ? html : escapeHtml(text || "") });
        },
      },
      // Thunderbird's own reply, with the thread quoted, saved at once as a draft; its tab
      // is remembered so that background.js sends its final text back once it is sent
      displayReplyForm(data) {
        messenger.compose.beginReply(header.id, "replyToSender",
                                     { body: data.htmlBody, isPlainText: false })
          .then((composeTab) => {
            const tabs = JSON.parse(localStorage.getItem("srdt.replyTabs") || "{}");
            tabs[composeTab.id] = `tb-${header.id}`;
            localStorage.setItem("srdt.replyTabs", JSON.stringify(tabs));
            return messenger.compose.saveMessage(composeTab.id, { mode: "draft" });
          });
      },
    };
  }

  window.Office = {
    CoercionType: { Html: "html", Text: "text" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: { mailbox: { userProfile: {}, item: null } },
    onReady(callback) {
      return load().then(() => callback({ host: "Thunderbird" }));
    },
  };
})();
