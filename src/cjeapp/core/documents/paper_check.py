"""The QR code of a document checks the paper without the database.

It holds, separated by "|": ``CJEAPP1``, the document's number, its verification code, the
person's name, the issue date (YYYY-MM-DD) and the organization's Ed25519 signature over the
five fields before it (UTF-8, joined by "|"), in unpadded base64url. Anyone with the
organization's public key (``cjeapp public-key``) can check it: ``cjeapp verify-document
--qr TEXT --public-key KEY``. When the organization sets a verification address in
Paramètres, the QR is that address followed by the payload (percent-encoded), so a phone
opens the page; the payload after the address checks the same way."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote
from urllib.parse import unquote

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from cjeapp.core.i18n import N_
from cjeapp.core.i18n import Message
from cjeapp.core.i18n import msg

MAGIC = "CJEAPP1"
SEPARATOR = "|"
VERIFY_URL = "documents.verify_url"  # the setting (org.settings): an address before it
MAX_TEXT = 2000


@dataclass(frozen=True)
class PaperCheck:
    genuine: bool
    reason: Message
    number: str = ""
    name: str = ""
    issued_on: date | None = None


def _signed_part(number: str, code: str, name: str, issued_on: date) -> str:
    clean = name.replace(SEPARATOR, "/").strip()
    return SEPARATOR.join((MAGIC, number, code, clean, issued_on.isoformat()))


def qr_text(key: Ed25519PrivateKey, number: str, code: str, name: str, issued_on: date,
            url: str | None = None) -> str:
    signed = _signed_part(number, code, name, issued_on)
    signature = base64.urlsafe_b64encode(key.sign(signed.encode())).rstrip(b"=").decode()
    payload = f"{signed}{SEPARATOR}{signature}"
    return f"{url}{quote(payload, safe='')}" if url else payload


def check(text: str, public_key: Ed25519PublicKey) -> PaperCheck:
    """What the QR of a paper says, and whether the organization's key signed it."""
    text = text.strip()[:MAX_TEXT]
    if SEPARATOR not in text:  # after a web address, percent-encoded
        text = unquote(text)
    start = text.find(MAGIC)
    if start < 0:
        return PaperCheck(False, msg(N_("This is not the QR code of a cjeapp document.")))
    parts = text[start:].split(SEPARATOR)
    if len(parts) != 6:
        return PaperCheck(False, msg(N_(
            "The QR code is incomplete or damaged: it does not have the six parts of a "
            "cjeapp document.")))
    _magic, number, _code, name, day, signature = parts
    try:
        issued_on = date.fromisoformat(day)
        raw = base64.urlsafe_b64decode(signature + "=" * (-len(signature) % 4))
        public_key.verify(raw, SEPARATOR.join(parts[:5]).encode())
    except (ValueError, InvalidSignature):
        return PaperCheck(False, msg(N_(
            "The QR code does not carry the organization's signature: the paper was altered "
            "or does not come from this organization.")), number)
    return PaperCheck(True, msg(N_(
        "Signed by the organization: document {number}, issued {date} to {name}. Check that "
        "the paper says the same."), number=number, date=day, name=name), number, name,
        issued_on)
