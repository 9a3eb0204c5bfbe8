"""Where Kontakt's shipped files are: `resources/` (demo data, schemas, icons), `translations/`
and the files inside the package that must exist as files (the Alembic migrations).

An installed wheel carries `resources/` and `translations/` inside the package as
`kontakt/_data/…`; a source checkout has them at the top of the tree; a PyInstaller build
unpacks them beside its Python modules, under `sys._MEIPASS` (see build.spec). This is the
one place that knows; nothing else computes a path from `__file__` (a test checks).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def frozen_root() -> Path | None:
    """The folder a PyInstaller build unpacked its files into, None when run from source."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else None


@cache
def _root(kind: str) -> Path:
    candidates = [
        _PACKAGE_DIR / "_data" / kind,  # wheel install
        _PACKAGE_DIR.parent.parent / kind,  # source tree: src/kontakt -> top level
    ]
    frozen = frozen_root()
    if frozen is not None:
        candidates.insert(0, frozen / kind)
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


def package_path(*parts: str) -> Path:
    """A file or folder inside the `kontakt` package that a library opens by its path, e.g.
    `package_path("storage", "migrations")` for Alembic. A frozen build carries such folders
    as data under `kontakt/`, since its Python modules live in an archive, not in files."""
    frozen = frozen_root()
    base = frozen / "kontakt" if frozen is not None else _PACKAGE_DIR
    return base.joinpath(*parts)
