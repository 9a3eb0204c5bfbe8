"""The one error of the ring-pattern core: a document (or a request) it cannot use.

It names where in the document the trouble is (`nodes[3].options."1"`) and carries a
message key with parameters, so that each front end words it in the user's language
(`messages.error_message`).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType


class PatternError(Exception):
    """A document that is not a usable version-1 ring pattern, or a name it lacks.

    `key` is one of `messages.ERROR_MESSAGES`; `params` fill its placeholders; `path` is
    the place in the document ("" for the document as a whole or for a request); `file`
    the file it was read from, when it was.
    """

    def __init__(
        self, key: str, params: Mapping[str, object] | None = None, path: str = "", file: str = ""
    ) -> None:
        self.key = key
        self.params: Mapping[str, object] = MappingProxyType(dict(params or {}))
        self.path = path
        self.file = file
        super().__init__(
            f"{file}{':' if file else ''}{path or '<document>'}: {key} {dict(self.params)}"
        )
