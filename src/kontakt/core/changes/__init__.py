"""Change requests as data: their kinds, their lifecycle, and the approval that signs them.

Pure Python (and `cryptography` for Ed25519, `rfc8785` for the canonical JSON): the
services store requests and the window shows them; what a request may become next, and
what exactly an approval signs, is decided here once.
"""
