"""Where Kontakt keeps its database by default: the platform's user data folder.

Kept apart from `db` so that asking "is there a database yet?" loads no SQLAlchemy.
"""

from __future__ import annotations

from pathlib import Path


def default_database_path() -> Path:
    """`kontakt.sqlite3` in the platform's user data folder (which may not exist yet)."""
    from platformdirs import user_data_path

    return user_data_path("Kontakt", "IKTNH", ensure_exists=False) / "kontakt.sqlite3"


def default_database_url() -> str:
    """The SQLAlchemy URL of `default_database_path()`."""
    return f"sqlite:///{default_database_path()}"
