"""Why the operating system or the JSON parser said no, in Kontakt's own translatable words.

`OSError.strerror` and `JSONDecodeError.msg` are English whatever the user's language
("No such file or directory", "Expecting ',' delimiter"). Errors carry these `Phrase`s as
their `reason` instead, and `kontakt.core.texts.render` translates them with the message
they fill.
"""

from __future__ import annotations

import errno
import json

from kontakt.core.texts import QT_TRANSLATE_NOOP, Phrase

REASON_CONTEXT = "Reasons"

_OS_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("Reasons", "there is no such file or folder"),
    errno.EACCES: QT_TRANSLATE_NOOP("Reasons", "you do not have permission"),
    errno.EPERM: QT_TRANSLATE_NOOP("Reasons", "you do not have permission"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Reasons", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("Reasons", "your disk quota is used up"),
    errno.EFBIG: QT_TRANSLATE_NOOP("Reasons", "the file is too large"),
    errno.EROFS: QT_TRANSLATE_NOOP("Reasons", "the disk is read-only"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Reasons", "it is a folder"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Reasons", "a part of the path is not a folder"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Reasons", "the name is too long"),
    errno.ELOOP: QT_TRANSLATE_NOOP("Reasons", "the symbolic links go round in a loop"),
    errno.EIO: QT_TRANSLATE_NOOP("Reasons", "the disk reported an input/output error"),
    errno.EBUSY: QT_TRANSLATE_NOOP("Reasons", "the file is in use"),
    errno.ETXTBSY: QT_TRANSLATE_NOOP("Reasons", "the file is in use"),
    errno.EMFILE: QT_TRANSLATE_NOOP("Reasons", "too many files are open"),
    errno.ENXIO: QT_TRANSLATE_NOOP("Reasons", "the device is not there"),
    errno.ENODEV: QT_TRANSLATE_NOOP("Reasons", "the device is not there"),
    errno.EEXIST: QT_TRANSLATE_NOOP("Reasons", "it exists already"),
    errno.EXDEV: QT_TRANSLATE_NOOP("Reasons", "the file cannot be moved to another disk"),
}
_OS_OTHER = QT_TRANSLATE_NOOP("Reasons", "the operating system refused ({code})")

_JSON_REASONS = {
    "Expecting value": QT_TRANSLATE_NOOP("Reasons", "a value is missing"),
    "Expecting ',' delimiter": QT_TRANSLATE_NOOP("Reasons", "a comma is missing"),
    "Expecting ':' delimiter": QT_TRANSLATE_NOOP("Reasons", "a colon is missing"),
    "Expecting property name enclosed in double quotes": QT_TRANSLATE_NOOP(
        "Reasons", "a name in double quotes is missing"
    ),
    "Extra data": QT_TRANSLATE_NOOP("Reasons", "more text follows the end of the document"),
    "Unterminated string starting at": QT_TRANSLATE_NOOP(
        "Reasons", "a text in quotes is not closed"
    ),
    "Invalid control character at": QT_TRANSLATE_NOOP(
        "Reasons", "a text in quotes holds a control character"
    ),
    "Invalid \\uXXXX escape": QT_TRANSLATE_NOOP("Reasons", "a \\u escape is not valid"),
}
_JSON_ESCAPE = QT_TRANSLATE_NOOP("Reasons", "a backslash escape is not valid")
_JSON_OTHER = QT_TRANSLATE_NOOP("Reasons", "the JSON is not valid here")


def os_reason(error: OSError) -> Phrase:
    """Why the operating system refused, as a translatable phrase."""
    source = _OS_REASONS.get(error.errno or 0)
    if source is not None:
        return Phrase(REASON_CONTEXT, source)
    code = errno.errorcode.get(error.errno or 0, str(error.errno))
    return Phrase(REASON_CONTEXT, _OS_OTHER, {"code": code})


def json_reason(error: json.JSONDecodeError) -> Phrase:
    """What the JSON parser found wrong, as a translatable phrase (line and column are in
    the error itself: `lineno`, `colno`)."""
    source = _JSON_REASONS.get(error.msg)
    if source is None:
        source = _JSON_ESCAPE if error.msg.startswith("Invalid \\escape") else _JSON_OTHER
    return Phrase(REASON_CONTEXT, source)
