"""Marking text for translation without Qt.

The core, the reports and the services hold English source strings for the people who read
their output (finding messages, report headers). They mark each with `QT_TRANSLATE_NOOP`, a
name that `pyside6-lupdate` recognises whatever module defines it, so the strings land in
`translations/*.ts`. The presentation layer (ui, command line) passes a `Translate` function
that looks them up in the loaded Qt translation; the core never imports Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol


class Translate(Protocol):
    """(context, English source text[, disambiguation, count]) -> the user's language.

    With a count `n` (not -1) the catalogue picks the language's plural form and `%n` in the
    text becomes the count: `translate("Ctx", "%n version(s)", "", 2)`. lupdate recognises
    the call by the name `translate`, so callers keep that name and literal strings.
    """

    def __call__(self, context: str, source: str, disambiguation: str = "", n: int = -1) -> str:
        """The text of `source` in the user's language."""
        ...


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate looks for
    """Mark `source` for translation in `context`; returns it unchanged."""
    return source


def untranslated(context: str, source: str, disambiguation: str = "", n: int = -1) -> str:
    """A `Translate` that leaves the English source text as it is (tests, tools)."""
    return fill_count(source, n)


def fill_count(text: str, n: int, group: str = "") -> str:
    """`text` with `%n` (and Qt's localised `%Ln`) replaced by the count `n`.

    `group` is the thousands separator of the language (a no-break space in Norwegian);
    `%n` stays ungrouped as Qt does it, `%Ln` is grouped.
    """
    if n == -1:
        return text
    grouped = f"{n:,}".replace(",", group) if group else str(n)
    return text.replace("%Ln", grouped).replace("%n", str(n))


def render(
    translate: Translate,
    context: str,
    source: str,
    params: Mapping[str, object],
    n: int = -1,
) -> str:
    """Translate `source` (with a count `n`, in its plural form) and fill its `{name}`
    placeholders from `params`.

    A placeholder that a translation names but `params` lacks is left as written rather
    than raising: a faulty translation must not stop a report.
    """
    return fill(translate, translate(context, source, "", n), params)


def fill(translate: Translate, text: str, params: Mapping[str, object]) -> str:
    """`text` (already in the user's language) with its `{name}` placeholders filled from
    `params`, leniently as `render` does; phrases among them rendered with `translate`."""
    if any(isinstance(value, Phrase) for value in params.values()):
        params = {
            name: value.render(translate) if isinstance(value, Phrase) else value
            for name, value in params.items()
        }
    try:
        return text.format_map(_Lenient(params))
    except (ValueError, IndexError):
        return text


class Phrase(str):
    """A text to translate that is itself a parameter of another (the `reason` in "Cannot
    write {path}: {reason}"): `render` translates it in the same language.

    As a `str` it is the English source (with its own parameters filled), so code and logs
    that never translate still read it.
    """

    context: str
    source: str
    params: Mapping[str, object]

    def __new__(
        cls, context: str, source: str, params: Mapping[str, object] | None = None
    ) -> Phrase:
        phrase = super().__new__(cls, render(untranslated, context, source, params or {}))
        phrase.context = context
        phrase.source = source
        phrase.params = params or {}
        return phrase

    def render(self, translate: Translate) -> str:
        """The phrase in the language of `translate`."""
        return render(translate, self.context, self.source, self.params)


class _Lenient(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
