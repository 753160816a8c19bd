"""What a signed-in person holds: the secrets opened with their password, for the time
they are signed in (never written anywhere)."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from enum import StrEnum

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey


class Secret(StrEnum):
    NOTES = "notes"
    SIGNING = "signing"
    PSEUDONYM = "pseudonym"


@dataclass(eq=False)
class HeldKeys:
    # Each key pair of this person that their password opened (one per device they set
    # one up on, usually one).
    holders: dict[str, X25519PrivateKey] = field(default_factory=dict)
    # secret -> key id -> (generation, key)
    keys: dict[Secret, dict[str, tuple[int, bytes]]] = field(default_factory=dict)
    # The organization's signing public key (raw) this person believes: every sealed copy
    # they accept is signed by it. Kept sealed with their private key under their password.
    pinned: bytes | None = None
    pin_changed: bool = False  # pinned at this sign-in: to seal with their key pair

    def add(self, secret: Secret, key_id: str, generation: int, key: bytes) -> None:
        self.keys.setdefault(secret, {})[key_id] = (generation, key)

    def has(self, secret: Secret, key_id: str) -> bool:
        return key_id in self.keys.get(secret, {})

    def key(self, secret: Secret, key_id: str) -> bytes | None:
        found = self.keys.get(secret, {}).get(key_id)
        return found[1] if found else None

    def newest(self, secret: Secret) -> tuple[str, int, bytes] | None:
        """The key of the highest generation held (the first key id on a tie)."""
        held = self.keys.get(secret, {})
        if not held:
            return None
        key_id = min(held, key=lambda name: (-held[name][0], name))
        generation, key = held[key_id]
        return key_id, generation, key
