"""The one door to the database for the window and the command line.

`ui`, `commands` and `cli` import no SQLAlchemy and no `kontakt.storage` (an import
contract says so): they open the database through `startup`, name its handle `Database`
from here, and turn its errors into text with `error_text`. Nothing here loads SQLAlchemy,
so asking whether the user has a database yet stays quick.

A server's password is never kept in the settings (nor written to a log: messages name a
server without it): `remember` moves it to the keyring and gives the URL to keep;
`with_password` adds it back when the database is opened. psycopg also finds it in
`~/.pgpass` or `PGPASSWORD` by itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kontakt.core.texts import Translate, render
from kontakt.storage.errors import MESSAGES
from kontakt.storage.errors import StorageError as StorageError
from kontakt.storage.location import default_database_path

if TYPE_CHECKING:  # for type hints only: importing it loads SQLAlchemy
    from sqlalchemy.engine import URL

    from kontakt.storage.db import Database as Database

PASSWORD_SERVICE = "kontakt-database"
"""The keyring service under which a server's password is kept, per user@host:port/db."""

SETTINGS_KEY = "database/url"
"""Where the settings keep the database chosen there (a URL without password)."""


def error_text(translate: Translate, error: StorageError) -> str:
    """The database error in the user's language."""
    return render(translate, "StorageErrors", MESSAGES[error.code], error.params)


def has_default_database() -> bool:
    """True when the user's own database (in the user data folder) exists."""
    return default_database_path().exists()


def _server(url: str) -> URL | None:
    """The parsed URL when it names a server user (not a SQLite file); else None."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.get_backend_name() == "sqlite" or not parsed.username:
        return None
    return parsed


def _account(parsed: URL) -> str:
    return f"{parsed.username}@{parsed.host or ''}:{parsed.port or ''}/{parsed.database or ''}"


def remember(url: str) -> str:
    """The URL to keep in the settings: without its password, which goes to the keyring.
    Raises `keyring.errors.KeyringError` when there is no keyring to keep it in."""
    parsed = _server(url)
    if parsed is None or parsed.password is None:
        return url
    import keyring
    from sqlalchemy.engine import URL

    keyring.set_password(PASSWORD_SERVICE, _account(parsed), str(parsed.password))
    without = URL.create(
        parsed.drivername, parsed.username, None, parsed.host, parsed.port, parsed.database,
        parsed.query,
    )  # fmt: skip
    return without.render_as_string(hide_password=False)


def with_password(url: str) -> str:
    """`url`, with the password the keyring keeps for its server user when it has none."""
    parsed = _server(url)
    if parsed is None or parsed.password is not None:
        return url
    import keyring
    from keyring.errors import KeyringError

    try:
        password = keyring.get_password(PASSWORD_SERVICE, _account(parsed))
    except KeyringError:  # no keyring here: .pgpass or PGPASSWORD may still have it
        return url
    if password is None:
        return url
    return parsed.set(password=password).render_as_string(hide_password=False)
