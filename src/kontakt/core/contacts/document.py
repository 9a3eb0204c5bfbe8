"""The contact check's JSON document (`kontakt check-contacts --json`, `spec/contacts.md`).

`json_chunks` gives its text, the very bytes that `json.dumps` of the plain dict
(`{"rows", "summary", "findings": [...]}`, each finding with its translated message)
gives, in pieces to write one after another. Most of it is written by `json.dumps`: the
head, and every finding one by one (`_one_by_one`) but those of a check's own
`FindingList`. Those, a hundred thousand in a large check, are written from one list of
pieces per kind of finding, filled by `map` from the kind's columns and joined in C,
strings escaped by the encoder `json.dumps` uses (`encode_basestring`).

Why not `json.dumps` for those too, measured on the benchmark export (119,000 findings):
this writer takes 0.14 s; `json.dumps` of the findings' dicts alone takes 0.20 s, and with
making each finding, its dict and its message 0.51 s (0.60 s as one `json.dumps` of the
whole document), a quarter more for the whole `check-contacts --json` (1.4 s). A
`JSONEncoder.iterencode` that streams uses the encoder written in Python: slower still.
"""

from __future__ import annotations

import json
import operator
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain, repeat
from json.encoder import encode_basestring
from operator import itemgetter
from string import Formatter

from kontakt.core.contacts.codes import (
    FINDINGS_CONTEXT,
    message_renderer,
    params_shown_as_given,
    source_for,
)
from kontakt.core.contacts.found import SEVERITY, FindingList, Group
from kontakt.core.contacts.model import ContactCheckResult, ContactFinding
from kontakt.core.texts import Translate

CHUNK = 4096
"""Findings a piece of text."""


def json_chunks(result: ContactCheckResult, translate: Translate) -> Iterator[str]:
    """The document's text as `json.dumps(..., ensure_ascii=False)` writes it."""
    head = {"rows": result.rows, "summary": result.counts_by_code()}  # closed after the findings
    yield _dumps(head)[:-1] + ', "findings": ['
    texts, order = _finding_texts(result.findings, translate)
    for start in range(0, len(order), CHUNK):
        yield (", " if start else "") + ", ".join(
            map(texts.__getitem__, order[start : start + CHUNK])
        )
    yield "]}"


def _finding_texts(
    findings: Sequence[ContactFinding], translate: Translate
) -> tuple[list[str], Sequence[int]]:
    """The JSON object of each finding, and the order to write them in."""
    one = _one_by_one(translate)
    if not isinstance(findings, FindingList):
        return list(map(one, findings)), range(len(findings))
    by_group = [
        _group_texts(number, findings, translate, one) for number in range(len(findings.groups))
    ]
    texts = list(chain.from_iterable(by_group))
    extra = range(len(texts), len(texts) + len(findings.extra))
    texts.extend(map(one, findings.extra))
    return texts, [*findings.order, *extra]


def _one_by_one(translate: Translate) -> Callable[[ContactFinding], str]:
    message = message_renderer(translate)

    def text(finding: ContactFinding) -> str:
        return _dumps(
            {
                "code": finding.code,
                "severity": str(finding.severity),
                "employee_id": finding.employee_id,
                "row": finding.row,
                "field": finding.field,
                "value": finding.value,
                "message": message(finding),
            }
        )

    return text


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _group_texts(
    number: int, findings: FindingList, translate: Translate, one: Callable[[ContactFinding], str]
) -> list[str]:
    """The JSON objects of the findings of group `number`, in the group's order."""
    group = findings.groups[number]
    pieces = _pieces(group, translate)
    if pieces is None:
        return list(map(one, findings.group_findings(number)))
    values = list(map(encode_basestring, group.values))
    columns: dict[str, Iterable[str]] = {}
    for piece in pieces:
        if piece is _ID:
            ids = list(map(encode_basestring, map(findings.ids.__getitem__, group.rows)))
            if '""' in ids:  # no employee ID: null (looking costs less than replacing)
                ids = list(map(_NULL_IF_EMPTY.get, ids, ids))
            columns[piece] = ids
        elif piece is _ROW:
            columns[piece] = map(int.__repr__, map(findings.rows.__getitem__, group.rows))
        elif piece is _VALUE:
            columns[piece] = values
        elif piece is _VALUE_IN_TEXT:
            columns[piece] = map(_WITHOUT_QUOTES, values)
        elif piece.startswith(_PARAM) and group.params is not None:
            name = piece[len(_PARAM) :]
            params = map(operator.methodcaller("get", name, "{" + name + "}"), group.params)
            columns[piece] = map(_WITHOUT_QUOTES, map(encode_basestring, map(str, params)))
    # one tuple of pieces a finding, joined in C (`str.format` would parse a format each time)
    return list(
        map("".join, zip(*(columns.get(piece) or repeat(piece) for piece in pieces), strict=False))
    )


_ID, _ROW, _VALUE, _VALUE_IN_TEXT = "\0id", "\0row", "\0value", "\0value in text"
_PARAM = "\0param "
"""Pieces filled per finding; other pieces are literal JSON text (which never holds NUL:
the JSON encoder writes it as \\u0000)."""
_NULL_IF_EMPTY = {'""': "null"}
_WITHOUT_QUOTES = itemgetter(slice(1, -1))


def _pieces(group: Group, translate: Translate) -> list[str] | None:
    """The JSON object of a finding of `group` as pieces: literal text, or one of the
    markers above; None when its message uses more of `str.format` than `{name}`.

    The message is `render`'s: `{value}` is the value, `{name}` a parameter (as written
    when the finding has no such parameter). JSON escapes a
    string character by character, so the message's JSON is its escaped pieces joined.
    """
    if not params_shown_as_given(group.code):
        return None
    text = translate(FINDINGS_CONTEXT, source_for(group.code, group.field))
    try:
        parts = list(Formatter().parse(text))
    except ValueError:
        return None
    if group.params is not None and any("value" in params for params in group.params):
        return None  # a parameter named value would stand for the value: not worth a path
    pieces = [
        f'{{"code": {_dumps(group.code)}, "severity": {_dumps(str(SEVERITY[group.code]))}, '
        '"employee_id": ',
        _ID,
        ', "row": ',
        _ROW,
        f', "field": {_dumps(group.field)}, "value": ',
        _VALUE,
        ', "message": "',
    ]
    for literal, name, spec, conversion in parts:
        pieces.append(_in_text(literal))
        if name is None:
            continue
        if spec or conversion or not name.isidentifier():
            return None
        if name == "value":
            pieces.append(_VALUE_IN_TEXT)
        elif group.params is not None:
            pieces.append(_PARAM + name)
        else:
            pieces.append(_in_text("{" + name + "}"))
    pieces.append('"}')
    return pieces


def _in_text(literal: str) -> str:
    """`literal` as inside a JSON string."""
    return encode_basestring(literal)[1:-1]
