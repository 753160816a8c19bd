"""Who holds which of the organization's secrets (see ``core.custody``).

A key holder is one staff member's X25519 key pair: the public half in clear, the private
half sealed under a key derived from their own password. A grant is one secret (a
generation of the case-notes key, the signing key, the pseudonym key) sealed to one
holder's public key. Nothing here opens without a password of someone the secret is for.
"""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy import Text
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column

from cjeapp.core.ids import UserId
from cjeapp.core.models.base import Record
from cjeapp.core.models.base import fk


class KeyHolder(Record):
    __tablename__ = "key_holders"

    # None: the organization's recovery key (its private half derived from that key).
    user_id: Mapped[UserId | None] = fk("users.id", nullable=True)
    public_key: Mapped[str] = mapped_column(String(64))  # base64 of 32 bytes
    # base64 of the Argon2id salt, the nonce and the AES-GCM sealed private key
    private_sealed: Mapped[str] = mapped_column(Text)
    # "secrets:signature" by the organization's signing key (``custody.grants.certify``):
    # empty while no one who holds the keys has vouched for this key pair.
    certificate: Mapped[str] = mapped_column(Text, default="")


class KeyGrant(Record):
    __tablename__ = "key_grants"

    holder_id: Mapped[str] = fk("key_holders.id")
    secret: Mapped[str] = mapped_column(String(20))  # notes, signing, pseudonym
    generation: Mapped[int] = mapped_column(default=1)
    key_id: Mapped[str] = mapped_column(String(16))  # which key of that generation
    sealed: Mapped[str] = mapped_column(Text)  # base64: ephemeral key, nonce, ciphertext
    # base64 of the organization's Ed25519 signature over the grant (``custody.grants``):
    # a copy nobody who holds the signing key handed on is not believed.
    signature: Mapped[str] = mapped_column(Text, default="")
