"""The one door to the database for the window and the command line.

`ui`, `commands` and `cli` import no SQLAlchemy and no `kontakt.storage` (an import
contract says so): they open the database through `startup`, name its handle `Database`
from here, and turn its errors into text with `error_text`. Nothing here loads SQLAlchemy,
so asking whether the user has a database yet stays quick.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kontakt.core.texts import Translate, render
from kontakt.storage.errors import MESSAGES
from kontakt.storage.errors import StorageError as StorageError
from kontakt.storage.location import default_database_path

if TYPE_CHECKING:  # for type hints only: importing it loads SQLAlchemy
    from kontakt.storage.db import Database as Database


def error_text(translate: Translate, error: StorageError) -> str:
    """The database error in the user's language."""
    return render(translate, "StorageErrors", MESSAGES[error.code], error.params)


def has_default_database() -> bool:
    """True when the user's own database (in the user data folder) exists."""
    return default_database_path().exists()
