"""The editor's working draft, kept as you go: a crash or a power cut costs a few seconds.

While a pattern has unsaved changes the editor writes it, atomically
(`kontakt.core.safe_files`), to a recovery file of its own in the user's data folder: one
file per database, municipality and pattern, so that two databases with the same pattern
key never offer each other's work. Opening that pattern again offers to restore it; a
clean save or a discard removes the file.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kontakt.core.ringpattern import Pattern, PatternError, dumps, loads
from kontakt.core.safe_files import replacing_text
from kontakt.services import municipality
from kontakt.storage.db import Database

FORMAT = 1
"""The recovery file's own format (beside the pattern document's)."""


@dataclass(frozen=True)
class Recovered:
    """Work kept for a pattern: what it was, and when it was written (UTC)."""

    key: str
    pattern: Pattern
    kept_at: datetime
    draft: int | None
    """The draft version the work was made on (none: it was made on the baseline)."""


def recovery_folder() -> Path:
    """The folder recovery files live in (inside the platform's user data folder)."""
    from platformdirs import user_data_path

    return user_data_path("Kontakt", "IKTNH", ensure_exists=False) / "recovery"


class DraftKeeper:
    """The recovery file of one stored pattern (`for_pattern` finds it)."""

    def __init__(self, path: Path, key: str) -> None:
        self.path = path
        self.key = key

    def keep(self, pattern: Pattern, draft: int | None, now: datetime | None = None) -> None:
        """Write `pattern` as the kept work, replacing what was kept before."""
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        record = {
            "format": FORMAT,
            "key": self.key,
            "draft": draft,
            "kept_at": (now or datetime.now(UTC)).isoformat(),
            "document": dumps(pattern),
        }
        with replacing_text(self.path) as out:
            json.dump(record, out, ensure_ascii=False)

    def kept(self) -> Recovered | None:
        """The work kept, if any; a file that cannot be read (from another version of
        Kontakt, or damaged) counts as none."""
        try:
            record = json.loads(self.path.read_text(encoding="utf-8"))
            if record.get("format") != FORMAT or record.get("key") != self.key:
                return None
            draft = record.get("draft")
            return Recovered(
                self.key,
                loads(record["document"]),
                datetime.fromisoformat(record["kept_at"]),
                draft if isinstance(draft, int) else None,
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError, PatternError):
            return None

    def discard(self) -> None:
        """Remove the kept work (after a clean save, or when the user discards it)."""
        self.path.unlink(missing_ok=True)


def for_pattern(db: Database, key: str) -> DraftKeeper:
    """The keeper of pattern `key` of the municipality in use in `db`."""
    database = hashlib.sha256(db.url.encode()).hexdigest()[:12]
    readable = re.sub(r"[^A-Za-z0-9_-]", "_", key)[:60]
    unique = hashlib.sha256(key.encode()).hexdigest()[:8]
    municipality_id = municipality.current_id(db)
    name = f"{database}-{municipality_id}-{readable}-{unique}.json"
    return DraftKeeper(recovery_folder() / name, key)
