"""Kontakt: the desktop tool of the ICT contacts of IKT Nordhordland's municipalities."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # The version is read from the installed package's metadata only when asked for:
    # importlib.metadata costs a third of a bare Qt window's start-up.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("kontakt")
        except PackageNotFoundError:  # a source tree that was never installed
            return "0.0.0+source"
    raise AttributeError(f"module 'kontakt' has no attribute {name!r}")
