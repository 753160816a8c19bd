"""Bringing in the spreadsheets organizations keep: read, map, dry run, import, undo."""
