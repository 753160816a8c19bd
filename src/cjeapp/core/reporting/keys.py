"""The organization's reporting secrets, kept in the settings table: an Ed25519 key that
signs packages and the QR codes of documents (the public key can be given to the funder,
and published so anyone holding a paper can check it) and the key of the stable
pseudonyms. Both are created once, when first needed."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Callable

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select

from cjeapp.core.db.database import Database
from cjeapp.core.ids import ClientId
from cjeapp.core.models import Setting
from cjeapp.core.permissions import SYSTEM
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.unit_of_work import UnitOfWork
from cjeapp.core.unit_of_work import unit_of_work

SIGNING_KEY = "reporting.signing_key"
PSEUDONYM_KEY = "reporting.pseudonym_key"


def _secret_in(uow: UnitOfWork, key: str, make: Callable[[], str]) -> str:
    row = uow.session.scalar(select(Setting).where(Setting.key == key,
                                                   Setting.deleted_at.is_(None)))
    if row is None:
        row = uow.add(Setting(key=key, value=make()))
    return row.value


def _secret(db: Database, key: str, make: Callable[[], str]) -> str:
    with unit_of_work(db, SYSTEM) as uow:
        return _secret_in(uow, key, make)


def _new_signing_key() -> str:
    raw = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
        serialization.NoEncryption())
    return base64.b64encode(raw).decode()


def signing_key(db: Database) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(
        base64.b64decode(_secret(db, SIGNING_KEY, _new_signing_key)))


def signing_key_in(uow: UnitOfWork) -> Ed25519PrivateKey:
    """The same key, read (or made) inside a transaction already open."""
    return Ed25519PrivateKey.from_private_bytes(
        base64.b64decode(_secret_in(uow, SIGNING_KEY, _new_signing_key)))


PUBLIC_KEY = "reporting.public_key"


def public_key_pem(db: Database) -> bytes:
    """The organization's public key. On the office's server, where only whom signs reads
    the private key, every login reads the public one kept beside it (``publish``)."""
    if db.personal_logins:
        with db.read_session() as session:
            kept = session.scalar(select(Setting.value).where(
                Setting.key == PUBLIC_KEY, Setting.deleted_at.is_(None)))
        if kept is not None:
            return kept.encode("ascii")
    return signing_key(db).public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def publish_public_key(db: Database) -> None:
    """Keep the public key beside the private one (the server's owner, at set-up)."""
    pem = signing_key(db).public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    with unit_of_work(db, SYSTEM) as uow:
        kept = uow.session.scalar(select(Setting).where(Setting.key == PUBLIC_KEY,
                                                        Setting.deleted_at.is_(None)))
        if kept is None:
            uow.add(Setting(key=PUBLIC_KEY, value=pem.decode("ascii")))
        elif kept.value != pem.decode("ascii"):
            uow.change(kept, {"value": pem.decode("ascii")})


def public_key_for(db: Database, actor: Actor) -> bytes:
    """The public key to give the funder (who verifies packages with it)."""
    actor.require(Permission.FUNDER_EXPORT)
    with unit_of_work(db, actor) as uow:
        uow.audit("export", "public_key", None)
    return public_key_pem(db)


def load_public_key(pem: bytes) -> Ed25519PublicKey:
    key = serialization.load_pem_public_key(pem)
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError("not an Ed25519 public key")
    return key


class Pseudonyms:
    """Stable pseudonymous ids: the same person gets the same id in every package."""

    def __init__(self, db: Database) -> None:
        self._key = bytes.fromhex(_secret(db, PSEUDONYM_KEY, lambda: secrets.token_hex(32)))
        self._cache: dict[str, str] = {}

    def __call__(self, client_id: ClientId) -> str:
        found = self._cache.get(client_id)
        if found is None:
            found = hmac.new(self._key, client_id.encode(), hashlib.sha256).hexdigest()[:16]
            self._cache[client_id] = found
        return found
