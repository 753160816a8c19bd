"""Finding people fast: normalized keys and the SQLite FTS5 index."""
