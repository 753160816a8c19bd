"""The cryptography of custody: a private key sealed under a password, a secret sealed to
a public key (X25519, HKDF-SHA256, AES-256-GCM, all from ``cryptography``), and a text
sealed under a symmetric key. Every sealed thing is bound to what it is (its context):
a copy moved to another row, person or generation does not open."""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from cjeapp.core.db.keyring import password_kek

SALT_BYTES = 16
NONCE_BYTES = 12
KEY_BYTES = 32


def new_secret() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def key_id(secret: bytes) -> str:
    """A name for a secret that says nothing of it (to tell generations apart)."""
    return hashlib.sha256(b"cjeapp key id|" + secret).hexdigest()[:16]


def recovery_private(recovery_secret: bytes) -> X25519PrivateKey:
    """The key pair of the organization's recovery key, derived from it (nothing of it is
    kept: whoever types the recovery key has it)."""
    return X25519PrivateKey.from_private_bytes(HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
        info=b"cjeapp recovery holder").derive(recovery_secret))


def public_text(private: X25519PrivateKey) -> str:
    raw = private.public_key().public_bytes(serialization.Encoding.Raw,
                                            serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def _raw(private: X25519PrivateKey) -> bytes:
    return private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                 serialization.NoEncryption())


def _decoded(text: str) -> bytes | None:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        return None


def seal_private(private: X25519PrivateKey, password: str, context: bytes,
                 pin: bytes | None = None, salt: bytes | None = None) -> str:
    """The private key under a key derived from the password (Argon2id, ~0.2 s), with the
    organization's signing public key this person trusts (``pin``), sealed with it: nobody
    without the password can change which key they believe. ``salt``: the one of the
    person's copy of the database key (one derivation at sign-in), else a new one."""
    salt = salt if salt is not None and len(salt) == SALT_BYTES else \
        secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    sealed = AESGCM(password_kek(password, salt)).encrypt(nonce, _raw(private) + (pin or b""),
                                                          context)
    return base64.b64encode(salt + nonce + sealed).decode("ascii")


def open_private(sealed: str, password: str,
                 context: bytes) -> tuple[X25519PrivateKey, bytes | None] | None:
    """The private key and the pinned signing public key (None before one is pinned)."""
    raw = _decoded(sealed)
    if raw is None or len(raw) not in (SALT_BYTES + NONCE_BYTES + KEY_BYTES + 16,
                                       SALT_BYTES + NONCE_BYTES + 2 * KEY_BYTES + 16):
        return None
    salt, nonce, body = raw[:SALT_BYTES], raw[SALT_BYTES:SALT_BYTES + NONCE_BYTES], \
        raw[SALT_BYTES + NONCE_BYTES:]
    try:
        opened = AESGCM(password_kek(password, salt)).decrypt(nonce, body, context)
    except InvalidTag:
        return None
    return (X25519PrivateKey.from_private_bytes(opened[:KEY_BYTES]),
            opened[KEY_BYTES:] or None)


def _box_key(shared: bytes, ephemeral: bytes, recipient: bytes, context: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=ephemeral + recipient,
                info=b"cjeapp grant|" + context).derive(shared)


def seal_to(public_key: str, secret: bytes, context: bytes) -> str:
    """``secret`` for the holder of ``public_key`` alone (an ephemeral key agreement)."""
    recipient = _decoded(public_key)
    if recipient is None or len(recipient) != KEY_BYTES:
        raise ValueError("not a public key")
    ephemeral = X25519PrivateKey.generate()
    ephemeral_raw = ephemeral.public_key().public_bytes(serialization.Encoding.Raw,
                                                        serialization.PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    nonce = secrets.token_bytes(NONCE_BYTES)
    sealed = AESGCM(_box_key(shared, ephemeral_raw, recipient, context)).encrypt(
        nonce, secret, context)
    return base64.b64encode(ephemeral_raw + nonce + sealed).decode("ascii")


def open_sealed(private: X25519PrivateKey, sealed: str, context: bytes) -> bytes | None:
    raw = _decoded(sealed)
    if raw is None or len(raw) < KEY_BYTES + NONCE_BYTES + 16:
        return None
    ephemeral, nonce, body = raw[:KEY_BYTES], raw[KEY_BYTES:KEY_BYTES + NONCE_BYTES], \
        raw[KEY_BYTES + NONCE_BYTES:]
    recipient = private.public_key().public_bytes(serialization.Encoding.Raw,
                                                  serialization.PublicFormat.Raw)
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        return AESGCM(_box_key(shared, ephemeral, recipient, context)).decrypt(
            nonce, body, context)
    except (InvalidTag, ValueError):
        return None


def seal_text(key: bytes, text: str, context: bytes) -> str:
    nonce = secrets.token_bytes(NONCE_BYTES)
    return base64.b64encode(nonce + AESGCM(key).encrypt(nonce, text.encode("utf-8"),
                                                        context)).decode("ascii")


def open_text(key: bytes, sealed: str, context: bytes) -> str | None:
    raw = _decoded(sealed)
    if raw is None or len(raw) < NONCE_BYTES + 16:
        return None
    try:
        return AESGCM(key).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], context).decode(
            "utf-8")
    except (InvalidTag, UnicodeDecodeError):
        return None
