"""Which sealed copies a person believes.

Anyone with the database key can write a row: a copy sealed to a reader's public key with a
key the writer chose would, believed, have the reader's next notes written under a key the
writer knows. So every copy is signed with the organization's signing key by whom handed it
on (every secret is handed on by someone who also holds that key), and a person believes
only copies signed by the signing public key they pinned: sealed with their own private key
under their password, so no one without the password can change it. The first signing key
a person receives is believed on first use (the one the settings publish, when several are
offered), then pinned.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from cjeapp.core.custody import boxes
from cjeapp.core.custody.held import HeldKeys
from cjeapp.core.custody.held import Secret
from cjeapp.core.models import KeyGrant
from cjeapp.core.models import KeyHolder


def grant_context(holder_id: str, secret: str, generation: int, key_id: str) -> bytes:
    return f"cjeapp grant|{holder_id}|{secret}|{generation}|{key_id}".encode()


def _signed_text(grant: KeyGrant) -> bytes:
    return grant_context(grant.holder_id, grant.secret, grant.generation,
                         grant.key_id) + b"|" + grant.sealed.encode("ascii", "replace")


def raw_public(signer: Ed25519PrivateKey) -> bytes:
    return signer.public_key().public_bytes(serialization.Encoding.Raw,
                                            serialization.PublicFormat.Raw)


def sign(grant: KeyGrant, signer: Ed25519PrivateKey) -> None:
    grant.signature = base64.b64encode(signer.sign(_signed_text(grant))).decode("ascii")


def believed(grant: KeyGrant, held: HeldKeys) -> bool:
    """Whether this person's program believes ``grant`` was handed on by someone who
    holds the organization's signing key (the one they pinned)."""
    return held.pinned is not None and _signed_by(grant, held.pinned)


def _signed_by(grant: KeyGrant, public: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(
            base64.b64decode(grant.signature or "", validate=True), _signed_text(grant))
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True


def open_grants(held: HeldKeys, grants: Iterable[KeyGrant], published: bytes | None) -> None:
    """Add to ``held`` what the copies sealed to its key pairs hold, believing only those
    signed by its pinned signing key (pinned now, on first use, when none was yet:
    ``published`` is the organization's public key as the settings give it)."""
    opened: list[tuple[KeyGrant, Secret, bytes]] = []
    for grant in grants:
        private = held.holders.get(grant.holder_id)
        if private is None or grant.secret not in Secret.__members__.values():
            continue
        key = boxes.open_sealed(private, grant.sealed, grant_context(
            grant.holder_id, grant.secret, grant.generation, grant.key_id))
        if key is not None and boxes.key_id(key) == grant.key_id:
            opened.append((grant, Secret(grant.secret), key))
    if held.pinned is None:
        offered = {}
        for grant, secret, key in opened:
            if secret is Secret.SIGNING:
                public = raw_public(Ed25519PrivateKey.from_private_bytes(key))
                if _signed_by(grant, public):
                    offered[public] = key
        choice = (published if published in offered
                  else next(iter(offered)) if len(offered) == 1 else None)
        if choice is None:
            return
        held.pinned, held.pin_changed = choice, True
    for grant, secret, key in opened:
        if _signed_by(grant, held.pinned):
            held.add(secret, grant.key_id, grant.generation, key)


def believe_own(held: HeldKeys, signer: Ed25519PrivateKey) -> None:
    """The signing key this person has just made (or taken out of the settings): pinned."""
    if held.pinned is None:
        held.pinned, held.pin_changed = raw_public(signer), True


# -- key pairs' certificates -------------------------------------------------------------------
# Rows say whose a key pair is and what its person's role is; anyone with the database key
# can write rows. So a secret is sealed only to a key pair certified, with the signing key,
# by someone who holds it: the first who makes that key (the key pairs there are then), a
# colleague who hands on the keys (« Remettre les clés »: they know the person), the second
# person who confirms a role given, or the recovery key. The certificate names the secrets
# the key pair is for: a role written in the table afterwards adds none.


def _certificate_text(holder: KeyHolder, secrets: Iterable[Secret]) -> bytes:
    names = ",".join(sorted(secret.value for secret in secrets))
    return (f"cjeapp key pair|{holder.id}|{holder.user_id or 'recovery'}|"
            f"{holder.public_key}|{names}").encode()


def certify(holder: KeyHolder, secrets: Iterable[Secret], signer: Ed25519PrivateKey) -> str:
    """The certificate of ``holder`` for ``secrets`` (its stored form)."""
    chosen = sorted(secret.value for secret in secrets)
    signature = signer.sign(_certificate_text(holder, (Secret(name) for name in chosen)))
    return ",".join(chosen) + ":" + base64.b64encode(signature).decode("ascii")


def certified(holder: KeyHolder, held: HeldKeys) -> frozenset[Secret]:
    """The secrets ``holder`` is certified for, as this person's pinned key checks it."""
    names, _, signature = (holder.certificate or "").rpartition(":")
    if held.pinned is None or not signature:
        return frozenset()
    try:
        chosen = frozenset(Secret(name) for name in names.split(",") if name)
        Ed25519PublicKey.from_public_bytes(held.pinned).verify(
            base64.b64decode(signature, validate=True), _certificate_text(holder, chosen))
    except (InvalidSignature, ValueError, binascii.Error):
        return frozenset()
    return chosen
