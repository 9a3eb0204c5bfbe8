"""The domain in pure Python: no Qt, no database, no HTTP. Plain functions over dataclasses."""
