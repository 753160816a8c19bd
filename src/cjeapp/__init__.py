"""cjeapp: reception and integration services for newcomers in Quebec (PASI)."""

__version__ = "0.1.0"
