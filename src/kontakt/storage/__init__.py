"""The database: SQLAlchemy 2 models, the engine and sessions, migrations, repositories.

Open it with `kontakt.storage.db.open_database(url)`; it migrates to the current schema
first. Each user action runs in one `Database.transaction()`. This package's top imports
nothing, so that `kontakt.storage.errors` can be read without loading SQLAlchemy.
"""
