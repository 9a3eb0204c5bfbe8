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
    "too-new": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "The database {url} was made by a newer Kontakt (schema {found}; this version knows up "
        "to {known}). Update Kontakt. Nothing was changed in the database.",
    ),
    "migration-failed": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "The database {url} could not be brought up to date: {reason}. A copy from before "
        "the attempt is in {backup}.",
    ),
}


class StorageError(Exception):
    """The database cannot be used; `code` picks the message, `params` fill it."""

    def __init__(self, code: str, **params: str) -> None:
        self.code = code
        self.params = params
        super().__init__(MESSAGES[code].format(**params))
