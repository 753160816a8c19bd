"""The one catalogue of messages shown by the core (errors, reports, CLI).

Message ids are English; ``translations/core/<lang>.po`` holds the translations, read with
Babel. Messages are kept as :class:`Message` objects (id + parameters) until shown, so the
same error can be rendered in French at the desk and in English in a log.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from babel.messages.pofile import read_po

from cjeapp.core.resources import translation_path

SUPPORTED_LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"

_language = DEFAULT_LANGUAGE


def N_(msgid: str) -> str:
    """Mark a string for extraction without translating it now."""
    return msgid


def set_language(language: str) -> None:
    global _language
    if language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language: {language}")
    _language = language


def current_language() -> str:
    return _language


@cache
def _catalogue(language: str) -> dict[str, str]:
    path = translation_path("core", f"{language}.po")
    if not path.exists():
        return {}
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    return {
        str(message.id): str(message.string)
        for message in catalog
        if message.id and message.string and not message.fuzzy
    }


def gettext(msgid: str, language: str | None = None) -> str:
    """Translate ``msgid`` into ``language`` (default: the current language)."""
    return _catalogue(language or _language).get(msgid, msgid)


@dataclass(frozen=True)
class Message:
    """A translatable message with named ``{placeholders}``."""

    msgid: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, language: str | None = None) -> str:
        text = gettext(self.msgid, language)
        params = {
            key: value.render(language) if isinstance(value, Message) else value
            for key, value in self.params.items()
        }
        return text.format(**params) if params else text

    def __str__(self) -> str:
        return self.render()


def msg(msgid: str, **params: Any) -> Message:
    return Message(msgid, params)
