"""Ring patterns: the document, opening hours, validation, call routing, coverage, diff,
trace back and the cards' layout.

Pure Python (no Qt, no database): the editor, the command line, change requests and the
reports all call these. The format and meanings are fixed by `spec/ringpattern.md`.
"""

from kontakt.core.ringpattern.coverage import Coverage, Coverer, Interval, coverage
from kontakt.core.ringpattern.diff import PatternDiff, diff
from kontakt.core.ringpattern.document import from_document, loads
from kontakt.core.ringpattern.errors import PatternError
from kontakt.core.ringpattern.layout import Rect, card_size, rectangles, with_layout
from kontakt.core.ringpattern.model import Calendar, Entry, Member, Node, NodeType, Pattern
from kontakt.core.ringpattern.save import dumps, to_document
from kontakt.core.ringpattern.schedule import CalendarClock, CalendarState
from kontakt.core.ringpattern.simulate import Call, Outcome, Step, simulate
from kontakt.core.ringpattern.trace import Trace, TracePath, Tracer, trace
from kontakt.core.ringpattern.validate import Finding, validate

__all__ = [
    "Calendar",
    "CalendarClock",
    "CalendarState",
    "Call",
    "Coverage",
    "Coverer",
    "Entry",
    "Finding",
    "Interval",
    "Member",
    "Node",
    "NodeType",
    "Outcome",
    "Pattern",
    "PatternDiff",
    "PatternError",
    "Rect",
    "Step",
    "Trace",
    "TracePath",
    "Tracer",
    "card_size",
    "coverage",
    "diff",
    "dumps",
    "from_document",
    "loads",
    "rectangles",
    "simulate",
    "to_document",
    "trace",
    "validate",
    "with_layout",
]
