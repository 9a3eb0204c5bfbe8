"""Kontakt: the desktop tool of the ICT contacts of IKT Nordhordland's municipalities."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kontakt")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
