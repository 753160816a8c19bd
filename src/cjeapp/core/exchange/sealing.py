"""Exchange files sealed for one recipient and signed by their sender (``cryptography``).

The construction, each piece a standard one:
- a fresh X25519 key pair for each file; its shared secret with the recipient's X25519
  public key, through HKDF-SHA256 (salt: both public keys), gives a 256-bit AES-GCM key;
- the payload, compressed (zlib), is encrypted with AES-256-GCM under a random 96-bit
  nonce, the file's header (sender, recipient, file number) as associated data;
- the sender's Ed25519 key signs everything before the signature, so a file is checked
  to come from a registered replica before anything of it is decrypted.

File layout: ``CJEX1\\n``, the header's length (4 bytes, big-endian) and the header (JSON),
the ephemeral public key (32 bytes), the nonce (12), the ciphertext, the signature (64)."""

from __future__ import annotations

import base64
import json
import os
import struct
import zlib
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg

MAGIC = b"CJEX1\n"
INFO = b"cjeapp exchange file v1"
MAX_HEADER = 4096
# Decompressed, a file is read whole as JSON (about 4 bytes of Python objects a byte): 48 MB
# keeps an import under 300 MB of memory, and holds ten times the biggest file measured
# (the office's first file to a laptop with a 2,000-person caseload's history).
MAX_PAYLOAD = 48 * 1024 * 1024
MAX_FILE = MAX_PAYLOAD  # compressed, it is smaller still


class BadExchangeFile(CjeError):
    """Not an exchange file, damaged, altered, or not for this database."""


@dataclass(frozen=True)
class KeyPair:
    sign_private: str  # base64 of the raw keys
    sign_public: str
    box_private: str
    box_public: str


def _raw_private(key: Ed25519PrivateKey | X25519PrivateKey) -> str:
    return base64.b64encode(key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
        serialization.NoEncryption())).decode("ascii")


def _raw_public(key: Ed25519PublicKey | X25519PublicKey) -> str:
    return base64.b64encode(key.public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)).decode("ascii")


def new_keys() -> KeyPair:
    sign, box = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    return KeyPair(_raw_private(sign), _raw_public(sign.public_key()),
                   _raw_private(box), _raw_public(box.public_key()))


def _aead_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient,
                info=INFO).derive(shared)


def seal(header: dict[str, Any], payload: bytes, *, sign_private: str,
         recipient_box_public: str) -> bytes:
    head = json.dumps(header, sort_keys=True).encode("utf-8")
    recipient = base64.b64decode(recipient_box_public)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    nonce = os.urandom(12)
    sealed = AESGCM(_aead_key(shared, ephemeral_public, recipient)).encrypt(
        nonce, zlib.compress(payload, 6), head)
    body = MAGIC + struct.pack(">I", len(head)) + head + ephemeral_public + nonce + sealed
    signer = Ed25519PrivateKey.from_private_bytes(base64.b64decode(sign_private))
    return body + signer.sign(body)


def _damaged() -> BadExchangeFile:
    return BadExchangeFile(msg(N_("This is not an exchange file of cjeapp, or it is "
                                  "damaged. Nothing was changed.")))


def read_header(data: bytes) -> dict[str, Any]:
    """The header (who sent it, to whom), read before anything is trusted."""
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4 + 32 + 12 + 16 + 64:
        raise _damaged()
    (length,) = struct.unpack(">I", data[len(MAGIC):len(MAGIC) + 4])
    if length > MAX_HEADER or len(MAGIC) + 4 + length + 32 + 12 + 16 + 64 > len(data):
        raise _damaged()
    try:
        header = json.loads(data[len(MAGIC) + 4:len(MAGIC) + 4 + length])
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _damaged() from None
    if not isinstance(header, dict) or not all(
            isinstance(header.get(key), str) for key in ("sender", "recipient")) \
            or not isinstance(header.get("file"), int) or isinstance(header.get("file"), bool) \
            or not 0 < header["file"] < 2 ** 63 or len(header["sender"]) > 36 \
            or len(header["recipient"]) > 36:
        raise _damaged()
    return header


def open_sealed(data: bytes, *, sender_sign_public: str, box_private: str) -> bytes:
    """The payload, once the signature is the sender's and the content is intact."""
    body, signature = data[:-64], data[-64:]
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(sender_sign_public)).verify(
            signature, body)
    except InvalidSignature:
        raise BadExchangeFile(msg(N_(
            "This exchange file was altered after it was written, or was not written by "
            "the replica it names. Nothing was changed."))) from None
    (length,) = struct.unpack(">I", body[len(MAGIC):len(MAGIC) + 4])
    start = len(MAGIC) + 4
    head = body[start:start + length]
    ephemeral = body[start + length:start + length + 32]
    nonce = body[start + length + 32:start + length + 44]
    sealed = body[start + length + 44:]
    own = X25519PrivateKey.from_private_bytes(base64.b64decode(box_private))
    own_public = own.public_key().public_bytes(serialization.Encoding.Raw,
                                               serialization.PublicFormat.Raw)
    try:
        shared = own.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        compressed = AESGCM(_aead_key(shared, ephemeral, own_public)).decrypt(
            nonce, sealed, head)
        inflater = zlib.decompressobj()
        payload = inflater.decompress(compressed, MAX_PAYLOAD)
    except (InvalidTag, ValueError, zlib.error):
        raise _damaged() from None
    if inflater.unconsumed_tail:
        raise BadExchangeFile(msg(N_(
            "This exchange file holds more than an exchange carries ({megabytes} MB once "
            "opened): it is refused, and nothing was changed."),
            megabytes=MAX_PAYLOAD // (1024 * 1024)))
    return payload
