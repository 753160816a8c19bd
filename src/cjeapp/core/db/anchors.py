"""The audit chain held against copies kept elsewhere: a backup carries the chain as it was
when it was made, so its last entry (its *head*: position and hash) is a witness the live
file cannot rewrite. Someone with the key who cuts the log's tail, deletes, inserts, edits
or back-dates an entry and then re-hashes everything after it leaves a chain that verifies
on its own — but not against a backup made before: at the backup's head, the live chain
holds another hash, or no entry at all (``cjeapp check --against BACKUP``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from cjeapp.core.db import sqlite_file
from cjeapp.core.db.sqlite_file import Connection
from cjeapp.core.errors import DatabaseOpenError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import Message
from cjeapp.core.i18n import msg


@dataclass(frozen=True)
class Anchor:
    seq: int
    hash: str
    source: str  # where it was read (a backup's file name)


def head_of(connection: Connection, source: str) -> Anchor | None:
    """The last entry of a chain (None for an empty log)."""
    row = connection.execute(
        "SELECT seq, chain_hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return None if row is None else Anchor(int(row[0]), str(row[1]), source)


def backup_anchor(path: Path, key: bytes) -> Anchor | None:
    """The head of a backup's chain; refused in a sentence when the key does not open it."""
    if not path.is_file():
        raise DatabaseOpenError(msg(N_("{path} does not exist."), path=str(path)))
    try:
        connection = sqlite_file.connect(path, key, readonly=True)
        try:
            return head_of(connection, path.name)
        finally:
            connection.close()
    except sqlite_file.DatabaseError as exc:
        raise DatabaseOpenError(msg(N_(
            "{path} cannot be read with this database's key: it is not one of its backups."),
            path=str(path))) from exc


def held_anchors(connection: Connection) -> list[Anchor]:
    """The heads of this log that the other side of each exchange holds, as its last file
    said them back (migration 0021): witnesses the file keeps but did not write alone —
    whoever rewrites the log could rewrite these too, but the next exchange brings the
    other side's back."""
    return [Anchor(int(seq), str(chain_hash), str(name)) for name, seq, chain_hash in
            connection.execute(
                "SELECT name, held_head_seq, held_head_hash FROM exchange_replicas "
                "WHERE held_head_seq IS NOT NULL AND held_head_hash IS NOT NULL "
                "AND deleted_at IS NULL ORDER BY name").fetchall()]


def contradiction(connection: Connection, anchor: Anchor) -> Message | None:
    """How the live chain contradicts ``anchor`` (None when it holds the same entry)."""
    row = connection.execute("SELECT chain_hash FROM audit_log WHERE seq = ?",
                             (anchor.seq,)).fetchone()
    last = connection.execute("SELECT max(seq) FROM audit_log").fetchone()[0] or 0
    return judged(anchor, None if row is None else str(row[0]), int(last))


def judged(anchor: Anchor, found: str | None, last: int) -> Message | None:
    """The live chain's hash at the anchor's position (None: no such entry) against it."""
    if found is None:
        return msg(N_(
            "Audit log: it ends at entry {last}, but {source} holds entry {seq}: entries "
            "were cut from the log since."), last=last, source=anchor.source, seq=anchor.seq)
    if found != anchor.hash:
        return msg(N_(
            "Audit log: at entry {seq} it differs from {source}: the log was rewritten at or "
            "before that entry (an entry edited, inserted, deleted or back-dated, then the "
            "chain computed again)."), seq=anchor.seq, source=anchor.source)
    return None


# -- anchors kept elsewhere than in a backup ---------------------------------------------------
MAX_SEAL = 64 * 1024


def file_anchor(path: Path, key: bytes, live: Path) -> Anchor | None:
    """The head a file holds of this database's chain: a backup of it, a seal the person in
    charge of personal information made (Vie privée), an exchange file it wrote, or a
    funder package it made — each checked to be this organization's before it is believed
    (the seal's and the package's signature, the exchange file's). Refused in a sentence
    otherwise."""
    import zipfile

    from cjeapp.core.exchange.sealing import MAGIC

    if not path.is_file():
        raise DatabaseOpenError(msg(N_("{path} does not exist."), path=str(path)))
    with path.open("rb") as handle:
        start = handle.read(len(MAGIC))
    if start.startswith(MAGIC):
        return _exchange_anchor(path, key, live)
    if zipfile.is_zipfile(path):
        return _package_anchor(path, key, live)
    if start.lstrip()[:1] == b"{":
        return _seal_anchor(path, key, live)
    return backup_anchor(path, key)


def _live_row(live: Path, key: bytes, sql: str) -> tuple[str, ...] | None:
    connection = sqlite_file.connect(live, key, readonly=True)
    try:
        row = connection.execute(sql).fetchone()
    finally:
        connection.close()
    return None if row is None or None in row else tuple(str(value) for value in row)


def _organization_key(live: Path, key: bytes) -> Ed25519PublicKey:
    """The organization's public key, kept in clear beside its sealed private key (or, in
    a file not yet taken up by someone who signs, derived from the key still in clear)."""
    import base64

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    row = _live_row(live, key, "SELECT value FROM settings WHERE key = "
                    "'reporting.public_key' AND deleted_at IS NULL AND value <> ''")
    if row is not None:
        public = serialization.load_pem_public_key(row[0].encode("ascii"))
        if isinstance(public, Ed25519PublicKey):
            return public
    row = _live_row(live, key, "SELECT value FROM settings WHERE key = "
                    "'reporting.signing_key' AND deleted_at IS NULL AND value <> ''")
    if row is None:
        raise DatabaseOpenError(msg(N_("This database has no signing key yet: nothing it "
                                       "made was signed.")))
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(row[0])).public_key()


def _not_ours(path: Path) -> DatabaseOpenError:
    return DatabaseOpenError(msg(N_(
        "{path} was not made by this organization, or was altered since: it cannot vouch "
        "for its audit log."), path=path.name))


def _head(found: object, path: Path, what: str) -> Anchor | None:
    if found is None:
        return None
    if not (isinstance(found, dict) and isinstance(found.get("seq"), int)
            and not isinstance(found.get("seq"), bool) and found["seq"] > 0
            and isinstance(found.get("hash"), str) and len(found["hash"]) == 64):
        raise _not_ours(path)
    return Anchor(int(found["seq"]), str(found["hash"]), f"{path.name} ({what})")


def _seal_anchor(path: Path, key: bytes, live: Path) -> Anchor | None:
    import base64
    import json

    from cryptography.exceptions import InvalidSignature

    from cjeapp.core.privacy.seal import SEAL_KIND
    from cjeapp.core.privacy.seal import signed_text

    if path.stat().st_size > MAX_SEAL:
        raise _not_ours(path)
    try:
        body = json.loads(path.read_bytes())
        if not isinstance(body, dict) or body.get("kind") != SEAL_KIND:
            raise _not_ours(path)
        _organization_key(live, key).verify(base64.b64decode(str(body.get("signature"))),
                                            signed_text(body))
    except (ValueError, InvalidSignature) as exc:
        raise _not_ours(path) from exc
    return _head(body, path, str(body.get("sealed_at", ""))[:10])


def _exchange_anchor(path: Path, key: bytes, live: Path) -> Anchor | None:
    import base64

    from cryptography.exceptions import InvalidSignature

    from cjeapp.core.exchange.sealing import MAX_FILE
    from cjeapp.core.exchange.sealing import read_header

    if path.stat().st_size > MAX_FILE:
        raise _not_ours(path)
    data = path.read_bytes()
    header = read_header(data)
    own = _live_row(live, key, "SELECT id, sign_public FROM exchange_replicas "
                    "WHERE is_self = 1 AND deleted_at IS NULL")
    if own is None or own[0] != header["sender"]:
        raise _not_ours(path)
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(own[1])).verify(
            data[-64:], data[:-64])
    except (ValueError, InvalidSignature) as exc:
        raise _not_ours(path) from exc
    return _head(header.get("head"), path, f"n° {header['file']}")


def _package_anchor(path: Path, key: bytes, live: Path) -> Anchor | None:
    import json
    import zipfile

    from cryptography.hazmat.primitives import serialization

    from cjeapp.core.reporting.package_verify import verify

    pem = _organization_key(live, key).public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    if not verify(path, pem).intact:
        raise _not_ours(path)
    with zipfile.ZipFile(path) as package:
        manifest = json.loads(package.read("manifest.json"))
    return _head(manifest.get("audit_head"), path, str(manifest.get("sequence", "")))
