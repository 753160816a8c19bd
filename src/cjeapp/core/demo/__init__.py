"""Realistic, deterministic demo data, written in bulk."""
