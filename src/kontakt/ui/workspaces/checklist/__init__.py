"""The Testsjekkliste workspace."""
