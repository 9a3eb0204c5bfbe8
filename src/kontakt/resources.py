"""Where Kontakt's shipped files are: `resources/` (demo data, schemas) and `translations/`.

An installed wheel carries them inside the package as `kontakt/_data/…`; a source checkout
(an editable install, or a frozen build laid out like it) has them at the top of the tree.
This is the one place that knows; nothing else computes a path from `__file__`.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _root(kind: str) -> Path:
    candidates = [
        _PACKAGE_DIR / "_data" / kind,  # wheel install
        _PACKAGE_DIR.parent.parent / kind,  # source tree: src/kontakt -> top level
    ]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / kind)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"Kontakt's '{kind}' folder is missing (looked in: "
        + ", ".join(str(c) for c in candidates)
        + ")"
    )


def resource_path(*parts: str) -> Path:
    """A file or folder under `resources/`, e.g. `resource_path("demo", "hrm.csv")`."""
    return _root("resources").joinpath(*parts)


def translations_dir() -> Path:
    """The folder with the compiled translations (`kontakt_nn.qm`, …)."""
    return _root("translations")
