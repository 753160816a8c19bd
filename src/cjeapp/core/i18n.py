"""The one catalogue of messages shown by the core (errors, reports, CLI).

Message ids are English; ``translations/core/<lang>.po`` holds the translations, read with
Babel. Messages are kept as :class:`Message` objects (id + parameters) until shown, so the
same error can be rendered in French at the desk and in English in a log.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from decimal import Decimal
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


def Nn_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a message with its plural for extraction (one entry with its forms in the
    catalogue), for ``ngettext`` later."""
    return singular, plural


def set_language(language: str) -> None:
    global _language
    if language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language: {language}")
    _language = language


def current_language() -> str:
    return _language


@cache
def _catalogue(language: str) -> dict[str, str | tuple[str, ...]]:
    path = translation_path("core", f"{language}.po")
    if not path.exists():
        return {}
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    entries: dict[str, str | tuple[str, ...]] = {}
    for message in catalog:
        if not message.id or not message.string or message.fuzzy:
            continue
        if isinstance(message.id, tuple | list):  # a message with plural forms
            forms = tuple(str(form) for form in message.string)
            if all(forms):
                entries[str(message.id[0])] = forms
        elif message.context:
            entries[f"{message.context}{_CONTEXT}{message.id}"] = str(message.string)
        else:
            entries[str(message.id)] = str(message.string)
    return entries


_CONTEXT = "\x04"  # gettext's separator between a context and its message id


def gettext(msgid: str, language: str | None = None) -> str:
    """Translate ``msgid`` into ``language`` (default: the current language)."""
    found = _catalogue(language or _language).get(msgid, msgid)
    return found if isinstance(found, str) else found[0]


def pgettext(context: str, msgid: str, language: str | None = None) -> str:
    """Translate ``msgid`` as meant in ``context``: one English word ("Counsellor") may
    have several French ones (Conseillère, Conseiller)."""
    found = _catalogue(language or _language).get(f"{context}{_CONTEXT}{msgid}", msgid)
    return found if isinstance(found, str) else found[0]


def ngettext(singular: str, plural: str, count: int | float | Decimal,
             language: str | None = None) -> str:
    """The form for ``count`` in ``language``, by the language's own rule (CLDR): French
    says "1 service", "0,5 heure", "2 heures"; English "1 service", "0.5 hours"."""
    language = language or _language
    one = _plural_category(language, count) == "one"
    found = _catalogue(language).get(singular)
    if isinstance(found, tuple):
        return found[0] if one else found[-1]
    return singular if one else plural


def _plural_category(language: str, count: int | float | Decimal) -> str:
    from babel import Locale

    return str(Locale.parse(language).plural_form(count))


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
