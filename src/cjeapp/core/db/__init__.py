"""Opening, migrating, checking and backing up the SQLite database file."""
