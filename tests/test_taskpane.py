"""The task pane in headless Chromium (Debian's, no browser download) driven by Playwright,
against the real Flask app serving it, with a stub of the `Office` global in place of
Microsoft's office.js. Screenshots at 320 and 800 px go to tests/artifacts/."""

from __future__ import annotations

import json
import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright
from werkzeug.serving import make_server

from api.storage import FeedbackRecord, SuggestionRecord
from assistant.anonymise import Anonymiser
from assistant.llm import MistralDrafter
from corpus.kb import KnowledgeBase
from tests.conftest import api_settings, make_api
from tests.entra import CLIENT_ID, TENANT, Jwks, token
from tests.fake_mistral import FakeMistral

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).parent / "artifacts"
EMAIL = {"subject": "Période d'essai", "from": {"displayName": "Thomas Garcia",
                                                "emailAddress": "t.garcia@example.com"},
         "body": "<p>Bonjour,</p><p>J'ai été embauché en CDI comme ingénieur cadre il y a 5 "
                 "mois, convention Syntec. Mon employeur veut renouveler ma période d'essai de "
                 "4 mois. Est-ce possible et quelle est la durée maximale ?</p><p>Merci</p>"}

# Office.js as far as the pane uses it, around the open item (%(item)s)
OFFICE = """
window.Office = {
  CoercionType: { Html: "html", Text: "text" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  onReady(cb) { return Promise.resolve().then(() => cb({ host: "Outlook" })); },
  context: { mailbox: {
    userProfile: { emailAddress: "agent@dreets.gouv.fr" },
    item: { %(item)s } } },
};
"""
OFFICE_STUB = """
window.__replies = [];
const message = %(message)s;
""" + OFFICE % {"item": """
      subject: message.subject, from: message.from, attachments: [],
      dateTimeCreated: "2026-11-20T09:30:00Z",
      body: { getAsync(kind, cb) { cb({ status: "succeeded", value: message.body }); } },
      %(reply)s"""}
REPLY_OK = "displayReplyForm(data) { window.__replies.push(data); },"


def chromium_missing() -> bool:
    return shutil.which(CHROMIUM) is None


pytestmark = pytest.mark.skipif(chromium_missing(), reason=f"{CHROMIUM} is not installed "
                                "(`make install` installs Debian's chromium when run as root)")


class Served:
    def __init__(self, app: Any) -> None:
        self.app = app
        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        storage = app.extensions["srdt"].storage
        self.storage = storage
        self.key = storage.create_key("test")

    def close(self) -> None:
        self.server.shutdown()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


def open_pane(browser: Browser, served: Served, width: int, reply: str = REPLY_OK,
              with_key: bool = True, msal_stub: str | None = None,
              message: dict[str, Any] | None = None) -> Page:
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="fr-FR")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=served.url)
    if with_key:
        context.add_init_script(
            f"localStorage.setItem('srdt.apikey', {json.dumps(served.key)});")
    stub = OFFICE_STUB % {"message": json.dumps(message or EMAIL), "reply": reply}
    context.route("https://appsforoffice.microsoft.com/**",
                  lambda route: route.fulfill(body=stub, content_type="text/javascript"))
    if msal_stub is not None:  # routed before the first load: a reload crashed Chromium once
        context.route(f"{served.url}/addin/vendor/msal-browser.min.js",
                      lambda route: route.fulfill(body=msal_stub, content_type="text/javascript"))
    page = context.new_page()
    page.goto(f"{served.url}/addin/taskpane.html")
    return page


def shoot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


@pytest.fixture()
def offline(tmp_path: Path, edge_kb: KnowledgeBase,
            api_anonymiser: Anonymiser) -> Iterator[Served]:
    served = Served(make_api(api_settings(tmp_path), edge_kb, api_anonymiser))
    yield served
    served.close()


def ready(page: Page) -> None:
    expect(page.locator("#status")).to_contain_text("Brouillon prêt", timeout=60_000)


def test_the_agent_gets_chips_sources_and_a_draft_then_replies(browser: Browser,
                                                               offline: Served) -> None:
    page = open_pane(browser, offline, 800)
    ready(page)
    expect(page.locator("#chips")).to_contain_text("Période d'essai")
    expect(page.locator("#questions")).to_have_value("")  # offline: nothing restated
    assert page.locator("#convention").input_value().startswith("IDCC 1486")
    assert page.locator("#sources li").count() >= 3
    # each source says why it is listed, under its title
    whys = page.locator("#sources li .why").all_inner_texts()
    assert len(whys) == page.locator("#sources li").count()
    assert all(w.startswith("Pourquoi : ") for w in whys)
    assert any(w.startswith("Pourquoi : recherche sur « Est-ce possible") for w in whys)
    draft = page.locator("#draft").inner_text()
    assert draft.startswith("Madame, Monsieur") and "Sources :" in draft
    shoot(page, "taskpane-800.png")

    short = len(draft)
    page.select_option("#length", "detailed")
    # waits on the outcome: offline, the status can go and come back between two polls
    page.wait_for_function(f"document.querySelector('#draft').innerText.length > {short}",
                           timeout=60_000)
    ready(page)

    first = page.locator("#sources li").first.get_attribute("data-id")
    page.locator("#sources li input[type=checkbox]").first.check()
    page.click("#regenerate")
    expect(page.locator(f'#sources li[data-id="{first}"]')).to_have_count(0, timeout=60_000)
    ready(page)
    shown = [li.get_attribute("data-id") for li in page.locator("#sources li").all()]
    assert first and shown and first not in shown
    expect(page.locator("#restore")).to_have_text("Rétablir les sources écartées (1)")
    page.click("#restore")
    expect(page.locator(f'#sources li[data-id="{first}"]')).to_have_count(1, timeout=60_000)
    ready(page)
    assert first in [li.get_attribute("data-id") for li in page.locator("#sources li").all()]
    expect(page.locator("#restore")).to_be_hidden()

    page.click("#reply")
    replies = page.evaluate("window.__replies")
    assert len(replies) == 1 and replies[0]["htmlBody"].startswith("<p>Madame, Monsieur")
    expect(page.locator("#status")).to_contain_text("Formulaire de réponse ouvert")
    page.click("[data-rating=down]")
    page.click("label[for=reason-incomplete]")  # the DSFR draws the box on the label
    expect(page.locator("#reason-incomplete")).to_be_checked()
    page.click("#send-feedback")
    expect(page.locator("#status")).to_contain_text("Merci")
    page.wait_for_timeout(300)
    with offline.storage.session() as s:
        rows = s.query(FeedbackRecord).order_by(FeedbackRecord.id).all()
        assert [(r.used, r.rating, r.reasons) for r in rows] == [
            (True, None, []), (False, "down", ["incomplete"])]
    page.context.close()


COMPOSE_STUB = OFFICE % {"item": """itemType: "message", conversationId: %(conversation)s, body: {
      getAsync(kind, cb) { window.__kind = kind; cb({ status: "succeeded", value: %(text)s }); },
      setAsync(text, options, cb) { if (cb) cb({ status: "succeeded" }); } }"""}


def open_compose(read_page: Page, conversation: str, text: str) -> Page:
    """The pane on the reply being written, in the read pane's browser (its storage)."""
    page = read_page.context.new_page()
    stub = COMPOSE_STUB % {"conversation": json.dumps(conversation), "text": json.dumps(text)}
    page.route("https://appsforoffice.microsoft.com/**",  # before the context's own route
               lambda route: route.fulfill(body=stub, content_type="text/javascript"))
    page.goto(read_page.url)
    return page


def test_the_reply_being_written_sends_its_final_text_back(browser: Browser,
                                                          offline: Served) -> None:
    """Read pane: a draft for conversation conv-1. Compose pane on the reply: the agent's
    final text goes back as feedback; the API keeps its edit ratio and the articles it cites,
    the usager's quoted mail below it left out."""
    page = open_pane(browser, offline, 800, reply=REPLY_OK + ' conversationId: "conv-1",')
    ready(page)
    sid = page.evaluate("JSON.parse(localStorage.getItem('srdt.threads'))['conv-1'].id")
    with offline.storage.session() as s:
        assert s.get(SuggestionRecord, sid) is not None
    draft = page.locator("#draft").inner_text()
    with offline.storage.session() as s:
        offered = s.get(SuggestionRecord, sid).source_articles
    named = re.sub(r"\b([LRD])\.? ?(\d)", r"\1\2", draft)  # « L. 1221-19 » is L1221-19
    other = next(n for n in offered if n not in named)
    final = (draft.replace("Madame, Monsieur,", "Monsieur,", 1)
             + f"\nVoir aussi l'article {other} du Code du travail."
             + "\n\nDe : Thomas Garcia\nEnvoyé : jeudi 20 novembre 2026\nObjet : Période "
               "d'essai\n\nMon contrat cite l'article L1234-9.")
    compose = open_compose(page, "conv-1", final)
    expect(compose.locator("#compose-box")).to_be_visible()
    expect(compose.locator("#analysis")).to_be_hidden()
    compose.click("#send-final")
    expect(compose.locator("#status")).to_contain_text("réponse finale a été transmise")
    expect(compose.locator("#status")).to_contain_text(re.compile(rf"Articles cités : .*{other}"))
    assert compose.evaluate("window.__kind") == "text"
    shoot(compose, "taskpane-compose.png")
    with offline.storage.session() as s:
        row = s.query(FeedbackRecord).filter_by(suggestion_id=sid).one()
        assert row.used and row.edit_ratio is not None and 0 < row.edit_ratio < 0.2
        assert other in row.final_articles and "L1234-9" not in row.final_articles
        assert row.draft_articles is not None and other not in row.draft_articles
    stray = open_compose(page, "conv-2", "Bonjour, voici ma réponse.")
    stray.click("#send-final")
    expect(stray.locator("#status")).to_contain_text("Aucun brouillon de l'assistant")
    page.context.close()


def test_a_side_question_outside_the_field_is_shown_and_sent_on(browser: Browser,
                                                                offline: Served) -> None:
    mail = {**EMAIL, "subject": "Rupture conventionnelle refusée",
            "body": "<p>Bonjour,</p><p>Mon employeur refuse la rupture conventionnelle que je lui "
                    "demande et me dit de démissionner. A-t-il le droit de refuser ? Je perds "
                    "mes droits au chômage si je démissionne ?</p>"}
    page = open_pane(browser, offline, 800, message=mail)
    ready(page)
    expect(page.locator("#alerts")).to_contain_text("Point hors champ")
    expect(page.locator("#alerts")).to_contain_text("France Travail")
    draft = page.locator("#draft").inner_text()
    assert "un point de votre demande ne relève pas de notre service" in draft
    # the rest is answered first, with its sources
    assert re.search(r"\[\d+\]", draft.split("un point de votre demande")[0])
    page.context.close()


def test_narrow_pane_keyboard_and_the_clipboard_fallback(browser: Browser,
                                                        offline: Served) -> None:
    page = open_pane(browser, offline, 320, reply="")  # a client without displayReplyForm
    ready(page)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320, f"the pane scrolls sideways at 320 px ({width} px)"
    shoot(page, "taskpane-320.png")
    for _ in range(60):  # reach the reply button with the keyboard alone
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "reply":
            break
    else:
        pytest.fail("the reply button cannot be reached with Tab")
    page.keyboard.press("Enter")
    expect(page.locator("#status")).to_contain_text("copié")
    clip = page.evaluate("navigator.clipboard.readText()")
    assert clip == page.locator("#draft").inner_text().strip() or clip.startswith("Madame")
    page.context.close()


def test_the_questions_mistral_restated_are_shown(browser: Browser, tmp_path: Path,
                                                   edge_kb: KnowledgeBase,
                                                   api_anonymiser: Anonymiser) -> None:
    restated = "Quelle est la durée maximale de la période d'essai d'un cadre ?"
    label = {"themes": ["periode_essai"], "requester": "salarie", "idcc": None,
             "missing_facts": [], "out_of_scope": None, "sensitive": [],
             "questions": [restated]}
    with FakeMistral().running() as fake:
        fake.reply = FakeMistral.classifying(label)
        served = Served(make_api(api_settings(tmp_path), edge_kb, api_anonymiser,
                                 drafter=MistralDrafter("k", fake.url)))
        try:
            page = open_pane(browser, served, 800)
            ready(page)
            expect(page.locator("#questions")).to_have_value(restated)
            page.context.close()
        finally:
            served.close()


def test_the_agent_words_the_question_and_the_sources_follow(browser: Browser,
                                                              offline: Served) -> None:
    page = open_pane(browser, offline, 320)
    ready(page)
    before = page.locator("#sources").inner_text()
    assert "L1237-1" not in before
    page.fill("#questions", "Quelle est la durée du préavis de démission d'un salarié en CDI ?"
                            "\n\n")
    page.click("#regenerate")
    # no wait on the status in between: offline, the new draft can be ready before a check
    expect(page.locator("#sources")).to_contain_text("L1237-1", timeout=60_000)
    ready(page)
    # the agent's wording stays while they work, whatever comes back
    expect(page.locator("#questions")).to_have_value(
        "Quelle est la durée du préavis de démission d'un salarié en CDI ?\n\n")
    shoot(page, "taskpane-questions-320.png")
    page.context.close()


def test_the_draft_streams_in_before_it_is_verified(browser: Browser, tmp_path: Path,
                                                    edge_kb: KnowledgeBase,
                                                    api_anonymiser: Anonymiser) -> None:
    with FakeMistral().running() as fake:
        fake.chunk_delay_s = 0.15
        fake.words_per_chunk = 2
        served = Served(make_api(api_settings(tmp_path), edge_kb, api_anonymiser,
                                 drafter=MistralDrafter("k", fake.url)))
        try:
            page = open_pane(browser, served, 800)
            expect(page.locator("#status")).to_contain_text("Rédaction en cours",
                                                            timeout=60_000)
            partial = page.locator("#draft").inner_text()
            assert partial and "Sources :" not in partial
            ready(page)
            assert "Sources :" in page.locator("#draft").inner_text()
            page.context.close()
        finally:
            served.close()


def test_a_missing_key_asks_for_one(browser: Browser, offline: Served) -> None:
    page = open_pane(browser, offline, 800, with_key=False)
    expect(page.locator("#keyform")).to_be_visible()
    expect(page.locator("#status")).to_contain_text("clé d'accès")
    page.fill("#apikey", "srdt_wrong")
    page.click("#keyform button")
    expect(page.locator("#status")).to_contain_text("Authentification", timeout=30_000)
    page.fill("#apikey", offline.key)
    page.click("#keyform button")
    ready(page)
    page.context.close()


MSAL_STUB = """
window.__msal = [];
window.msal = { createNestablePublicClientApplication: async (config) => {
  window.__msal.push(["create", config]);
  return {
    acquireTokenSilent: async (request) => {
      window.__msal.push(["silent", request]);
      return { accessToken: %(token)s };
    },
    acquireTokenPopup: async () => { throw new Error("no popup in tests"); },
  };
} };
"""


def test_entra_sign_in_through_nested_app_authentication(
        browser: Browser, tmp_path: Path, edge_kb: KnowledgeBase, api_anonymiser: Anonymiser,
        jwks: Jwks) -> None:
    settings = api_settings(tmp_path, SRDT_AUTH_MODE="entra", ENTRA_CLIENT_ID=CLIENT_ID,
                            ENTRA_TENANT_IDS=TENANT, ENTRA_JWKS_URL=jwks.url)
    served = Served(make_api(settings, edge_kb, api_anonymiser))
    try:
        # MSAL.js itself is replaced by a stub: NAA needs Outlook as its broker
        page = open_pane(browser, served, 800, with_key=False,
                         msal_stub=MSAL_STUB % {"token": json.dumps(token())})
        ready(page)
        calls = page.evaluate("window.__msal")
        assert calls[0][1]["auth"]["clientId"] == CLIENT_ID
        assert ["silent", {"scopes": [f"api://{CLIENT_ID}/access_as_user"]}] in calls
        expect(page.locator("#keyform")).to_be_hidden()
        page.context.close()
    finally:
        served.close()


def test_the_vendored_msal_is_the_real_library(offline: Served) -> None:
    body = offline.app.test_client().get("/addin/vendor/msal-browser.min.js").get_data(True)
    assert body.startswith("/*! @azure/msal-browser v")
    assert "createNestablePublicClientApplication" in body


def _look(page: Page) -> dict[str, Any]:
    return page.evaluate("""() => ({
        font: getComputedStyle(document.body).fontFamily,
        reply: getComputedStyle(document.getElementById('reply')).backgroundColor,
        tag: getComputedStyle(document.querySelector('#chips .fr-tag')).borderRadius,
        dsfr: !document.getElementById('dsfr').disabled,
        neutral: document.documentElement.classList.contains('neutral'),
        sideways: document.documentElement.scrollWidth > window.innerWidth })""")


def test_the_pane_wears_the_state_design_system(browser: Browser, offline: Served) -> None:
    page = open_pane(browser, offline, 320)
    ready(page)
    look = _look(page)
    assert look["dsfr"] and not look["neutral"] and not look["sideways"]
    assert look["font"].startswith("Marianne")  # the vendored font, not the workstation's
    assert look["reply"] == "rgb(0, 0, 145)"  # bleu France, from the DSFR's button
    assert page.evaluate("document.fonts.check('16px Marianne')")
    page.context.close()


def test_outside_the_state_the_pane_drops_the_design_system(
        browser: Browser, tmp_path: Path, edge_kb: KnowledgeBase,
        api_anonymiser: Anonymiser) -> None:
    settings = api_settings(tmp_path, SRDT_ADDIN_THEME="neutral")
    served = Served(make_api(settings, edge_kb, api_anonymiser))
    try:
        page = open_pane(browser, served, 320)
        ready(page)
        look = _look(page)
        assert not look["dsfr"] and look["neutral"] and not look["sideways"]
        assert "Marianne" not in look["font"]
        assert look["reply"] == "rgb(0, 0, 145)"  # the pane's own fallback look
        page.click("#copy")  # and the controls still work
        expect(page.locator("#status")).to_contain_text("copié")
        page.context.close()
    finally:
        served.close()


def test_the_vendored_design_system_is_whole() -> None:
    """Every file the stylesheet names is there, and so is its licence (tools/vendor_dsfr.py)."""
    import re

    folder = Path(__file__).parent.parent / "addin" / "vendor" / "dsfr"
    css = (folder / "dsfr.min.css").read_text(encoding="utf-8")
    assert css.startswith("/*!\n * DSFR v1.15.3")
    urls = {u for u in re.findall(r"url\(([^)\"']+)\)", css) if not u.startswith("data:")}
    assert urls and all((folder / u).is_file() for u in urls)
    assert "Etalab" in (folder / "LICENSE.md").read_text(encoding="utf-8")
