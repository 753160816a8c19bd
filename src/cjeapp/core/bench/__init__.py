"""Benchmarks that print their figures (``cjeapp bench ...``)."""
