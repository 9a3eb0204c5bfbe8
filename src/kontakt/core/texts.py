"""Marking text for translation without Qt.

The core, the reports and the services hold English source strings for the people who read
their output (finding messages, report headers). They mark each with `QT_TRANSLATE_NOOP`, a
name that `pyside6-lupdate` recognises whatever module defines it, so the strings land in
`translations/*.ts`. The presentation layer (ui, command line) passes a `Translate` function
that looks them up in the loaded Qt translation; the core never imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

Translate = Callable[[str, str], str]
"""(context, English source text) -> the text in the user's language."""


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate looks for
    """Mark `source` for translation in `context`; returns it unchanged."""
    return source


def untranslated(context: str, source: str) -> str:
    """A `Translate` that leaves the English source text as it is (tests, tools)."""
    return source


def render(translate: Translate, context: str, source: str, params: Mapping[str, object]) -> str:
    """Translate `source` and fill its `{name}` placeholders from `params`.

    A placeholder that a translation names but `params` lacks is left as written rather
    than raising: a faulty translation must not stop a report.
    """
    text = translate(context, source)
    try:
        return text.format_map(_Lenient(params))
    except (ValueError, IndexError):
        return text


class _Lenient(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
