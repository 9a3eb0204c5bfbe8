"""The database: SQLAlchemy 2 models, the engine and sessions, migrations, repositories.

Open it with `kontakt.storage.db.open_database(url)`; it checks the file, then migrates to
the current schema. Each user action runs in one `Database.transaction()`. Only
`kontakt.services` imports this package (`services.database` is the window's and the
command line's door). This package's top imports nothing, so that `kontakt.storage.errors`
can be read without loading SQLAlchemy.
"""
