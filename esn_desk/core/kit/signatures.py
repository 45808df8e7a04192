"""Email signatures: templates (built-in and the programme's own) → HTML + plain text, checks, export.

What mail programs accept decides the rules (see ``GUIDE.md``, "HTML signatures"): classic Outlook lays
out HTML with Word's engine and Gmail keeps a subset of it, so a signature is a table with inline CSS, no
``<style>``, ``<script>`` or ``<div>`` layout, at most 600 px wide, images only by absolute https address
(Gmail drops ``data:`` images) and under Gmail's 10,000 characters. :func:`check_html` reports what breaks
those rules in plain words, for the editor to show while the user types.

Templates are Jinja2, rendered in a sandbox with autoescaping: a person named ``<b>Zoé & "Léa"</b>`` is
text, never markup, and a template cannot reach Python internals (``''.__class__``). Escaping does not
stop ``javascript:`` links, so link addresses go through :func:`https_url`, :func:`mailto` and :func:`tel`,
which only let those schemes through, and :func:`check_html` refuses any other scheme.
"""

from __future__ import annotations

import dataclasses
import functools
import html as html_lib
import re
import unicodedata
import urllib.parse
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Final

from jinja2 import StrictUndefined, Template, TemplateSyntaxError, UndefinedError, nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from esn_desk import paths
from esn_desk.core.db import Database
from esn_desk.core.errors import UserError
from esn_desk.core.i18n import QT_TRANSLATE_NOOP, number, plural, translate
from esn_desk.core.kit.tracking import KitPerson, role_label
from esn_desk.core.settings import ProgrammeSettings, SettingsService

MAX_WIDTH_PX: Final = 600
MAX_CHARACTERS: Final = 10_000  # Gmail refuses longer signatures
MAX_FILE_NAME: Final = 100  # characters of a file name, extension included
MAX_TEMPLATE_NAME: Final = 60
DEFAULT_BRAND: Final = ProgrammeSettings().brand_color

# -- link helpers -------------------------------------------------------------------------------------
_UNSAFE_URL_CHARS: Final = re.compile(r"[\s\x00-\x1f\x7f<>\"'`\\]")
_EMAIL: Final = re.compile(r"[^@\s<>\"'`\\,;:()\[\]]+@[^@\s<>\"'`\\,;:()\[\]]+\.[^@\s<>\"'`\\,;:()\[\].]+")


def https_url(value: object) -> str:
    """``value`` if it is an absolute https address (``https://host/…``), else ``""``."""
    text = str(value or "").strip()
    if not text.lower().startswith("https://") or _UNSAFE_URL_CHARS.search(text):
        return ""
    host = urllib.parse.urlsplit(text).netloc
    return text if host and not host.startswith("@") else ""


def mailto(value: object) -> str:
    """``mailto:address`` for a plausible email address (``mailto:`` prefix allowed), else ``""``."""
    text = str(value or "").strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    if not _EMAIL.fullmatch(text):
        return ""
    return "mailto:" + urllib.parse.quote(text, safe="@.+-_~!$'*=")


def tel(value: object) -> str:
    """``tel:+33123456789`` from a phone number as people write it (spaces, dots, dashes, brackets,
    a ``(0)`` trunk prefix, ``tel:`` prefix allowed), else ``""``."""
    text = str(value or "").strip()
    if text.lower().startswith("tel:"):
        text = text[4:]
    if text.startswith("00"):
        text = "+" + text[2:]
    plus = text.startswith("+")
    if plus:
        text = text.replace("(0)", "")
    if re.search(r"[^\d\s().\-/+]", text) or "+" in text[1:]:
        return ""  # letters, extensions, several numbers: not something to dial
    digits = re.sub(r"\D", "", text)
    if not 3 <= len(digits) <= 17:
        return ""
    return "tel:" + ("+" if plus else "") + digits


# -- colours ------------------------------------------------------------------------------------------
def _rgb(color: str) -> tuple[int, int, int]:
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


def _luminance(color: str) -> float:
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else float(((v + 0.055) / 1.055) ** 2.4)

    r, g, b = (channel(c) for c in _rgb(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _ink(color: str) -> str:
    """The brand colour, darkened until it reads as text on white (contrast ≥ 4.5, WCAG AA)."""
    r, g, b = _rgb(color)
    for _ in range(40):
        candidate = f"#{r:02x}{g:02x}{b:02x}"
        if _contrast(candidate, "#ffffff") >= 4.5:
            return candidate
        r, g, b = int(r * 0.9), int(g * 0.9), int(b * 0.9)
    return "#333333"


def programme_context(settings: ProgrammeSettings) -> dict[str, Any]:
    """The ``programme`` a template sees: every setting, a safe brand colour, and two derived colours
    (``brand_ink``: the brand colour readable as text on white; ``brand_text_color``: black or white,
    whichever reads on a band of the brand colour)."""
    values = dataclasses.asdict(settings)
    brand = settings.brand_color if re.fullmatch(r"#[0-9a-fA-F]{6}", settings.brand_color) else DEFAULT_BRAND
    brand = brand.lower()
    values["brand_color"] = brand
    values["brand_ink"] = _ink(brand)
    values["brand_text_color"] = (
        "#ffffff" if _contrast(brand, "#ffffff") >= _contrast(brand, "#000000") else "#000000"
    )
    return values


def person_context(person: KitPerson) -> dict[str, Any]:
    """The ``person`` a template sees: the :class:`KitPerson` fields (plain text) and ``initials``."""
    values: dict[str, Any] = {f.name: getattr(person, f.name) for f in dataclasses.fields(person)}
    values["initials"] = person.initials
    return values


def labels_context(person: Mapping[str, Any], programme: Mapping[str, Any]) -> dict[str, str]:
    """The ``labels`` a template sees: the words of the built-in templates in the interface language,
    so a signature speaks the language of whoever exports it (``labels.esn_role``: "Talkspirit
    Ambassador" / "Ambassadeur Talkspirit"; a default role is translated, the programme's own roles
    are kept as they are)."""
    esn = " ".join(str(programme.get("esn_name") or "").split())
    role = role_label(str(person.get("role") or "")) or translate("KitSignatures", "Ambassador")
    community = https_url(programme.get("community_url"))
    return {
        "role": role,
        # the role and the network's name, in the order the language puts them
        "esn_role": " ".join(translate("KitSignatures", "{esn} {role}").format(esn=esn, role=role).split()),
        "ask_me_about": " ".join(translate("KitSignatures", "Ask me about {esn}").format(esn=esn).split()),
        "ask_me_about_it": translate("KitSignatures", "Ask me about it"),
        "join_the_community": translate("KitSignatures", "Join the community"),
        "join_the_community_at": translate("KitSignatures", "Join the community: {url}").format(
            url=community
        ),
    }


PERSON_FIELDS: Final = (*(f.name for f in dataclasses.fields(KitPerson)), "initials")
LABEL_FIELDS: Final = (
    "role",
    "esn_role",
    "ask_me_about",
    "ask_me_about_it",
    "join_the_community",
    "join_the_community_at",
)
PROGRAMME_FIELDS: Final = (
    *(f.name for f in dataclasses.fields(ProgrammeSettings)),
    "brand_ink",
    "brand_text_color",
)


# -- checking rendered HTML ---------------------------------------------------------------------------
_WHOLE_PAGE: Final = QT_TRANSLATE_NOOP(
    "KitSignatures",
    "Leave out <html>, <head> and <body>: the template is the signature itself (the export adds them).",
)
# What to do about each tag (in English; translated where reported)
_FORBIDDEN_TAGS: Final = {
    "style": QT_TRANSLATE_NOOP(
        "KitSignatures",
        'Remove the <style> block: Gmail and Outlook drop it; put the CSS in style="…" attributes.',
    ),
    "div": QT_TRANSLATE_NOOP(
        "KitSignatures",
        "Replace the <div> with table rows and cells: Outlook ignores the size and spacing of <div>s.",
    ),
    "html": _WHOLE_PAGE,
    "head": _WHOLE_PAGE,
    "body": _WHOLE_PAGE,
    "link": QT_TRANSLATE_NOOP(
        "KitSignatures", "Remove the <link> element: mail programs do not load style sheets."
    ),
    "svg": QT_TRANSLATE_NOOP(
        "KitSignatures",
        "Remove the <svg> drawing: Outlook and Gmail do not show it; use a PNG by https address.",
    ),
    "video": QT_TRANSLATE_NOOP("KitSignatures", "Remove the video: mail programs do not play it."),
    "audio": QT_TRANSLATE_NOOP("KitSignatures", "Remove the audio: mail programs do not play it."),
    "canvas": QT_TRANSLATE_NOOP("KitSignatures", "Remove the <canvas>: mail programs do not show it."),
}
_UNSAFE_TAGS: Final = {
    "script",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "form",
    "input",
    "button",
    "select",
    "textarea",
    "meta",
    "base",
    "noscript",
    "template",
}
_LINK_SCHEMES: Final = ("https:", "mailto:", "tel:")
_WIDTH_STYLE: Final = re.compile(
    r"(?:^|;|\s)(?:min-|max-)?width\s*:\s*(\d+(?:\.\d+)?)\s*(px|pt)?\s*(?:!important\s*)?(?=;|$)", re.I
)
_URL_IN_STYLE: Final = re.compile(r"url\(\s*['\"]?([^'\")]*)['\"]?\s*\)", re.I)


def _squash(value: str) -> str:
    """A URL as a browser reads its scheme: without whitespace and control characters, lower case."""
    return re.sub(r"[\x00-\x20\x7f]", "", value).lower()


def _image_problem(url: str) -> str | None:
    squashed = _squash(url)
    if squashed.startswith("data:"):
        return translate(
            "KitSignatures",
            "An image is embedded in the signature (data: address): Gmail drops those. Put the image "
            "on a web server and use its https address (programme settings → signature image).",
        )
    if squashed.startswith("http:"):
        return translate(
            "KitSignatures",
            "The image {url} is not on a secure address: use https:// (mail programs block http images).",
        ).format(url=url)
    if not https_url(url):
        return translate(
            "KitSignatures",
            "The image “{url}” is not an absolute https address: mail programs only show images "
            "given as https://…",
        ).format(url=url)
    return None


class _HtmlChecker(HTMLParser):
    """Collects rule breaks while parsing; ``unsafe`` marks those that must never be exported."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: dict[str, bool] = {}
        self.table_depth = 0
        self.tables = 0
        self.outside_table = False

    def add(self, message: str, *, unsafe: bool = False) -> None:
        self.problems[message] = self.problems.get(message, False) or unsafe

    def _width(self, tag: str, value: float) -> None:
        if value > MAX_WIDTH_PX:
            if tag == "img":
                message = translate(
                    "KitSignatures",
                    "An image is {width} px wide: keep the signature within {max} px "
                    "(mail programs and phones cut or squeeze wider ones).",
                )
            elif tag == "table":
                message = translate(
                    "KitSignatures",
                    "A table is {width} px wide: keep the signature within {max} px "
                    "(mail programs and phones cut or squeeze wider ones).",
                )
            elif tag in ("td", "th"):
                message = translate(
                    "KitSignatures",
                    "A cell is {width} px wide: keep the signature within {max} px "
                    "(mail programs and phones cut or squeeze wider ones).",
                )
            else:
                message = translate(
                    "KitSignatures",
                    "A <{tag}> is {width} px wide: keep the signature within {max} px "
                    "(mail programs and phones cut or squeeze wider ones).",
                )
            self.add(message.format(tag=tag, width=number(value), max=number(MAX_WIDTH_PX)))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _UNSAFE_TAGS:
            self.add(
                translate(
                    "KitSignatures", "Remove the <{tag}> element: mail programs block it and it is not safe."
                ).format(tag=tag),
                unsafe=True,
            )
        elif tag in _FORBIDDEN_TAGS:
            self.add(translate("KitSignatures", _FORBIDDEN_TAGS[tag]))
        if tag == "table":
            self.tables += 1
            self.table_depth += 1
        elif self.table_depth == 0 and tag not in ("br", "html", "head", "body"):
            self.outside_table = True
        values = {name.lower(): value or "" for name, value in attrs}
        for name, value in values.items():
            if name.startswith("on"):
                self.add(
                    translate(
                        "KitSignatures",
                        "Remove the {attribute}=… attribute: mail programs block scripts and it is not safe.",
                    ).format(attribute=name),
                    unsafe=True,
                )
            elif _squash(value).startswith(("javascript:", "vbscript:")):
                self.add(
                    translate(
                        "KitSignatures",
                        "Remove the javascript: address: only https, mailto and tel are allowed.",
                    ),
                    unsafe=True,
                )
        if tag == "a" and "href" in values:
            href = values["href"]
            squashed = _squash(href)
            if not squashed:
                self.add(
                    translate(
                        "KitSignatures",
                        "A link has no address: wrap it in {% if … %} so it is left out when the field is "
                        "empty.",
                    )
                )
            elif not squashed.startswith(_LINK_SCHEMES) or (
                squashed.startswith("https:") and not https_url(href)
            ):
                self.add(
                    translate(
                        "KitSignatures",
                        "The link “{href}” is not allowed: links may only be https://…, mailto: or tel: "
                        "addresses.",
                    ).format(href=href),
                    unsafe=not squashed.startswith(("http:", "https:")),
                )
        if tag == "img":
            src = values.get("src", "")
            problem = (
                _image_problem(src)
                if src.strip()
                else translate("KitSignatures", "An image has no address (src).")
            )
            if problem:
                self.add(problem, unsafe=_squash(src).startswith(("data:", "file:")))
            if "width" not in values and not _WIDTH_STYLE.search(values.get("style", "")):
                self.add(
                    translate(
                        "KitSignatures",
                        'Give each image a width (e.g. width="120"): Outlook shows images at their full '
                        "size otherwise.",
                    )
                )
        for name in ("background", "poster", "srcset", "lowsrc", "dynsrc"):
            if values.get(name, "").strip():
                problem = _image_problem(values[name].split()[0])
                if problem:
                    self.add(problem)
        if "width" in values:
            pixels_match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(px)?\s*", values["width"])
            if pixels_match:
                self._width(tag, float(pixels_match.group(1)))
        style = values.get("style", "")
        if style:
            for match in _WIDTH_STYLE.finditer(style):
                pixels = float(match.group(1)) * (4 / 3 if (match.group(2) or "").lower() == "pt" else 1)
                self._width(tag, pixels)
            for url in _URL_IN_STYLE.findall(style):
                problem = _image_problem(url)
                if problem:
                    self.add(problem)
            if "expression(" in style.lower():
                self.add(
                    translate(
                        "KitSignatures",
                        "Remove the CSS expression(): it runs code and mail programs block it.",
                    ),
                    unsafe=True,
                )

    def handle_endtag(self, tag: str) -> None:
        if tag == "table" and self.table_depth:
            self.table_depth -= 1

    def handle_data(self, data: str) -> None:
        if data.strip() and self.table_depth == 0:
            self.outside_table = True


def _check(html: str) -> dict[str, bool]:
    checker = _HtmlChecker()
    checker.feed(html)
    checker.close()
    if html.strip() and (checker.tables == 0 or checker.outside_table):
        checker.add(
            translate(
                "KitSignatures",
                "Put the whole signature in a table (rows and cells): Outlook lays out paragraphs and "
                "loose text its own way.",
            )
        )
    if len(html) > MAX_CHARACTERS:
        checker.add(
            translate(
                "KitSignatures",
                "The signature is {length} characters of HTML: Gmail accepts at most {max}. "
                "Shorten the template (fewer styles, fewer nested tables).",
            ).format(length=number(len(html)), max=number(MAX_CHARACTERS))
        )
    if not html.strip():
        checker.add(translate("KitSignatures", "The HTML signature is empty."))
    return checker.problems


def check_html(html: str) -> list[str]:
    """What in a rendered signature breaks the rules of Outlook and Gmail, in plain words (empty: fine)."""
    return list(_check(html))


# -- the sandbox --------------------------------------------------------------------------------------
_MAX_REPEAT: Final = 1_000


_MAX_LENGTH: Final = 100_000  # of a string or list a template builds
_MAX_LOOP_DEPTH: Final = 2


class _SignatureEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox, plus limits on what a mistyped template can allocate (``'x' * 10**9``) or loop
    over, so that the live preview cannot freeze the app."""

    intercepted_binops = frozenset({"*", "**", "+"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int | float) and abs(right) > 64:
            raise SecurityError(translate("KitSignatures", "the power is too large for a signature"))
        if operator == "*" and any(isinstance(v, str | list | tuple) for v in (left, right)):
            sequence, count = (left, right) if isinstance(left, str | list | tuple) else (right, left)
            if isinstance(count, int) and (count > _MAX_REPEAT or len(sequence) * count > _MAX_LENGTH):
                raise SecurityError(translate("KitSignatures", "repeating something that many times"))
        if (
            operator == "+"
            and isinstance(left, str | list | tuple)
            and isinstance(right, str | list | tuple)
            and len(left) + len(right) > _MAX_LENGTH
        ):
            raise SecurityError(translate("KitSignatures", "building a text that long"))
        return super().call_binop(context, operator, left, right)


class _LimitError(TemplateSyntaxError):
    """A template refused by our own limits; its message is already in the interface's language."""


def _loop_depth(node: nodes.Node, depth: int = 0) -> int:
    here = depth + 1 if isinstance(node, nodes.For) else depth
    return max([here, *(_loop_depth(child, here) for child in node.iter_child_nodes())])


def _small_range(*args: int) -> range:
    rng = range(*args)
    if len(rng) > _MAX_REPEAT:
        raise SecurityError(
            translate("KitSignatures", "a range of more than {count} items").format(count=number(_MAX_REPEAT))
        )
    return rng


def _make_environment(*, html: bool) -> _SignatureEnvironment:
    # The plain-text twin is not HTML: escaping it would turn "Zoé & Léa" into "Zoé &amp; Léa".
    env = _SignatureEnvironment(
        autoescape=html, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True
    )
    env.globals["range"] = _small_range
    for name, helper in (("https_url", https_url), ("mailto", mailto), ("tel", tel)):
        env.filters[name] = helper
        env.globals[name] = helper
    return env


_ENVIRONMENTS: Final = {True: _make_environment(html=True), False: _make_environment(html=False)}


def _error_line(exc: BaseException) -> int | None:
    line = getattr(exc, "lineno", None) if isinstance(exc, TemplateSyntaxError) else None
    tb = exc.__traceback__
    while tb is not None:  # Jinja rewrites tracebacks: template frames carry the template's line
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _explain(exc: BaseException, source: str = "") -> str:
    message = str(exc).strip().rstrip(".")
    if isinstance(exc, UndefinedError):
        match = re.search(r"has no attribute '([^']+)'", message)
        if match:
            shown = [f for f in PERSON_FIELDS if f not in ("ambassador_id", "person_id", "status")]
            people = ", ".join(f"person.{f}" for f in shown)
            return translate(
                "KitSignatures",
                "“{field}” is not a field. Person fields: {fields}; programme fields: "
                "programme.esn_name, programme.programme_name, programme.community_url, "
                "programme.brand_color and the other programme settings; labels: {labels}",
            ).format(
                field=match.group(1), fields=people, labels=", ".join(f"labels.{f}" for f in LABEL_FIELDS)
            )
        match = re.search(r"'([^']+)' is undefined", message)
        if match:
            return translate(
                "KitSignatures",
                "“{name}” is unknown: write person.…, programme.… or labels.… (e.g. {example})",
            ).format(name=match.group(1), example="{{ person.full_name }}")
        return message
    if isinstance(exc, SecurityError):
        match = re.fullmatch(r"access to attribute '([^']+)' of '([^']+)' object is unsafe", message)
        if match:
            return translate("KitSignatures", "“.{name}” cannot be used in a signature template").format(
                name=match.group(1)
            )
        return translate("KitSignatures", "this is not allowed in a signature template ({reason})").format(
            reason=message
        )
    if isinstance(exc, TemplateSyntaxError):
        if isinstance(exc, _LimitError):
            return (exc.message or "").rstrip(".")
        lines = source.splitlines()
        line = lines[exc.lineno - 1] if 0 < exc.lineno <= len(lines) else ""
        return _syntax_message((exc.message or "").strip(), line)
    reason = translate("KitSignatures", "division by zero") if isinstance(exc, ZeroDivisionError) else message
    return translate("KitSignatures", "the template could not be computed ({reason})").format(
        reason=reason or type(exc).__name__
    )


# Jinja's own words for what it expected or found, in the template's own symbols where there are some.
_TOKENS: Final = {
    "end of print statement": "}}",
    "end of statement block": "%}",
    "begin of print statement": "{{",
    "begin of statement block": "{%",
}


def _token(described: str) -> str:
    quoted = translate("KitSignatures", "“{symbol}”")
    if described in _TOKENS:
        return quoted.format(symbol=_TOKENS[described])
    if described == "end of template":
        return translate("KitSignatures", "the end of the template")
    if described == "name":
        return translate("KitSignatures", "a name")
    return quoted.format(symbol=described)


def _syntax_message(message: str, line: str = "") -> str:
    """Jinja's syntax errors in the interface's language: the usual mistakes in words and the
    template's own symbols; anything else keeps Jinja's text inside a translated sentence.

    ``line`` is the template's line where Jinja stopped: a ``{{`` left open in the middle of HTML
    makes Jinja read the HTML as an expression and complain about a ``/`` or a ``<``.
    """
    message = message.rstrip(".")
    if message == "unexpected '}'":
        return translate("KitSignatures", "a single “}” ends a “{{”: write “}}”")
    if line.count("{{") > line.count("}}"):
        return translate("KitSignatures", "a “{{” is never closed: end it with “}}”")
    if line.count("{%") > line.count("%}"):
        return translate("KitSignatures", "a “{%” is never closed: end it with “%}”")
    innermost = re.search(r"The innermost block that needs to be closed is '(\w+)'", message)
    if message.lower().startswith("unexpected end of template"):
        if innermost:
            return translate(
                "KitSignatures",
                "the template ends inside a “{{% {tag} %}}” block: close it with “{{% end{tag} %}}”",
            ).format(tag=innermost.group(1))
        expected = re.search(r"expected '([^']+)'", message)
        if expected and expected.group(1) == "end of print statement":
            return translate("KitSignatures", "a “{{” is never closed: end it with “}}”")
        return translate("KitSignatures", "the template ends too early")
    match = re.match(r"Encountered unknown tag '(\w+)'", message)
    if match:
        tag = match.group(1)
        if innermost:
            return translate(
                "KitSignatures",
                "“{{% {tag} %}}” found where the open “{{% {block} %}}” block "
                "should be closed with “{{% end{block} %}}”",
            ).format(tag=tag, block=innermost.group(1))
        if tag.startswith("end"):
            return translate("KitSignatures", "“{{% {tag} %}}” closes a block that was never opened").format(
                tag=tag
            )
        return translate(
            "KitSignatures", "“{{% {tag} %}}” is not a known tag (use if, elif, else, for or set)"
        ).format(tag=tag)
    match = re.fullmatch(r"unexpected char '(.+)' at \d+", message)
    if match:
        if match.group(1) in "\"'":
            return translate(
                "KitSignatures", "a text in quotes is never closed: add the closing {quote}"
            ).format(quote=match.group(1))
        return translate("KitSignatures", "the character “{char}” cannot be used here").format(
            char=match.group(1)
        )
    match = re.fullmatch(r"unexpected '(.+?)'(?:, expected '(.+)')?", message)
    if match:
        found = _token(match.group(1))
        if match.group(2):
            return translate("KitSignatures", "{found} found where {expected} was expected").format(
                found=found, expected=_token(match.group(2))
            )
        return translate("KitSignatures", "{found} was not expected here").format(found=found)
    match = re.fullmatch(r"expected token '(.+)', got '(.+)'", message)
    if match:
        return translate("KitSignatures", "{found} found where {expected} was expected").format(
            found=_token(match.group(2)), expected=_token(match.group(1))
        )
    match = re.fullmatch(r"Expected an expression, got '(.+)'", message)
    if match:
        return translate("KitSignatures", "a name or a value is missing before {found}").format(
            found=_token(match.group(1))
        )
    if message == "expected name or number":
        return translate("KitSignatures", "a name is missing after a dot")
    if message == "tag name expected":
        return translate("KitSignatures", "“{% %}” is empty: write a tag such as if or for inside it")
    if message == "Missing end of comment tag":
        return translate("KitSignatures", "a comment “{#” is never closed: end it with “#}”")
    match = re.fullmatch(r"No (filter|test) named '([^']+)'", message)
    if match:
        if match.group(1) == "filter":
            return translate("KitSignatures", "there is no filter named “{name}”").format(name=match.group(2))
        return translate("KitSignatures", "there is no test named “{name}”").format(name=match.group(2))
    if not message:
        return translate("KitSignatures", "a syntax error")
    return translate("KitSignatures", "a syntax error ({detail})").format(detail=message)


def _where(kind: str, name: str) -> str:
    if kind == "html":
        if name:
            return translate("KitSignatures", "Template “{name}” (HTML)").format(name=template_title(name))
        return translate("KitSignatures", "The HTML template")
    if name:
        return translate("KitSignatures", "Template “{name}” (plain text)").format(name=template_title(name))
    return translate("KitSignatures", "The plain text template")


def _failure(exc: BaseException, *, html: bool, name: str, source: str = "") -> UserError:
    """A UserError naming the template, which of its two parts, and the line when known."""
    where, line, reason = _where("html" if html else "text", name), _error_line(exc), _explain(exc, source)
    if line:
        return UserError(
            translate("KitSignatures", "{where}, line {line}: {reason}.").format(
                where=where, line=line, reason=reason
            )
        )
    return UserError(translate("KitSignatures", "{where}: {reason}.").format(where=where, reason=reason))


_COMPILED: dict[tuple[bool, str], Template] = {}


def _compile(source: str, *, html: bool, name: str) -> Template:
    key = (html, source)
    template = _COMPILED.get(key)
    if template is None:
        env = _ENVIRONMENTS[html]
        try:
            tree = env.parse(source)
            if _loop_depth(tree) > _MAX_LOOP_DEPTH:
                raise _LimitError(
                    translate(
                        "KitSignatures", "loops nested more than {depth} deep are not allowed in a signature"
                    ).format(depth=_MAX_LOOP_DEPTH),
                    next(n.lineno for n in tree.find_all(nodes.For)),
                )
            template = env.from_string(tree)
        except TemplateSyntaxError as exc:
            raise _failure(exc, html=html, name=name, source=source) from None
        if len(_COMPILED) > 64:
            _COMPILED.clear()
        _COMPILED[key] = template
    return template


def _render(source: str, context: Mapping[str, Any], *, html: bool, name: str) -> str:
    template = _compile(source, html=html, name=name)
    try:
        return template.render(context)
    except Exception as exc:  # the template is the user's code: any failure is theirs to fix
        raise _failure(exc, html=html, name=name, source=source) from None


def _tidy_text(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    tidy = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return tidy.strip("\n") + "\n"


def _tidy_html(html: str) -> str:
    return "\n".join(line.rstrip() for line in html.strip().splitlines() if line.strip())


# -- templates ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SignatureTemplate:
    """A signature template: Jinja2 HTML and its plain-text twin. Built-ins are read-only."""

    name: str
    html: str
    text: str
    builtin: bool = False
    updated_at: str | None = None


@dataclass(frozen=True)
class RenderedSignature:
    """One person's signature; ``problems`` in plain words, ``unsafe`` when one of them must block
    an export (scripts, javascript: links, embedded images…)."""

    html: str
    text: str
    problems: tuple[str, ...] = ()
    unsafe: bool = False


@dataclass(frozen=True)
class ExportedSignature:
    person: KitPerson
    html_path: Path
    text_path: Path
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class SignatureExport:
    """What :meth:`SignatureService.export` wrote."""

    folder: Path
    template: str
    index_path: Path
    signatures: tuple[ExportedSignature, ...]

    @property
    def paths(self) -> list[Path]:
        out = [p for s in self.signatures for p in (s.html_path, s.text_path)]
        return [*out, self.index_path]

    @property
    def with_problems(self) -> list[ExportedSignature]:
        return [s for s in self.signatures if s.problems]


# (file stem, name) of the templates in resources/signatures/. The English name identifies the
# template (settings, the command line); the interface shows it translated (:func:`template_title`).
_BUILTIN_FILES: Final = (
    ("ambassador-line", QT_TRANSLATE_NOOP("KitSignatures", "Ambassador line")),
    ("banner", QT_TRANSLATE_NOOP("KitSignatures", "Banner")),
    ("minimal", QT_TRANSLATE_NOOP("KitSignatures", "Minimal")),
    ("with-image", QT_TRANSLATE_NOOP("KitSignatures", "With image")),
)
DEFAULT_TEMPLATE: Final = _BUILTIN_FILES[0][1]


def template_title(name: str) -> str:
    """A template's name as the interface shows it: a built-in's in the interface language, the
    programme's own as they named it."""
    builtin = next((n for _, n in _BUILTIN_FILES if n.casefold() == name.strip().casefold()), None)
    return translate("KitSignatures", builtin) if builtin is not None else name


@functools.cache
def builtin_templates() -> tuple[SignatureTemplate, ...]:
    """The read-only templates shipped in ``resources/signatures`` (``<stem>.html`` + ``<stem>.txt``)."""
    folder = paths.resource_path("signatures")
    return tuple(
        SignatureTemplate(
            name,
            (folder / f"{stem}.html").read_text(encoding="utf-8"),
            (folder / f"{stem}.txt").read_text(encoding="utf-8"),
            builtin=True,
        )
        for stem, name in _BUILTIN_FILES
    )


def _builtin(name: str) -> SignatureTemplate | None:
    """The built-in called ``name`` in English or in the interface language (any case)."""
    key = name.strip().casefold()
    return next(
        (t for t in builtin_templates() if key in (t.name.casefold(), template_title(t.name).casefold())),
        None,
    )


# -- file names ---------------------------------------------------------------------------------------
_WINDOWS_BAD: Final = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_WINDOWS_RESERVED: Final = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{p}{n}" for p in ("COM", "LPT") for n in (*"0123456789", "¹", "²", "³")}
)


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2  # what NTFS counts


def file_stem(name: str, *, max_length: int = MAX_FILE_NAME - 10) -> str:
    """A file name (without extension) Windows and Outlook's Signatures folder accept: no reserved
    characters or device names (CON, NUL, COM1…), no trailing dot or space, accents kept (NFC),
    at most ``max_length`` characters."""
    text = unicodedata.normalize("NFC", name)
    text = re.sub(r"<[^<>]*>", " ", text)  # markup typed into a name: keep the words
    text = _WINDOWS_BAD.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip(" .")
    while text and _utf16_len(text) > max_length:
        text = text[:-1]
    text = text.rstrip(" .") or "signature"
    if text.split(".")[0].rstrip(" ").upper() in _WINDOWS_RESERVED:
        text = f"{text}_"
    return text


def unique_file_stems(names: Iterable[str]) -> list[str]:
    """:func:`file_stem` of each name, numbered " (2)", " (3)"… where two would collide (Windows
    compares file names without regard to case)."""
    taken: set[str] = set()
    out: list[str] = []
    for name in names:
        base = file_stem(name)
        stem, n = base, 1
        while stem.casefold() in taken:
            n += 1
            suffix = f" ({n})"
            stem = file_stem(base, max_length=MAX_FILE_NAME - 10 - len(suffix)) + suffix
        taken.add(stem.casefold())
        out.append(stem)
    return out


def htm_document(fragment: str, title: str) -> str:
    """A whole ``.htm`` file around a signature, as classic Outlook reads from its Signatures folder
    (Word's engine honours the http-equiv charset; browsers the short one)."""
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n"
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta charset="utf-8">\n'
        f"<title>{html_lib.escape(title)}</title>\n"
        "</head>\n<body>\n"
        f"{fragment}\n"
        "</body>\n</html>\n"
    )


def _index_document(
    template: str, programme: ProgrammeSettings, rows: Sequence[tuple[KitPerson, str, str, str]]
) -> str:
    e = html_lib.escape
    items = []
    for person, htm_name, txt_name, fragment in rows:
        detail = (person.job_title, person.site)
        items.append(
            "<tr>"
            f'<td style="padding:10px;vertical-align:top;"><strong>{e(person.full_name)}</strong><br>'
            f'<span style="color:#666666;">{e(" · ".join(v for v in detail if v))}</span><br>'
            f'<a href="{e(urllib.parse.quote(htm_name))}">{e(htm_name)}</a><br>'
            f'<a href="{e(urllib.parse.quote(txt_name))}">{e(txt_name)}</a></td>'
            f'<td style="padding:10px;vertical-align:top;">{Markup(fragment)}</td>'
            "</tr>"
        )
    title = translate("KitSignatures", "Email signatures — {programme}").format(
        programme=programme.programme_name
    )
    summary = plural(
        len(rows),
        translate("KitSignatures", "{n} signature, template “{template}”, exported {when}."),
        translate("KitSignatures", "{n} signatures, template “{template}”, exported {when}."),
    ).format(template=e(template_title(template)), when=f"{datetime.now():%Y-%m-%d %H:%M}")
    # The how-to keeps its markup in the translation (<code>…</code>); nothing in it comes from data.
    how_to = translate(
        "KitSignatures",
        "For classic Outlook, copy a person's <code>.htm</code> and <code>.txt</code> files into "
        "<code>{folder}</code>; for Outlook on the web or Gmail, open the "
        "<code>.htm</code> file, select all, copy and paste into the signature settings.",
    ).format(folder=e("%APPDATA%\\Microsoft\\Signatures"))
    who_header = translate("KitSignatures", "Ambassador and files")
    signature_header = translate("KitSignatures", "Signature")
    return (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
        f"<title>{e(title)}</title>\n</head>\n"
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222222;margin:24px;">\n'
        f'<h1 style="font-size:20px;">{e(title)}</h1>\n'
        f"<p>{summary} {how_to}</p>\n"
        '<table cellpadding="0" cellspacing="0" border="1" '
        'style="border-collapse:collapse;border-color:#dddddd;">\n'
        f'<tr><th style="padding:8px;text-align:left;">{e(who_header)}</th>'
        f'<th style="padding:8px;text-align:left;">{e(signature_header)}</th></tr>\n'
        + "\n".join(items)
        + "\n</table>\n</body>\n</html>\n"
    )


def _write(path: Path, text: str, *, encoding: str = "utf-8", newline: str | None = None) -> None:
    try:
        with path.open("w", encoding=encoding, newline=newline) as fh:
            fh.write(text)
    except OSError as exc:
        raise UserError(
            translate("KitSignatures", "Could not write {path}: {reason}.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None


# -- the service --------------------------------------------------------------------------------------
def _check_name(name: str) -> str:
    clean = re.sub(r"\s+", " ", name).strip()
    if not clean:
        raise UserError(translate("KitSignatures", "Give the template a name."))
    if len(clean) > MAX_TEMPLATE_NAME:
        raise UserError(
            translate("KitSignatures", "A template name has at most {count} characters.").format(
                count=MAX_TEMPLATE_NAME
            )
        )
    if re.search(r"[\x00-\x1f\x7f]", clean):
        raise UserError(translate("KitSignatures", "A template name cannot contain control characters."))
    return clean


class SignatureService:
    """Owns ``signature_template``: the built-in templates (read-only, in code) and the programme's
    own, and turns them into signatures for people."""

    def __init__(self, db: Database, settings: SettingsService | None = None) -> None:
        self._db = db
        self._settings = settings or SettingsService(db)

    # -- templates -----------------------------------------------------------------------------------
    def templates(self) -> list[SignatureTemplate]:
        """Built-ins first, then the programme's templates by name."""
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT name, html, text, updated_at FROM signature_template ORDER BY name COLLATE NOCASE"
            ).fetchall()
        own = [SignatureTemplate(r[0], r[1], r[2], False, r[3]) for r in rows if not self.is_builtin(r[0])]
        return [*builtin_templates(), *own]

    def names(self) -> list[str]:
        return [t.name for t in self.templates()]

    @staticmethod
    def is_builtin(name: str) -> bool:
        return _builtin(name) is not None

    def template(self, name: str) -> SignatureTemplate:
        """The template called ``name`` (any case); a UserError listing the names if there is none."""
        builtin = _builtin(name)
        if builtin is not None:
            return builtin
        found = self._find(name.strip())
        if found is None:
            raise UserError(
                translate(
                    "KitSignatures", "There is no signature template “{name}”: use one of {names}."
                ).format(name=name, names=", ".join(template_title(n) for n in self.names()))
            )
        return found

    def _find(self, name: str) -> SignatureTemplate | None:
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT name, html, text, updated_at FROM signature_template WHERE name = ? COLLATE NOCASE",
                (name,),
            ).fetchone()
        return SignatureTemplate(row[0], row[1], row[2], False, row[3]) if row else None

    def _check_sources(self, name: str, html: str, text: str) -> None:
        _compile(html, html=True, name=name)
        _compile(text, html=False, name=name)

    def create(self, name: str, html: str, text: str) -> SignatureTemplate:
        """A new template of the programme ("Save as…"); the name must be free, the sources must parse."""
        name = _check_name(name)
        if self.is_builtin(name) or self._find(name) is not None:
            raise UserError(
                translate(
                    "KitSignatures", "There is already a template called “{name}”: choose another name."
                ).format(name=name)
            )
        self._check_sources(name, html, text)
        now = datetime.now().isoformat(timespec="seconds")
        with self._db.write() as conn:
            conn.execute(
                "INSERT INTO signature_template (name, html, text, updated_at) VALUES (?, ?, ?, ?)",
                (name, html, text, now),
            )
        return SignatureTemplate(name, html, text, False, now)

    def update(self, name: str, html: str, text: str) -> SignatureTemplate:
        """Save changes to one of the programme's templates (built-ins are read-only)."""
        if self.is_builtin(name):
            raise UserError(
                translate(
                    "KitSignatures", "“{name}” is a built-in template: use Save as… to keep your changes."
                ).format(name=name.strip())
            )
        current = self.template(name)
        self._check_sources(current.name, html, text)
        now = datetime.now().isoformat(timespec="seconds")
        with self._db.write() as conn:
            conn.execute(
                "UPDATE signature_template SET html = ?, text = ?, updated_at = ? WHERE name = ?",
                (html, text, now, current.name),
            )
        return SignatureTemplate(current.name, html, text, False, now)

    def rename(self, name: str, new_name: str) -> SignatureTemplate:
        if self.is_builtin(name):
            raise UserError(
                translate("KitSignatures", "“{name}” is a built-in template: it cannot be renamed.").format(
                    name=name.strip()
                )
            )
        current = self.template(name)
        new_name = _check_name(new_name)
        other = self._find(new_name)
        if self.is_builtin(new_name) or (other is not None and other.name != current.name):
            raise UserError(
                translate(
                    "KitSignatures", "There is already a template called “{name}”: choose another name."
                ).format(name=new_name)
            )
        with self._db.write() as conn:
            conn.execute("UPDATE signature_template SET name = ? WHERE name = ?", (new_name, current.name))
        return dataclasses.replace(current, name=new_name)

    def delete(self, name: str) -> None:
        if self.is_builtin(name):
            raise UserError(
                translate("KitSignatures", "“{name}” is a built-in template: it cannot be deleted.").format(
                    name=name.strip()
                )
            )
        current = self.template(name)
        with self._db.write() as conn:
            conn.execute("DELETE FROM signature_template WHERE name = ?", (current.name,))

    # -- rendering -----------------------------------------------------------------------------------
    def programme(self) -> ProgrammeSettings:
        return self._settings.load()

    def render(
        self,
        template: SignatureTemplate | str,
        person: KitPerson,
        programme: ProgrammeSettings | None = None,
    ) -> RenderedSignature:
        """One person's signature, checked. A template that cannot render raises a UserError naming
        the template, HTML or plain text, and the line."""
        if isinstance(template, str):
            template = self.template(template)
        return render_signature(template, person, programme or self.programme())

    def export(
        self,
        people: Sequence[KitPerson],
        template: SignatureTemplate | str,
        folder: Path,
        *,
        programme: ProgrammeSettings | None = None,
        progress: Callable[[int, int, str], None] | None = None,
    ) -> SignatureExport:
        """Write ``<name>.htm`` and ``<name>.txt`` per person (UTF-8) and ``index.html`` into ``folder``.

        Nothing is written when a signature is unsafe (a script, a javascript: link…); other problems
        (too long for Gmail, too wide…) are reported with each written signature.
        """
        if not people:
            raise UserError(
                translate("KitSignatures", "Nobody to export signatures for: select at least one ambassador.")
            )
        if isinstance(template, str):
            template = self.template(template)
        settings = programme or self.programme()
        programme_values = programme_context(settings)
        rendered: list[RenderedSignature] = []
        for person in people:
            signature = _render_with(template, person_context(person), programme_values)
            if signature.unsafe:
                raise UserError(
                    translate(
                        "KitSignatures",
                        "Nothing was exported: the signature of {name} cannot be sent as it is. {problems}",
                    ).format(name=person.full_name, problems=" ".join(signature.problems))
                )
            rendered.append(signature)
        folder = Path(folder)
        if folder.exists() and not folder.is_dir():
            raise UserError(translate("KitSignatures", "{path} is a file, not a folder.").format(path=folder))
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(
                translate("KitSignatures", "Could not create the folder {folder}: {reason}.").format(
                    folder=folder, reason=exc.strerror or exc
                )
            ) from None
        stems = unique_file_stems(
            p.full_name
            or p.email
            or translate("KitSignatures", "Ambassador {number}").format(number=p.ambassador_id)
            for p in people
        )
        written: list[ExportedSignature] = []
        rows: list[tuple[KitPerson, str, str, str]] = []
        total = len(people)
        for i, (person, stem, signature) in enumerate(zip(people, stems, rendered, strict=True)):
            htm, txt = folder / f"{stem}.htm", folder / f"{stem}.txt"
            _write(
                htm,
                htm_document(
                    signature.html,
                    translate("KitSignatures", "Signature — {name}").format(name=person.full_name),
                ),
            )
            # Outlook and Notepad guess ANSI for a .txt without a byte-order mark: write one.
            _write(txt, signature.text, encoding="utf-8-sig", newline="\r\n")
            written.append(ExportedSignature(person, htm, txt, signature.problems))
            rows.append((person, htm.name, txt.name, signature.html))
            if progress is not None and (i % 25 == 0 or i + 1 == total):
                progress(
                    i + 1,
                    total,
                    translate("KitSignatures", "{done} of {total} signatures written").format(
                        done=number(i + 1), total=number(total)
                    ),
                )
        index = folder / "index.html"
        _write(index, _index_document(template.name, settings, rows))
        return SignatureExport(folder, template.name, index, tuple(written))


def _render_with(
    template: SignatureTemplate, person: Mapping[str, Any], programme: Mapping[str, Any]
) -> RenderedSignature:
    context = {"person": person, "programme": programme, "labels": labels_context(person, programme)}
    html = _tidy_html(_render(template.html, context, html=True, name=template.name))
    text = _tidy_text(_render(template.text, context, html=False, name=template.name))
    found = _check(html)
    if not text.strip():
        found[
            translate(
                "KitSignatures",
                "The plain-text version is empty: write its template too (mail programs show it when "
                "HTML is off).",
            )
        ] = False
    return RenderedSignature(html, text, tuple(found), any(found.values()))


def render_signature(
    template: SignatureTemplate, person: KitPerson, programme: ProgrammeSettings
) -> RenderedSignature:
    """One person's signature with ``template`` and ``programme``'s settings, checked."""
    return _render_with(template, person_context(person), programme_context(programme))


__all__ = [
    "DEFAULT_TEMPLATE",
    "LABEL_FIELDS",
    "MAX_CHARACTERS",
    "MAX_WIDTH_PX",
    "PERSON_FIELDS",
    "PROGRAMME_FIELDS",
    "ExportedSignature",
    "RenderedSignature",
    "SignatureExport",
    "SignatureService",
    "SignatureTemplate",
    "builtin_templates",
    "check_html",
    "file_stem",
    "htm_document",
    "https_url",
    "labels_context",
    "mailto",
    "person_context",
    "programme_context",
    "render_signature",
    "tel",
    "template_title",
    "unique_file_stems",
]
