"""The organization's reporting secrets: an Ed25519 key that signs funder packages, the QR
codes of documents and the seals of the log (its public half is given to the funder and
published so anyone holding a paper can check it), and the key of the stable pseudonyms.
Both are held only by those who use them (``core.custody``): the program reads them from
what the signed-in person's password opened.

The collection notice, which reception gives, is signed by a key of its own that every
staff member holds (``documents.notice_key``): a QR it signs is genuine only on a notice,
so reception's password opens no way to sign an attestation."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select

from cjeapp.core.custody.held import Secret
from cjeapp.core.custody.keeping import LEGACY
from cjeapp.core.custody.keeping import PUBLIC_KEY
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.ids import ClientId
from cjeapp.core.models import Setting
from cjeapp.core.org.setting_writes import put
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.unit_of_work import UnitOfWork
from cjeapp.core.unit_of_work import unit_of_work

SIGNING_KEY = LEGACY[Secret.SIGNING]
PSEUDONYM_KEY = LEGACY[Secret.PSEUDONYM]
NOTICE_KEY = "documents.notice_key"
NOTICE_PUBLIC_KEY = "documents.notice_public_key"

NOT_HELD = {
    Secret.SIGNING: N_("You do not hold the organization's signing key yet. A colleague who "
                       "holds it passes it on to you the next time they sign in; sign in "
                       "again after that."),
    Secret.PSEUDONYM: N_("You do not hold the key of the funder's pseudonyms: the director "
                         "holds it."),
}


def _held(actor: Actor, secret: Secret) -> bytes:
    newest = actor.keys.newest(secret) if actor.keys is not None else None
    if newest is None:
        raise CjeError(msg(NOT_HELD[secret]))
    return newest[2]


def signing_key(actor: Actor) -> Ed25519PrivateKey:
    """The organization's signing key, as this person holds it."""
    return Ed25519PrivateKey.from_private_bytes(_held(actor, Secret.SIGNING))


def pem_of_public(raw: bytes) -> bytes:
    return Ed25519PublicKey.from_public_bytes(raw).public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def pem_of(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.PEM,
                                         serialization.PublicFormat.SubjectPublicKeyInfo)


def _setting(db: Database, key: str) -> str | None:
    with db.read_session() as session:
        value = session.scalar(select(Setting.value).where(Setting.key == key,
                                                           Setting.deleted_at.is_(None)))
    return value or None


def public_key_pem(db: Database) -> bytes | None:
    """The organization's public key, kept in clear beside the sealed private one; None
    before anyone who signs has signed in."""
    kept = _setting(db, PUBLIC_KEY)
    if kept is not None:
        return kept.encode("ascii")
    legacy = _setting(db, SIGNING_KEY)  # an older file, not yet taken up by a signer
    if legacy is not None:
        try:
            return pem_of(Ed25519PrivateKey.from_private_bytes(base64.b64decode(legacy)))
        except ValueError:
            return None
    return None


def _notice_key_in(uow: UnitOfWork) -> Ed25519PrivateKey:
    """The collection notices' key (every staff member's), made the first time."""
    row = uow.session.scalar(select(Setting).where(Setting.key == NOTICE_KEY,
                                                   Setting.deleted_at.is_(None)))
    if row is not None:
        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(row.value))
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                            serialization.NoEncryption())
    put(uow, None, NOTICE_KEY, base64.b64encode(raw).decode("ascii"))
    put(uow, None, NOTICE_PUBLIC_KEY, pem_of(key).decode("ascii"))
    return key


def document_key_in(uow: UnitOfWork, kind: str) -> Ed25519PrivateKey:
    """What signs a document of ``kind``: the notices' key for a collection notice, the
    organization's for every other."""
    if kind == "collection_notice":
        return _notice_key_in(uow)
    return signing_key(uow.actor)


def notice_public_pem(db: Database) -> bytes | None:
    kept = _setting(db, NOTICE_PUBLIC_KEY)
    return kept.encode("ascii") if kept is not None else None


def believed_public_pem(db: Database, actor: Actor | None) -> bytes | None:
    """The organization's public key as this person believes it (the one they pinned, not
    the settings' row, which anyone with the database key may write); the settings' for
    someone who holds none."""
    if actor is not None and actor.keys is not None and actor.keys.pinned is not None:
        return pem_of_public(actor.keys.pinned)
    return public_key_pem(db)


def public_keys_pem(db: Database, actor: Actor | None = None) -> bytes:
    """What is given out to check papers: the organization's public key first (the one
    that checks packages), then the notices'. Nothing without the organization's: the
    notices' key alone would be taken for it."""
    organization = believed_public_pem(db, actor)
    if organization is None:
        return b""
    return organization + (notice_public_pem(db) or b"")


def public_key_for(db: Database, actor: Actor) -> bytes:
    """The public keys to give the funder and whoever checks papers."""
    actor.require(Permission.FUNDER_EXPORT)
    with unit_of_work(db, actor) as uow:
        uow.audit("export", "public_key", None)
    found = public_keys_pem(db, actor)
    if not found:
        raise CjeError(msg(N_("The organization has no signing key yet: it is made when "
                              "someone who issues documents first signs in.")))
    return found


_PEM_BLOCK = re.compile(rb"-----BEGIN PUBLIC KEY-----.+?-----END PUBLIC KEY-----", re.S)


def load_public_keys(pem: bytes) -> list[Ed25519PublicKey]:
    """Each Ed25519 public key in a PEM text, in order (the organization's first)."""
    found = []
    for block in _PEM_BLOCK.findall(pem):
        key = serialization.load_pem_public_key(block)
        if not isinstance(key, Ed25519PublicKey):
            raise ValueError("not an Ed25519 public key")
        found.append(key)
    if not found:
        raise ValueError("no public key")
    return found


def checking_keys(db: Database, actor: Actor) -> list[Ed25519PublicKey]:
    """The keys a paper is checked with here: the organization's as this person believes
    it (the one they pinned, not the settings' row, which anyone with the database key may
    write), then the notices'. ValueError when the organization has none yet."""
    return load_public_keys(public_keys_pem(db, actor))


def load_public_key(pem: bytes) -> Ed25519PublicKey:
    return load_public_keys(pem)[0]


class Pseudonyms:
    """Stable pseudonymous ids: the same person gets the same id in every package. Without
    the organization's key (a dashboard's distinct counts), a key for this run alone."""

    def __init__(self, actor: Actor | None = None) -> None:
        self._key = (_held(actor, Secret.PSEUDONYM) if actor is not None
                     else secrets.token_bytes(32))
        self._cache: dict[str, str] = {}

    def __call__(self, client_id: ClientId) -> str:
        found = self._cache.get(client_id)
        if found is None:
            found = hmac.new(self._key, client_id.encode(), hashlib.sha256).hexdigest()[:16]
            self._cache[client_id] = found
        return found
