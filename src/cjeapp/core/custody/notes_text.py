"""A confidential note's text as the database keeps it: sealed under a case-notes key,
named by its key id, bound to the note and the person (a sealed text moved to another note
or file does not open)."""

from __future__ import annotations

from cjeapp.core.custody import boxes
from cjeapp.core.custody.held import HeldKeys
from cjeapp.core.custody.held import Secret

PREFIX = "cjeapp-note:1:"


def is_sealed(body: str) -> bool:
    return body.startswith(PREFIX)


def _context(note_id: str, client_id: str) -> bytes:
    return f"cjeapp note|{note_id}|{client_id}".encode()


def seal(newest: tuple[str, int, bytes], note_id: str, client_id: str, text: str) -> str:
    key_id, _generation, key = newest
    return PREFIX + key_id + ":" + boxes.seal_text(key, text, _context(note_id, client_id))


def key_of(body: str) -> str | None:
    if not is_sealed(body):
        return None
    return body[len(PREFIX):].split(":", 1)[0]


def open_note(held: HeldKeys | None, note_id: str, client_id: str, body: str) -> str | None:
    """The text, or None when this person holds no key to it (or it was tampered with).
    A text from before the notes were sealed reads as it is."""
    if not is_sealed(body):
        return body
    key_id, _, sealed = body[len(PREFIX):].partition(":")
    key = held.key(Secret.NOTES, key_id) if held is not None else None
    if key is None:
        return None
    return boxes.open_text(key, sealed, _context(note_id, client_id))
