"""The Thunderbird extension: built from the task pane's own files, linted with Mozilla's
addons-linter, and its popup driven in Chromium with a stub of the `messenger` global,
calling the real API from another origin (so CORS is exercised too)."""

from __future__ import annotations

import functools
import json
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from api.storage import FeedbackRecord
from assistant.anonymise import Anonymiser
from corpus.kb import KnowledgeBase
from tests.conftest import api_settings, make_api
from tests.servers import running
from tests.test_taskpane import ARTIFACTS, Served, browser, chromium_missing  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent
LINTER = ROOT / "tools" / "node" / "node_modules" / ".bin" / "addons-linter"
# Thunderbird's own permissions, unknown to a linter written for Firefox: the only warnings
# we accept
THUNDERBIRD_ONLY = {"messagesRead", "accountsRead", "compose", "compose.save"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("tb")
    run = subprocess.run([sys.executable, str(ROOT / "tools" / "build_thunderbird.py"), "--out",
                          str(out)], capture_output=True, text=True, check=True)
    return Path(run.stdout.strip())


def test_the_xpi_holds_the_shared_interface(built: Path) -> None:
    names = set(zipfile.ZipFile(built).namelist())
    assert {"manifest.json", "popup.html", "taskpane.js", "taskpane.css", "office-shim.js",
            "background.js", "assets/icon-32.png"} <= names
    popup = zipfile.ZipFile(built).read("popup.html").decode()
    assert "office-shim.js" in popup and "appsforoffice" not in popup
    assert zipfile.ZipFile(built).read("taskpane.js") == (ROOT / "addin/taskpane.js").read_bytes()
    manifest = json.loads(zipfile.ZipFile(built).read("manifest.json"))
    assert manifest["message_display_action"]["default_popup"] == "popup.html"
    assert manifest["background"]["scripts"] == ["background.js"]


@pytest.mark.skipif(not LINTER.exists(), reason="addons-linter is not installed "
                    "(`make install` runs npm ci in tools/node)")
def test_addons_linter_finds_nothing_but_thunderbird_permissions(built: Path) -> None:
    run = subprocess.run([str(LINTER), "--output", "json", str(built)], capture_output=True,
                         text=True, timeout=180)
    report = json.loads(run.stdout)
    assert report["errors"] == [] and report["notices"] == []
    others = [w for w in report["warnings"] if not (
        w["code"] == "MANIFEST_PERMISSIONS" and
        any(f'"{p}"' in w["message"] for p in THUNDERBIRD_ONLY))]
    assert others == []


MESSENGER_STUB = """
window.__calls = [];
const rec = (name) => (...args) => { window.__calls.push([name, args]); };
window.messenger = {
  storage: { managed: { get: async () => (%(managed)s) } },
  tabs: { query: async () => [{ id: 7 }] },
  messageDisplay: { getDisplayedMessage: async () => ({
    id: 42, subject: "Période d'essai", author: "Thomas Garcia <t.garcia@example.com>",
    date: "2026-11-20T09:30:00Z", folder: { accountId: "account1" } }) },
  messages: {
    getFull: async () => ({ contentType: "multipart/alternative", parts: [
      { contentType: "text/plain", body: %(body)s }] }),
    listAttachments: async () => [],
  },
  accounts: { get: async () => ({ identities: [{ email: "agent@dreets.gouv.fr" }] }) },
  compose: {
    beginReply: async (id, type, details) => {
      rec("beginReply")(id, type, details);
      return { id: 99 };
    },
    saveMessage: async (tab, options) => { rec("saveMessage")(tab, options); return {}; },
  },
};
"""


BACKGROUND_STUB = """
window.__listeners = {};
window.messenger = {
  storage: { managed: { get: async () => (%(managed)s) } },
  compose: {
    onBeforeSend: { addListener(f) { window.__listeners.before = f; } },
    onAfterSend: { addListener(f) { window.__listeners.after = f; } },
  },
};
"""


@pytest.fixture()
def popup_server(built: Path) -> Iterator[str]:
    folder = built.parent / "thunderbird"
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(folder))
    handler.log_message = lambda *a: None  # type: ignore[attr-defined]
    with running(ThreadingHTTPServer(("127.0.0.1", 0), handler)) as url:
        yield url


@pytest.mark.skipif(chromium_missing(), reason="/usr/bin/chromium is not installed")
def test_the_popup_drafts_and_saves_a_thunderbird_reply(
        browser: Browser, popup_server: str, tmp_path: Path,  # noqa: F811
        edge_kb: KnowledgeBase, api_anonymiser: Anonymiser) -> None:
    served = Served(make_api(api_settings(tmp_path, SRDT_CORS_ORIGINS=popup_server), edge_kb,
                             api_anonymiser))
    try:
        context = browser.new_context(viewport={"width": 400, "height": 900})
        managed = json.dumps({"apiBase": served.url, "apiKey": served.key})
        body = json.dumps("Bonjour,\nJe suis cadre (convention Syntec) depuis 5 mois. Mon "
                          "employeur veut renouveler ma période d'essai de 4 mois. Est-ce "
                          "possible ?\nMerci")
        context.add_init_script(MESSENGER_STUB % {"managed": managed, "body": body})
        page = context.new_page()
        page.goto(f"{popup_server}/popup.html")
        expect(page.locator("#status")).to_contain_text("Brouillon prêt", timeout=60_000)
        expect(page.locator("#chips")).to_contain_text("Période d'essai")
        page.screenshot(path=str(ARTIFACTS / "thunderbird-400.png"), full_page=True)
        page.click("#reply")
        page.wait_for_function("window.__calls.length >= 2")
        calls = page.evaluate("window.__calls")
        assert calls[0][0] == "beginReply" and calls[0][1][:2] == [42, "replyToSender"]
        assert calls[0][1][2]["body"].startswith("<p>Madame, Monsieur")
        assert calls[1] == ["saveMessage", [99, {"mode": "draft"}]]
        sid = page.evaluate("JSON.parse(localStorage.getItem('srdt.threads'))['tb-42'].id")
        assert page.evaluate("JSON.parse(localStorage.getItem('srdt.replyTabs'))") == {
            "99": "tb-42"}
        draft = page.locator("#draft").inner_text()

        # the agent edits the reply and Thunderbird sends it: background.js reports it
        background = context.new_page()
        background.add_init_script(BACKGROUND_STUB % {"managed": managed})
        background.goto(f"{popup_server}/assets/")  # the extension's origin, its storage
        background.add_script_tag(url=f"{popup_server}/background.js")
        final = draft.replace("Madame, Monsieur,", "Monsieur,", 1)
        background.evaluate("""async (text) => {
            const tab = { id: 99 };
            window.__listeners.before(tab, { body: "<p>ignored</p>", plainTextBody: text });
            window.__listeners.before({ id: 5 }, { plainTextBody: "un autre message" });
            await window.__listeners.after({ id: 5 }, { mode: "sendNow" });
            await window.__listeners.after(tab, { mode: "sendNow" });
        }""", final)
        with served.storage.session() as s:
            rows = s.query(FeedbackRecord).all()
            assert [(r.suggestion_id, r.used) for r in rows] == [(sid, True), (sid, True)]
            assert rows[1].edit_ratio is not None and 0 < rows[1].edit_ratio < 0.1
            assert rows[1].final_articles == rows[1].draft_articles
        assert background.evaluate("localStorage.getItem('srdt.replyTabs')") == "{}"
        context.close()
    finally:
        served.close()
