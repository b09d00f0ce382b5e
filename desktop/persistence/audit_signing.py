"""The office's signing keys (Ed25519), kept outside the database, and the legacy HMAC keys.

A private key lives in `<data folder>/audit-keys/<fingerprint>.key` (0600, folder 0700) and is
needed only to write; the public half is recorded in the file's own log, so any PC verifies.
The fingerprint is the SHA-256 of the raw public key (hex). `audit.key` (one HMAC secret per
PC, the scheme before signatures) and imported copies of it are kept for reading old events.
"""

from __future__ import annotations

import hashlib
import json
import os
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # loaded at the first signature or check, not at start-up
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

KEYS_FOLDER = "audit-keys"
LEGACY_KEY = "audit.key"
EXPORT_FORMAT = "thidua-audit-key"
SIGNED_PREFIX = b"thidua-audit-v2 head "


def _data_dir() -> Path:
    from desktop.paths import data_dir

    return data_dir()


def keys_folder() -> Path:
    """The folder of this user's private keys (made readable by the user alone)."""
    folder = _data_dir() / KEYS_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    with suppress(OSError):
        os.chmod(folder, 0o700)
    return folder


def public_hex(key: Ed25519PrivateKey) -> str:
    """The raw public key of a private key, hex."""
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def fingerprint(public_key_hex: str) -> str:
    """SHA-256 of the raw public key, hex: the key's name in the log and on disk."""
    return hashlib.sha256(bytes.fromhex(public_key_hex)).hexdigest()


def short(fp: str) -> str:
    """The fingerprint as shown to people (16 hex digits in groups of 4)."""
    return " ".join(fp[i : i + 4] for i in range(0, 16, 4)).upper()


def _write_private(path: Path, text: str) -> None:
    """Write a secret file whole under a temporary name (0600), then link it in; never replace."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    try:
        os.link(tmp, path)
    except FileExistsError:
        pass
    except OSError:  # no hard links on this file system
        with suppress(FileExistsError):
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as f:
                f.write(text)
    finally:
        tmp.unlink(missing_ok=True)


_cache: dict[str, tuple[float, dict[str, Ed25519PrivateKey]]] = {}


def _private(raw_hex: str) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(raw_hex))


def _raw(key: Ed25519PrivateKey) -> str:
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )

    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()).hex()


def local_keys() -> dict[str, Ed25519PrivateKey]:
    """Private keys on this PC by fingerprint, oldest first."""
    folder = keys_folder()
    try:
        stamp = folder.stat().st_mtime_ns
    except OSError:
        stamp = 0
    cached = _cache.get(str(folder))
    if cached is not None and cached[0] == stamp:
        return cached[1]
    found: list[tuple[str, str, Ed25519PrivateKey]] = []
    for p in folder.glob("*.key"):
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
            key = _private(data["private_key"])
        except (OSError, ValueError, KeyError, TypeError):
            continue
        found.append((str(data.get("created", "")), fingerprint(public_hex(key)), key))
    found.sort(key=lambda t: (t[0], t[1]))
    keys = {fp: key for _, fp, key in found}
    _cache[str(folder)] = (stamp, keys)
    return keys


def add_key(key: Ed25519PrivateKey, origin: str) -> str:
    """Keep a private key on this PC; returns its fingerprint (an existing one is kept)."""
    fp = fingerprint(public_hex(key))
    raw = _raw(key)
    text = json.dumps(
        {
            "fingerprint": fp,
            "private_key": raw,
            "created": datetime.now().isoformat(timespec="seconds"),
            "origin": origin,
        }
    )
    _write_private(keys_folder() / f"{fp[:32]}.key", text)
    _cache.clear()
    return fp


def own_key(*, create: bool) -> tuple[str, Ed25519PrivateKey] | None:
    """This PC's key for starting a new log (the oldest one here); made only when asked."""
    keys = local_keys()
    if keys:
        fp = next(iter(keys))
        return fp, keys[fp]
    if not create:
        return None
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    fp = add_key(key, "created")
    return fp, local_keys()[fp]


def head_message(number: int, digest: str, intro: str | None) -> bytes:
    """What a signature covers: the head (number and hash) of the chain after a transaction,
    and the introduction of the key when it enters the log there."""
    return SIGNED_PREFIX + f"{number}:{digest}\n{intro or ''}".encode()


def sign(key: Ed25519PrivateKey, number: int, digest: str, intro: str | None = None) -> str:
    """Signature (hex) of a head."""
    return key.sign(head_message(number, digest, intro)).hex()


def signature_holds(
    public_key_hex: str, number: int, digest: str, intro: str | None, signature_hex: str
) -> bool:
    """True when `signature_hex` is a valid signature of the head by that public key."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        pub = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex))
        pub.verify(bytes.fromhex(signature_hex), head_message(number, digest, intro))
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


# ---------------------------------------------------------------- legacy HMAC keys


def legacy_keys() -> list[bytes]:
    """HMAC keys of the scheme before signatures: this PC's `audit.key`, then imported ones."""
    out: list[bytes] = []
    paths = [_data_dir() / LEGACY_KEY, *sorted(keys_folder().glob("*.hmac"))]
    for p in paths:
        with suppress(OSError, ValueError):
            key = bytes.fromhex(p.read_text().strip())
            if key and key not in out:
                out.append(key)
    return out


def add_legacy_key(key: bytes) -> None:
    """Keep an imported HMAC key (to read events sealed before signatures)."""
    name = hashlib.sha256(key).hexdigest()[:32] + ".hmac"
    _write_private(keys_folder() / name, key.hex())


# ---------------------------------------------------------------- export / import


def export_text(fingerprints: list[str], *, with_legacy: bool) -> str:
    """The key file for moving to another PC: the named private keys (and the HMAC keys)."""
    keys = local_keys()
    items = [
        {"fingerprint": fp, "private_key": _raw(keys[fp])} for fp in fingerprints if fp in keys
    ]
    legacy = [k.hex() for k in legacy_keys()] if with_legacy else []
    return json.dumps(
        {"format": EXPORT_FORMAT, "version": 1, "ed25519": items, "hmac": legacy}, indent=1
    )


def write_export(path: Path, text: str) -> None:
    """Write a key file for the user alone (never over an existing file)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())


def import_text(text: str) -> tuple[list[str], int]:
    """Take in a key file (ours, or an old PC's `audit.key`); returns (fingerprints, HMAC keys).

    Raises ValueError when the text is neither.
    """
    stripped = text.strip()
    if len(stripped) == 64 and all(c in "0123456789abcdefABCDEF" for c in stripped):
        add_legacy_key(bytes.fromhex(stripped))
        return [], 1
    data = json.loads(stripped)
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise ValueError("not a key file")
    fps = []
    for item in data.get("ed25519", []):
        key = _private(item["private_key"])
        fps.append(add_key(key, "imported"))
    legacy = 0
    for hex_key in data.get("hmac", []):
        add_legacy_key(bytes.fromhex(hex_key))
        legacy += 1
    return fps, legacy
