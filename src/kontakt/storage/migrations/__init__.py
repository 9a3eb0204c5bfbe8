"""Alembic migrations, shipped inside the package and run by `kontakt.storage.migrate`."""
