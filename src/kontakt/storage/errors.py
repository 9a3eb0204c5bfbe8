"""What can go wrong when Kontakt opens its database, as codes the presentation translates."""

from __future__ import annotations

from kontakt.core.texts import QT_TRANSLATE_NOOP

MESSAGES = {
    "unwritable-folder": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "Kontakt cannot write to its data folder {path}: {reason}. Choose another database "
        "with --db, or give your user write access to the folder.",
    ),
    "unreadable": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "The database {url} cannot be read: {reason}. Nothing was changed in it.",
    ),
    "read-only": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "The database {url} is read-only for you, and Kontakt must be able to write to it. "
        "Nothing was changed in it. Give your user write access to the file, or choose "
        "another database with --db.",
    ),
    "foreign": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "The file {url} is another program's database: it has tables, but no Kontakt schema "
        "version. Kontakt does not use it, and nothing was changed in it. Choose another "
        "file with --db.",
    ),
    "foreign-version": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "The file {url} is another program's database: its schema version {found} is not "
        "one of Kontakt's. Kontakt does not use it, and nothing was changed in it. Choose "
        "another file with --db.",
    ),
    "incomplete": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "The database {url} is marked as Kontakt's (schema {found}) but lacks its tables "
        "{tables}: it is damaged or another program's. Kontakt does not use it, and nothing "
        "was changed in it.",
    ),
    "driver-missing": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "Kontakt cannot open the database {url}: its driver ({driver}) is not installed. "
        "Install it in Kontakt's Python environment, or choose another database with --db.",
    ),
    "too-new": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "The database {url} was made by a newer Kontakt (schema {found}; this version knows up "
        "to {known}). Update Kontakt. Nothing was changed in the database.",
    ),
    "setup-failed": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "Kontakt could not set up its tables in the new database {url}: {reason}. Nothing was "
        "kept in it; the next start tries again.",
    ),
    "migration-failed": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "The database {url} could not be brought up to date: {reason}. Nothing was changed "
        "in it, and a copy from before the attempt is in {backup}.",
    ),
    "no-access": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "You ({user}) are not set up for municipality {number} in this database. Its ICT "
        "contact can set you up: kontakt users add {user} --role deputy --kommune {number}",
    ),
    "role-refused": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "You ({user}) are set up as {role} for municipality {number}: a {role} may read, "
        "but not change or approve. Nothing was changed.",
    ),
    "not-ict-contact": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "You ({user}) are set up as {role} for municipality {number}: only its ICT contact "
        "may set up users. Nothing was changed.",
    ),
    "connection-lost": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "The connection to the database {url} was lost while saving: {reason}. Nothing of "
        "this save was kept. Try again.",
    ),
    "unknown-municipality": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "The database {url} has no municipality with the number {number}. It has: {known}.",
    ),
}


class StorageError(Exception):
    """The database cannot be used; `code` picks the message, `params` fill it."""

    def __init__(self, code: str, **params: str) -> None:
        self.code = code
        self.params = params
        super().__init__(MESSAGES[code].format(**params))


def reason_in_words(error: BaseException) -> str:
    """What the database said, without the SQL statement and the link SQLAlchemy adds."""
    original = getattr(error, "orig", None)
    if isinstance(original, BaseException):
        error = original
    text = str(error).strip()
    return text or type(error).__name__
