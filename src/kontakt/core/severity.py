"""How serious a finding is; shared by the ring-pattern validator and the contact check."""

from __future__ import annotations

from enum import StrEnum

from kontakt.core.texts import QT_TRANSLATE_NOOP, Translate


class Severity(StrEnum):
    """A finding's severity; the string values are the ones the specs and the JSON use."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """2 for an error, 1 for a warning, 0 for information: higher is more serious."""
        return _RANK[self]

    def at_least(self, other: Severity) -> bool:
        """True when this severity is as serious as `other` or more."""
        return self.rank >= other.rank

    def label(self, translate: Translate) -> str:
        """The severity's name for people (Feil / Åtvaring / Informasjon in Nynorsk)."""
        return translate("Severity", _LABELS[self])


_RANK = {Severity.ERROR: 2, Severity.WARNING: 1, Severity.INFO: 0}
_LABELS = {
    Severity.ERROR: QT_TRANSLATE_NOOP("Severity", "Error"),
    Severity.WARNING: QT_TRANSLATE_NOOP("Severity", "Warning"),
    Severity.INFO: QT_TRANSLATE_NOOP("Severity", "Information"),
}
