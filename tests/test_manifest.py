"""The Outlook manifest, as the API serves it, checked with lxml: Microsoft's validator needs
its web service, so the rules it applies that matter to us are checked here."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import pytest
from flask.testing import FlaskClient
from lxml import etree

from api.routes.addin import MANIFEST, render_manifest
from assistant.anonymise import Anonymiser
from corpus.kb import KnowledgeBase
from srdt_assist.config import Settings
from tests.conftest import api_settings, make_api

BASE = "https://srdt.example.gouv.fr"
NS = {"o": "http://schemas.microsoft.com/office/appforoffice/1.1",
      "bt": "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
      "v0": "http://schemas.microsoft.com/office/mailappversionoverrides",
      "v1": "http://schemas.microsoft.com/office/mailappversionoverrides/1.1",
      "xsi": "http://www.w3.org/2001/XMLSchema-instance"}
XSI_TYPE = f"{{{NS['xsi']}}}type"
# the MailApp schema is a sequence: this is its order (optional elements included)
ORDER = ["Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName",
         "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains",
         "Hosts", "Requirements", "FormSettings", "Permissions", "Rule",
         "DisableEntityHighlighting", "VersionOverrides"]


@pytest.fixture()
def client(tmp_path: Path, edge_kb: KnowledgeBase, api_anonymiser: Anonymiser) -> FlaskClient:
    return make_api(api_settings(tmp_path, PUBLIC_BASE_URL=BASE), edge_kb,
                    api_anonymiser).test_client()


@pytest.fixture()
def root(client: FlaskClient) -> etree._Element:
    resp = client.get("/manifest.xml")
    assert resp.status_code == 200 and resp.mimetype == "application/xml"
    return etree.fromstring(resp.data)


def local(el: etree._Element) -> str:
    return etree.QName(el).localname


def test_top_level_elements_in_schema_order(root: etree._Element) -> None:
    names = [local(el) for el in root if isinstance(el.tag, str)]
    assert [n for n in ORDER if n in names] == names
    assert root.get(XSI_TYPE) == "MailApp"
    guid = root.findtext("o:Id", namespaces=NS)
    assert re.fullmatch(r"[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", guid)
    assert re.fullmatch(r"\d+\.\d+\.\d+\.\d+", root.findtext("o:Version", namespaces=NS))
    assert root.findtext("o:DefaultLocale", namespaces=NS) == "fr-FR"


def test_requirements_permissions_and_form(root: etree._Element) -> None:
    sets = root.findall("o:Requirements/o:Sets/o:Set", NS)
    assert [s.get("Name") for s in sets] == ["Mailbox"]
    assert all(float(s.get("MinVersion")) <= 1.5 for s in sets)
    assert root.findtext("o:Permissions", namespaces=NS) == "ReadItem"
    read, edit = root.findall("o:FormSettings/o:Form", NS)
    assert (read.get(XSI_TYPE), edit.get(XSI_TYPE)) == ("ItemRead", "ItemEdit")
    assert 32 <= int(read.findtext("o:DesktopSettings/o:RequestedHeight", namespaces=NS)) <= 450
    # the reply being written opens the same pane, to send its final text back
    assert (edit.find("o:DesktopSettings/o:SourceLocation", NS).get("DefaultValue")
            == read.find("o:DesktopSettings/o:SourceLocation", NS).get("DefaultValue"))
    rules = root.findall("o:Rule/o:Rule", NS)
    assert [(r.get("ItemType"), r.get("FormType")) for r in rules] == [("Message", "Read"),
                                                                      ("Message", "Edit")]
    for sets_el in root.iter(f"{{{NS['bt']}}}Sets"):
        assert float(sets_el.get("DefaultMinVersion")) <= 1.5


def test_both_overrides_hold_a_read_and_a_compose_button_that_open_the_pane(
        root: etree._Element) -> None:
    v0 = root.find("v0:VersionOverrides", NS)
    v1 = v0.find("v1:VersionOverrides", NS)
    assert v0.get(XSI_TYPE) == "VersionOverridesV1_0" and v1.get(XSI_TYPE) == "VersionOverridesV1_1"
    for over, ns in ((v0, "v0"), (v1, "v1")):
        points = over.findall(f"{ns}:Hosts/{ns}:Host/{ns}:DesktopFormFactor/{ns}:ExtensionPoint",
                              NS)
        assert [p.get(XSI_TYPE) for p in points] == ["MessageReadCommandSurface",
                                                     "MessageComposeCommandSurface"]
        for point in points:
            actions = point.findall(f".//{ns}:Action", NS)
            assert [a.get(XSI_TYPE) for a in actions] == ["ShowTaskpane"]
        controls = [c.get("id") for c in over.iter(f"{{{NS[ns]}}}Control")]
        assert len(controls) == len(set(controls)) == 2  # ids unique in the manifest
        ids = {el.get("id") for el in over.find(f"{ns}:Resources", NS).iter()
               if el.get("id")}
        used = {el.get("resid") for el in over.iter() if el.get("resid")}
        assert used and used <= ids, used - ids  # every resource id resolves


def test_every_url_is_https_on_the_declared_domain(root: etree._Element,
                                                   client: FlaskClient) -> None:
    domains = {d.text for d in root.findall("o:AppDomains/o:AppDomain", NS)}
    assert domains == {BASE}
    urls = [el.get("DefaultValue") for el in root.iter()
            if (el.get("DefaultValue") or "").startswith(("http:", "https:"))]
    urls += [el.text for el in root.iter() if (el.text or "").startswith(("http:", "https:"))]
    assert len(urls) >= 8
    for url in urls:
        parsed = urlparse(url)
        assert parsed.scheme == "https" and f"https://{parsed.netloc}" in domains, url
    for url in urls:  # and the files the manifest names are served, the pane excepted
        path = urlparse(url).path
        if path.startswith("/addin/assets/"):
            assert client.get(path).status_code == 200, path


def test_the_template_names_only_the_placeholder() -> None:
    text = MANIFEST.read_text(encoding="utf-8")
    assert "https://" not in text.replace("${PUBLIC_BASE_URL}", "")
    assert "${PUBLIC_BASE_URL}" not in render_manifest(BASE)


def test_missing_addin_file_is_a_json_404(client: FlaskClient) -> None:
    resp = client.get("/addin/nothing-here.js")
    assert resp.status_code == 404 and resp.get_json()["code"] == "not_found"
    assert client.get("/addin/../setup.cfg").status_code == 404


def test_the_pane_config_says_its_theme(tmp_path: Path, edge_kb: KnowledgeBase,
                                        api_anonymiser: Anonymiser) -> None:
    for theme in ("dsfr", "neutral"):
        app = make_api(api_settings(tmp_path / theme, SRDT_ADDIN_THEME=theme), edge_kb,
                       api_anonymiser)
        body = app.test_client().get("/addin/config.json").get_json()
        assert body == {"auth": "apikey", "theme": theme}
    with pytest.raises(ValueError, match="SRDT_ADDIN_THEME must be one of dsfr, neutral"):
        Settings.from_env({"SRDT_ADDIN_THEME": "marianne"})
