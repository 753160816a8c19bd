"""Automatic backups: made on closing and once a day, verified, kept by a rotation, listed
and restored from Paramètres."""
