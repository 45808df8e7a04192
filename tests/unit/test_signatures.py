"""Email signatures: escaping, link schemes, the mail programs' rules, the sandbox, templates, export, CLI."""

from __future__ import annotations

import dataclasses
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from esn_desk import cli
from esn_desk.core.errors import UserError
from esn_desk.core.kit.signatures import (
    DEFAULT_TEMPLATE,
    MAX_CHARACTERS,
    SignatureTemplate,
    builtin_templates,
    check_html,
    file_stem,
    https_url,
    mailto,
    programme_context,
    render_signature,
    tel,
    unique_file_stems,
)
from esn_desk.core.kit.tracking import KitPerson
from esn_desk.core.people import DirectoryQuery
from esn_desk.core.programme import ProgrammeRules
from esn_desk.core.settings import ProgrammeSettings
from esn_desk.core.store import Store, open_store

NASTY = '<b>Zoé & "Léa"</b>'
PROGRAMME = ProgrammeSettings(
    programme_name="Ambassadeurs Aurore",
    esn_name="Talkspirit",
    community_url="https://aurore.example.com/communities/ambassadors",
    brand_color="#2f6fde",
)


def person(**changes: object) -> KitPerson:
    base = KitPerson(
        ambassador_id=1,
        person_id=1,
        employee_id="0042",
        email="zoe.lea@aurore.fr",
        first_name="Zoé",
        last_name="Léa",
        full_name="Zoé Léa",
        job_title="Contrôleuse de gestion",
        department="Finance",
        site="Lyon Part-Dieu",
        city="Lyon",
        country="France",
        phone="+33 (0)4 72 00 00 00",
        role="Ambassador",
        status="active",
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def template(html: str, text: str = "{{ person.full_name }}") -> SignatureTemplate:
    return SignatureTemplate("Test", html, text)


TABLE = (
    '<table cellpadding="0" cellspacing="0" border="0"><tr><td style="color:#333333;">{}</td></tr></table>'
)


# -- escaping and link schemes ------------------------------------------------------------------------
@pytest.mark.parametrize("tpl", builtin_templates(), ids=lambda t: t.name)
def test_a_nasty_name_renders_as_text_in_every_builtin(tpl: SignatureTemplate) -> None:
    signature = render_signature(tpl, person(full_name=NASTY, job_title="R&D <i>lead</i>"), PROGRAMME)
    assert "<b>" not in signature.html and "<i>" not in signature.html
    assert "&lt;b&gt;Zoé &amp; &#34;Léa&#34;&lt;/b&gt;" in signature.html
    assert "R&amp;D &lt;i&gt;lead&lt;/i&gt;" in signature.html
    # the plain-text twin is not HTML: the name stays exactly as typed
    assert NASTY in signature.text and "&amp;" not in signature.text


def test_link_helpers_only_let_https_mailto_and_tel_through() -> None:
    assert https_url("https://aurore.example.com/c?x=1&y=2") == "https://aurore.example.com/c?x=1&y=2"
    assert https_url("  HTTPS://Example.com/ ") == "HTTPS://Example.com/"
    for bad in (
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "http://example.com",
        "data:text/html,<script>",
        "https://",
        "https://exa mple.com",
        'https://example.com/"onmouseover="x',
        "//example.com",
        "ftp://example.com",
        None,
        "",
    ):
        assert https_url(bad) == "", bad
    assert mailto("zoe.lea@aurore.fr") == "mailto:zoe.lea@aurore.fr"
    assert mailto("mailto:zoe@aurore.fr") == "mailto:zoe@aurore.fr"
    for bad in ("javascript:alert(1)", "zoe", "zoe@", "a@b@c.fr", "zoe@x.fr?bcc=all@x.fr", "<a@b.fr>", ""):
        assert mailto(bad) == "", bad
    assert tel("+33 (0)4 72 00 00 00") == "tel:+33472000000"
    assert tel("04.72.00.00.00") == "tel:0472000000"
    assert tel("0044 20 7946 0958") == "tel:+442079460958"
    assert tel("tel:+1-555-0100") == "tel:+15550100"
    for bad in ("javascript:alert(1)", "call me", "12", "+33 4 72 00 00 00 ext. 12", "+33+44", ""):
        assert tel(bad) == "", bad


def test_a_javascript_link_in_a_field_never_reaches_the_html() -> None:
    tpl = template(
        TABLE.format(
            '<a href="{{ person.email | mailto }}">mail</a> '
            '<a href="{{ programme.community_url | https_url }}">community</a> '
            '{% if person.phone | tel %}<a href="{{ person.phone | tel }}">call</a>{% endif %}'
        )
    )
    programme = dataclasses.replace(PROGRAMME, community_url="javascript:alert(document.cookie)")
    signature = render_signature(tpl, person(email="javascript:alert(1)", phone="javascript:x()"), programme)
    assert "javascript" not in signature.html.lower()
    assert "A link has no address: wrap it in {% if … %} so it is left out when the field is empty." in (
        signature.problems
    )
    assert not signature.unsafe


def test_brand_colour_is_sanitised_and_text_colours_follow_it() -> None:
    assert (
        programme_context(dataclasses.replace(PROGRAMME, brand_color="red;x:expression(1)"))["brand_color"]
        == ProgrammeSettings().brand_color
    )
    light = programme_context(dataclasses.replace(PROGRAMME, brand_color="#FFE066"))
    assert light["brand_color"] == "#ffe066" and light["brand_text_color"] == "#000000"
    assert light["brand_ink"] != "#ffe066"  # darkened to be readable on white
    dark = programme_context(dataclasses.replace(PROGRAMME, brand_color="#123456"))
    assert dark["brand_text_color"] == "#ffffff" and dark["brand_ink"] == "#123456"


# -- the mail programs' rules -------------------------------------------------------------------------
@pytest.mark.parametrize("tpl", builtin_templates(), ids=lambda t: t.name)
@pytest.mark.parametrize(
    "who",
    [
        person(),
        person(phone="", job_title="", department="", site="", email="", role=""),
        person(full_name="Marie-Antoinette de La Rochefoucauld-Liancourt " * 3),
    ],
    ids=["full", "sparse", "long-name"],
)
def test_every_builtin_passes_the_rules(tpl: SignatureTemplate, who: KitPerson) -> None:
    for programme in (
        PROGRAMME,
        dataclasses.replace(PROGRAMME, community_url="", signature_image_url="https://cdn.example.com/a.png"),
    ):
        signature = render_signature(tpl, who, programme)
        assert signature.problems == (), signature.problems
        assert who.full_name.strip() in signature.text
        assert "<table" in signature.html and len(signature.html) < 4_000


def test_with_image_uses_the_settings_image_or_initials() -> None:
    tpl = next(t for t in builtin_templates() if t.name == "With image")
    with_image = dataclasses.replace(PROGRAMME, signature_image_url="https://cdn.example.com/ambassador.png")
    html = render_signature(tpl, person(), with_image).html
    assert '<img src="https://cdn.example.com/ambassador.png" width="96"' in html
    html = render_signature(tpl, person(), PROGRAMME).html
    assert "<img" not in html and ">ZL</td>" in html


@pytest.mark.parametrize(
    ("fragment", "expected", "unsafe"),
    [
        ("<style>td{color:red}</style>" + TABLE.format("x"), "Remove the <style> block", False),
        (TABLE.format("<div>x</div>"), "Replace the <div>", False),
        ("<script>alert(1)</script>" + TABLE.format("x"), "Remove the <script> element", True),
        (TABLE.format('<img src="data:image/png;base64,AAAA" width="10">'), "Gmail drops those", True),
        (
            TABLE.format('<img src="http://cdn.example.com/a.png" width="10">'),
            "not on a secure address",
            False,
        ),
        (TABLE.format('<img src="logo.png" width="10">'), "not an absolute https address", False),
        (TABLE.format('<img src="https://cdn.example.com/a.png">'), "Give each image a width", False),
        (TABLE.format('<img src="https://cdn.example.com/a.png" width="800">'), "800 px wide", False),
        ('<table width="650"><tr><td>x</td></tr></table>', "650 px wide", False),
        ('<table style="width: 720px"><tr><td>x</td></tr></table>', "720 px wide", False),
        ('<table><tr><td style="max-width:601px;">x</td></tr></table>', "601 px wide", False),
        ("<p>Zoé</p>", "Put the whole signature in a table", False),
        (TABLE.format("x") + "loose text", "Put the whole signature in a table", False),
        (TABLE.format('<a href="javascript:alert(1)">x</a>'), "javascript: address", True),
        (TABLE.format('<a href="java&#09;script:alert(1)">x</a>'), "javascript: address", True),
        (TABLE.format('<a href="http://x.example.com">x</a>'), "links may only be https", False),
        (TABLE.format('<a href="ftp://x.example.com">x</a>'), "links may only be https", True),
        (TABLE.format('<span onmouseover="x()">x</span>'), "onmouseover", True),
        (TABLE.format('<span style="background:url(http://x.example.com/a.png)">x</span>'), "secure", False),
        ("<html><body>" + TABLE.format("x") + "</body></html>", "Leave out <html>", False),
        (TABLE.format("x" * MAX_CHARACTERS), "Gmail accepts at most 10,000", False),
        (TABLE.format('<iframe src="https://x.example.com"></iframe>'), "<iframe>", True),
        ("", "empty", False),
    ],
)
def test_rule_breaks_are_reported_in_plain_words(fragment: str, expected: str, unsafe: bool) -> None:
    problems = check_html(fragment)
    assert any(expected in p for p in problems), problems
    signature = render_signature(template("{% raw %}" + fragment + "{% endraw %}"), person(), PROGRAMME)
    assert any(expected in p for p in signature.problems)
    assert signature.unsafe is unsafe


def test_a_clean_table_has_no_problem() -> None:
    assert check_html(TABLE.format('<a href="tel:+33472000000">call</a>')) == []
    assert check_html('<table width="100%" style="width:600px"><tr><td>x<br>y</td></tr></table>') == []


# -- the sandbox and template errors ------------------------------------------------------------------
@pytest.mark.parametrize(
    "source",
    [
        "{{ ''.__class__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ person.__class__ }}",
        "{{ range.__globals__ }}",
        "{{ https_url.__globals__ }}",
        "{{ 'x' * 100000000 }}",
        "{% for i in range(100000) %}{% endfor %}",
        "{% set s = 'x' * 1000 %}{{ s * 1000 }}",
        "{% set s = 'x' * 1000 %}{{ (s * 100) + (s * 100) }}",
        "{{ person | attr('__class__') }}",
    ],
)
def test_the_sandbox_refuses_python_internals_and_huge_work(source: str) -> None:
    tpl = template(TABLE.format("\n" + source))
    with pytest.raises(
        UserError,
        match=r"Template “Test” \(HTML\), line 2: .*(not allowed in|cannot be used in) a signature",
    ):
        render_signature(tpl, person(), PROGRAMME)


@pytest.mark.parametrize(
    ("html", "text", "message"),
    [
        ("<table>\n{% if %}</table>", "x", r"\(HTML\), line 2: a name or a value is missing before “%}”"),
        (TABLE.format("{{ person.full_name }}"), "a\nb\n{{ person.nickname }}", r"\(plain text\), line 3: "),
        ("x\n{{ nickname }}", "x", r"line 2: “nickname” is unknown: write person"),
        ("x\n\n{{ 1 / 0 }}", "x", r"line 3: the template could not be computed \(division by zero\)"),
        (
            "x\n{% for a in range(9) %}{% for b in range(9) %}{% for c in range(9) %}"
            "{% endfor %}{% endfor %}{% endfor %}",
            "x",
            r"\(HTML\), line 2: loops nested more than 2 deep are not allowed in a signature\.$",
        ),
        ("x", "{% include 'other' %}", r"\(plain text\), line 1: the template could not be computed"),
    ],
)
def test_template_errors_name_the_line(html: str, text: str, message: str) -> None:
    with pytest.raises(UserError, match=message):
        render_signature(template(html, text), person(), PROGRAMME)


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("{{ person.full_name }", "a single “}” ends a “{{”: write “}}”"),
        ("{{ person.full_name", "a “{{” is never closed: end it with “}}”"),
        ("{% if person.phone x{% endif %}", "a “{%” is never closed: end it with “%}”"),
        (
            "{% if person.phone %}x",
            "the template ends inside a “{% if %}” block: close it with “{% endif %}”",
        ),
        (
            "{% for r in range(2) %}x",
            "the template ends inside a “{% for %}” block: close it with “{% endfor %}”",
        ),
        (
            "{% if person.phone %}x{% endfor %}",
            "“{% endfor %}” found where the open “{% if %}” block should be closed with “{% endif %}”",
        ),
        ("{% endif %}", "“{% endif %}” closes a block that was never opened"),
        ("{% iff person.phone %}", "“{% iff %}” is not a known tag (use if, elif, else, for or set)"),
        ('{{ "Lyon }}', 'a text in quotes is never closed: add the closing "'),
        ("{{ person.full_name ! }}", "the character “!” cannot be used here"),
        ("{{ person.first_name person.last_name }}", "“person” found where “}}” was expected"),
        ("{{ person.site[ }}", "“}” found where “]” was expected"),
        ("{{ }}", "a name or a value is missing before “}}”"),
        ("{{ person..site }}", "a name is missing after a dot"),
        ("{{ person.site | }}", "“}}” found where a name was expected"),
        ("{% %}", "“{% %}” is empty: write a tag such as if or for inside it"),
        ("{# draft", "a comment “{#” is never closed: end it with “#}”"),
        ("{{ person.site | shout }}", "there is no filter named “shout”"),
        ("{{ person.site.__class__ }}", "“.__class__” cannot be used in a signature template"),
    ],
)
def test_template_mistakes_are_explained_in_the_templates_own_symbols(source: str, message: str) -> None:
    """The usual slips of someone editing a template, in words (Jinja's own messages are English-only
    and talk about tokens: "unexpected end of template, expected 'end of print statement'")."""
    with pytest.raises(UserError) as error:
        render_signature(template(TABLE.format("\n" + source)), person(), PROGRAMME)
    assert str(error.value) == f"Template “Test” (HTML), line 2: {message}."


def test_an_unknown_field_lists_the_fields() -> None:
    with pytest.raises(UserError) as error:
        render_signature(template(TABLE.format("{{ person.nickname }}")), person(), PROGRAMME)
    assert "“nickname” is not a field" in str(error.value) and "person.job_title" in str(error.value)


# -- templates in the programme -----------------------------------------------------------------------
@pytest.fixture
def store() -> Iterator[Store]:
    s = open_store(":memory:")
    rows = [
        ("1", "Zoé", "Léa", "Lyon"),
        ("2", "Anne", "Durand", "Lyon"),
        ("3", "Anne", "Durand", "Nantes"),  # a namesake: file names must stay unique
        ("4", "Con", "", "Paris"),  # CON is a reserved device name on Windows
        ("5", '<b>Zoé & "Léa"</b>', "", "Lyon"),
    ]
    s.people.insert_many(
        [
            {
                "employee_id": eid,
                "first_name": first,
                "last_name": last,
                "email": f"p{eid}@aurore.fr",
                "site": site,
                "job_title": "Comptable",
            }
            for eid, first, last, site in rows
        ],
        source="test",
    )
    s.settings.save(PROGRAMME)
    s.programme.save_rules(ProgrammeRules(flow="none", rules=[]))
    s.programme.recruit_many(s.people.match_ids(DirectoryQuery()), role="Ambassador")
    for row in s.programme.roster():
        s.programme.transition(row["id"], "active", by="test")
    yield s
    s.close()


def test_builtins_are_read_only_and_user_templates_are_saved_renamed_deleted(store: Store) -> None:
    service = store.signatures
    assert service.names()[:4] == ["Ambassador line", "Banner", "Minimal", "With image"]
    builtin = service.template("banner")
    assert builtin.builtin and builtin.name == "Banner"
    for action in (
        lambda: service.update("Banner", "x", "y"),
        lambda: service.rename("Banner", "Mine"),
        lambda: service.delete("banner"),
        lambda: service.create("MINIMAL", "x", "y"),
    ):
        with pytest.raises(UserError, match=r"built-in|already a template"):
            action()
    copy = service.create("  Ours  ", builtin.html, builtin.text)  # Save as…
    assert copy.name == "Ours" and not copy.builtin and copy.updated_at
    assert service.names() == ["Ambassador line", "Banner", "Minimal", "With image", "Ours"]
    with pytest.raises(UserError, match="already a template called “ours”"):
        service.create("ours", "x", "y")
    with pytest.raises(UserError, match="line 1"):
        service.update("Ours", "{% if %}", "x")  # a broken template is not saved
    service.update("ours", TABLE.format("{{ person.full_name }}"), "{{ person.full_name }}")
    assert "{{ person.full_name }}" in service.template("Ours").html
    service.rename("Ours", "Ours (Lyon)")
    assert service.template("ours (lyon)").name == "Ours (Lyon)"
    with pytest.raises(UserError, match="no signature template “Ours”"):
        service.template("Ours")
    service.rename("Ours (Lyon)", "ours (LYON)")  # a change of case only
    service.delete("Ours (Lyon)")
    assert service.names() == ["Ambassador line", "Banner", "Minimal", "With image"]
    for bad in ("", "   ", "x" * 61, "a\x00b"):
        with pytest.raises(UserError):
            service.create(bad, "x", "y")


def test_render_by_name_uses_the_programme_settings(store: Store) -> None:
    who = store.kit.people()[0]
    signature = store.signatures.render(DEFAULT_TEMPLATE, who)
    assert "Talkspirit Ambassador" in signature.html and "https://aurore.example.com/" in signature.html


# -- file names and export ----------------------------------------------------------------------------
def test_file_names_fit_windows_and_outlook() -> None:
    assert file_stem("Zoé Léa") == "Zoé Léa"
    assert file_stem("Zoe\u0301 Le\u0301a") == "Zoé Léa"  # decomposed accents become NFC
    assert file_stem('<b>Zoé & "Léa"</b>') == "Zoé & Léa"
    assert file_stem("Dupont <Paris>") == "Dupont" and file_stem("1 < 2") == "1 2"
    assert file_stem("a/b\\c:d*e?f|g") == "a b c d e f g"
    assert file_stem("Dr. Who. ") == "Dr. Who"
    assert file_stem("   ") == "signature" and file_stem("...") == "signature"
    for reserved in ("CON", "con", "Nul", "COM1", "lpt9", "AUX.txt", "PRN "):
        stem = file_stem(reserved)
        assert stem.split(".")[0].upper().rstrip("_ ") == reserved.split(".")[0].upper().strip()
        assert stem.endswith("_"), stem
    assert file_stem("Conrad") == "Conrad"
    long = file_stem("Marie-Antoinette de La Rochefoucauld-Liancourt " * 5)
    assert len(long) <= 90 and not long.endswith((" ", "."))
    stems = unique_file_stems(["Anne Durand", "anne durand", "Anne Durand", "x" * 200, "x" * 200])
    assert stems[:3] == ["Anne Durand", "anne durand (2)", "Anne Durand (3)"]
    assert stems[4].endswith(" (2)") and len(stems[4]) + len(".htm") <= 100
    assert len({s.casefold() for s in stems}) == len(stems)
    for stem in stems:
        assert not re.search(r'[<>:"/\\|?*\x00-\x1f]', stem)


def test_export_writes_htm_txt_and_an_index(store: Store, tmp_path: Path) -> None:
    people = store.kit.people()
    folder = tmp_path / "out" / "signatures"
    result = store.signatures.export(people, "Banner", folder)
    assert result.template == "Banner" and len(result.signatures) == 5
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 11 and "index.html" in names
    assert {"Anne Durand.htm", "Anne Durand (2).htm", "Con_.htm", "Zoé Léa.txt"} <= set(names)
    assert sorted(p.name for p in result.paths) == names
    nasty = next(s for s in result.signatures if s.person.full_name.startswith("<b>"))
    htm = nasty.html_path.read_text(encoding="utf-8")
    assert htm.startswith("<!DOCTYPE html>\n<html>\n<head>\n")
    assert '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">' in htm
    assert "&lt;b&gt;Zoé &amp; &#34;Léa&#34;&lt;/b&gt;" in htm and "<b>" not in htm
    raw = nasty.text_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw  # BOM and CRLF for Outlook / Notepad
    assert raw.decode("utf-8-sig").startswith('<b>Zoé & "Léa"</b>\r\n')
    index = result.index_path.read_text(encoding="utf-8")
    assert index.count('.txt">') == 5 and 'href="Anne%20Durand%20%282%29.htm"' in index
    assert "&lt;b&gt;Zoé" in index and "<b>Zoé" not in index
    assert store.kit.progress()["signature"]["given"] == 0  # exporting records nothing


def test_export_refuses_unsafe_templates_and_bad_folders(store: Store, tmp_path: Path) -> None:
    people = store.kit.people()
    unsafe = template(TABLE.format('<a href="javascript:alert(1)">x</a>'))
    with pytest.raises(UserError, match=r"Nothing was exported.*javascript"):
        store.signatures.export(people, unsafe, tmp_path / "a")
    assert not (tmp_path / "a").exists()
    with pytest.raises(UserError, match="Nobody"):
        store.signatures.export([], DEFAULT_TEMPLATE, tmp_path / "b")
    file = tmp_path / "file"
    file.write_text("x")
    with pytest.raises(UserError, match="is a file, not a folder"):
        store.signatures.export(people, DEFAULT_TEMPLATE, file)
    too_long = template(TABLE.format("{{ person.full_name }}" + "x" * MAX_CHARACTERS))
    result = store.signatures.export(people, too_long, tmp_path / "c")  # a warning, still written
    assert all("Gmail accepts at most" in s.problems[0] for s in result.signatures)


# -- the command line ---------------------------------------------------------------------------------
def test_cli_exports_signatures(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "programme.esndesk"
    with store.db.read() as conn:
        target = sqlite3.connect(db)
        conn.backup(target)
        target.close()
    out = tmp_path / "out"
    assert cli.main(["--db", str(db), "kit", "signatures", str(out), "--template", "minimal"]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith(f"Wrote 5 signatures (template “Minimal”, .htm + .txt each) to {out}")
    assert "  Zoé Léa.htm, Zoé Léa.txt" in printed and "Con_.htm" in printed
    assert len(list(out.glob("*.htm"))) == 5 and (out / "index.html").exists()
    # nothing was marked as given
    check = open_store(db)
    assert check.kit.progress()["signature"]["given"] == 0
    check.close()

    assert cli.main(["--db", str(db), "kit", "signatures", str(out), "--template", "Nope"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no signature template “Nope”" in err and "Banner" in err

    empty = tmp_path / "empty.esndesk"
    open_store(empty).close()
    assert cli.main(["--db", str(empty), "kit", "signatures", str(tmp_path / "none")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no active ambassador" in err
    assert not (tmp_path / "none").exists()
