"""The year-end package for the funder: a declarative profile, validation, the package."""
