"""Small helpers the tests share."""

from __future__ import annotations

from pathlib import Path


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of a SQLite file."""
    return f"sqlite:///{path}"
