"""The database: SQLAlchemy 2 models, the engine and sessions, migrations, repositories.

Open it with `open_database(url)`; it migrates to the current schema first. Each user
action runs in one `Database.transaction()`.
"""

from kontakt.storage.db import Database, default_database_url, open_database
from kontakt.storage.errors import StorageError

__all__ = ["Database", "StorageError", "default_database_url", "open_database"]
