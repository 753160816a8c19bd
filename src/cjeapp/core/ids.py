"""Distinct types for the ids that travel between screens and services. They are plain
UUID strings at run time; to mypy a person's id is not a staff member's id, so passing one
where the other is expected is caught before it runs."""

from __future__ import annotations

from typing import NewType

ClientId = NewType("ClientId", str)
UserId = NewType("UserId", str)
