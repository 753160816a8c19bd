"""The QR code of a document checks the paper without the database.

It holds, separated by "|": ``CJEAPP2``, the document's number, its verification code, what
the document is (its kind's code: an attestation of services, a collection notice…), its
subject (the period it covers, ``YYYY-MM-DD/YYYY-MM-DD``, or empty), the person's name, the
issue date (YYYY-MM-DD) and the organization's Ed25519 signature over the seven fields
before it (UTF-8, joined by "|"), in unpadded base64url: a notice's QR stuck on a forged
attestation says « avis de collecte », and is refused when the kind checked is another.
Papers printed before carry ``CJEAPP1`` (no kind): still checked, with that said. Anyone with the
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

MAGIC = "CJEAPP2"
EARLIER = "CJEAPP1"  # number, code, name, date: what the QR signed before December 2026
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
    kind: str = ""  # the kind's code ("" on an earlier QR, which did not sign it)
    subject: str = ""  # the period covered, "YYYY-MM-DD/YYYY-MM-DD", or ""


def _clean(text: str) -> str:
    return text.replace(SEPARATOR, "/").strip()


def subject_of(period_from: date | None, period_to: date | None) -> str:
    if period_from is None or period_to is None:
        return ""
    return f"{period_from.isoformat()}/{period_to.isoformat()}"


def qr_text(key: Ed25519PrivateKey, number: str, code: str, kind: str, subject: str,
            name: str, issued_on: date, url: str | None = None) -> str:
    signed = SEPARATOR.join((MAGIC, number, code, _clean(kind), _clean(subject), _clean(name),
                             issued_on.isoformat()))
    signature = base64.urlsafe_b64encode(key.sign(signed.encode())).rstrip(b"=").decode()
    payload = f"{signed}{SEPARATOR}{signature}"
    return f"{url}{quote(payload, safe='')}" if url else payload


def _altered(number: str = "") -> PaperCheck:
    return PaperCheck(False, msg(N_(
        "The QR code does not carry the organization's signature: the paper was altered or "
        "does not come from this organization.")), number)


NOTICE_KIND = "collection_notice"


def _signed_by(keys: list[Ed25519PublicKey], signature: bytes, signed: bytes) -> bool:
    for key in keys:
        try:
            key.verify(signature, signed)
        except InvalidSignature:
            continue
        return True
    return False


def check(text: str, public_key: Ed25519PublicKey, expected_kind: str | None = None,
          notice_key: Ed25519PublicKey | None = None) -> PaperCheck:
    """What the QR of a paper says — which document, what it is, for whom, when — and
    whether the organization's key signed it; refused when ``expected_kind`` (what the
    paper says it is) is not what the QR signed. ``notice_key`` (the key reception signs
    collection notices with) is believed for a notice alone."""
    text = text.strip()[:MAX_TEXT]
    if SEPARATOR not in text:  # after a web address, percent-encoded
        text = unquote(text)
    start = max(text.find(MAGIC), text.find(EARLIER))
    if start < 0:
        return PaperCheck(False, msg(N_("This is not the QR code of a cjeapp document.")))
    parts = text[start:].split(SEPARATOR)
    earlier = parts[0] == EARLIER
    if len(parts) != (6 if earlier else 8):
        return PaperCheck(False, msg(N_(
            "The QR code is incomplete or damaged: it does not have the parts of a cjeapp "
            "document.")))
    if earlier:
        _magic, number, _code, name, day, signature = parts
        kind = subject = ""
    else:
        _magic, number, _code, kind, subject, name, day, signature = parts
    try:
        issued_on = date.fromisoformat(day)
        raw = base64.urlsafe_b64decode(signature + "=" * (-len(signature) % 4))
    except ValueError:
        return _altered(number)
    keys = [public_key] + ([notice_key] if notice_key is not None and kind == NOTICE_KIND
                           else [])
    if not _signed_by(keys, raw, SEPARATOR.join(parts[:-1]).encode()):
        return _altered(number)
    what = msg(_KINDS.get(kind, N_("a document")))
    if expected_kind is not None and kind != expected_kind:
        return PaperCheck(False, msg(N_(
            "This QR code was signed for {what} (document {number}), not for the document "
            "it is on: the paper is forged."), what=what, number=number), number, name,
            issued_on, kind, subject)
    if earlier:
        return PaperCheck(True, msg(N_(
            "Signed by the organization: document {number}, issued {date} to {name}. This "
            "QR, printed before December 2026, does not say what the document is: check "
            "its kind in the organization's register."), number=number, date=day,
            name=name), number, name, issued_on)
    period = subject.replace("/", " – ") if subject else ""
    return PaperCheck(True, msg(N_(
        "Signed by the organization: {what} {period}, document {number}, issued {date} to "
        "{name}. Check that the paper says the same."), what=what, period=period,
        number=number, date=day, name=name), number, name, issued_on, kind, subject)


# What a document is, in words (its kind's code as the register keeps it).
_KINDS = {
    "attestation_services": N_("an attestation of services"),
    "attestation_participation": N_("an attestation of participation"),
    "referral_letter": N_("a referral letter"),
    "collection_notice": N_("a notice at collection of personal information"),
}
