"""The .tdkt file: a zip with a signed manifest, the records as JSON, the dossier and attachments.

Layout: `manifest.json` (format, version, package id, kind, sender and receiver, the SHA-256 and
size of every other member), `manifest.sig` (Ed25519 over the exact manifest bytes, hex),
`records.json`, optionally `dossier.pdf`, `dossier.docx`, `attachments/<name>`.

Reading is defensive: the file size, member count, every member's size and compression ratio
are checked on the zip's directory before a byte is inflated; names must be the known ones (no
folders, no `..`, no absolute paths); members are read into memory with a hard cap (a directory
that lies about sizes is caught while reading); every member's hash must match the manifest and
the manifest's signature must hold. Nothing is extracted to the disk.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from desktop.domain.packages import FORMAT, FORMAT_VERSION, PackageRefused

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
RECORDS = "records.json"
SIGNED_PREFIX = b"thidua-package-v1\n"

MAX_FILE = 1024 * 1024 * 1024  # the .tdkt itself
MAX_MEMBERS = 500
MAX_MEMBER = 400 * 1024 * 1024  # one member, uncompressed
MAX_TOTAL = 800 * 1024 * 1024  # all members, uncompressed
MAX_MANIFEST = 4 * 1024 * 1024
MAX_RATIO = 100  # uncompressed / compressed, for members above RATIO_FLOOR
RATIO_FLOOR = 4 * 1024 * 1024
_NAME = re.compile(r"^(manifest\.json|manifest\.sig|records\.json|dossier\.pdf|dossier\.docx|"
                   r"attachments/[^/\\:]{1,120})$")  # fmt: skip


@dataclass(frozen=True, slots=True)
class Opened:
    """A package read and checked: its manifest, members and whether the signature holds."""

    sha256: str
    manifest: dict[str, Any]
    members: dict[str, bytes]
    signature_ok: bool

    @property
    def records(self) -> dict[str, Any]:
        """The records JSON."""
        data = json.loads(self.members[RECORDS].decode("utf-8"))
        if not isinstance(data, dict):
            raise _refuse("bad_records", "phần dữ liệu của gói không đúng dạng")
        return data


def _refuse(code: str, why: str, **params: object) -> PackageRefused:
    return PackageRefused(code, f"Gói hồ sơ bị từ chối: {why}. Chưa ghi gì vào dữ liệu.", **params)


def canonical_json(obj: object) -> bytes:
    """JSON with sorted keys and no spaces, UTF-8 (what is hashed and signed)."""
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def signed_message(manifest_bytes: bytes) -> bytes:
    """What the signature covers."""
    return SIGNED_PREFIX + manifest_bytes


def build(
    manifest: Mapping[str, Any],
    members: Mapping[str, bytes],
    sign: Callable[[bytes], bytes],
    out: BinaryIO,
) -> None:
    """Write the package into `out`: the members' hashes go into the manifest, which is signed
    with `sign` (raw signature bytes of the message given)."""
    for name in members:
        if not _NAME.match(name) or name in (MANIFEST, SIGNATURE):
            raise ValueError(f"member name not allowed: {name}")
    full = dict(manifest)
    full["format"] = FORMAT
    full["version"] = FORMAT_VERSION
    full["members"] = {
        n: {"sha256": hashlib.sha256(b).hexdigest(), "size": len(b)} for n, b in members.items()
    }
    manifest_bytes = canonical_json(full)
    signature = sign(signed_message(manifest_bytes)).hex().encode()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        zf.writestr(MANIFEST, manifest_bytes)
        zf.writestr(SIGNATURE, signature)
        for name, data in members.items():
            # A PDF is compressed already: stored as it is (faster, and no ratio to judge).
            kind = zipfile.ZIP_STORED if name.endswith((".pdf", ".docx")) else zipfile.ZIP_DEFLATED
            zf.writestr(zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0)), data, kind)


def _check_directory(infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_MEMBERS:
        raise _refuse("too_many_members", f"gói có {len(infos)} tệp thành phần", count=len(infos))
    names: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if not _NAME.match(name) or ".." in name or name.startswith("/"):
            raise _refuse("bad_path", f"tệp thành phần “{name}” nằm ngoài gói", name=name)
        if name in names:
            raise _refuse("duplicate_member", f"tệp thành phần “{name}” lặp lại", name=name)
        names.add(name)
        if info.flag_bits & 0x1:
            raise _refuse("encrypted", "gói có tệp thành phần được mã hoá", name=name)
        size = info.file_size
        total += size
        if size > MAX_MEMBER or total > MAX_TOTAL:
            raise _refuse("zip_bomb", f"tệp thành phần “{name}” quá lớn khi giải nén", name=name)
        if size > RATIO_FLOOR and size > MAX_RATIO * max(info.compress_size, 1):
            raise _refuse("zip_bomb", f"tệp thành phần “{name}” nén bất thường", name=name)
    for needed in (MANIFEST, SIGNATURE, RECORDS):
        if needed not in names:
            raise _refuse("missing_member", f"gói thiếu tệp “{needed}”", name=needed)


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    buf = io.BytesIO()
    with zf.open(info) as f:
        while True:
            chunk = f.read(1024 * 1024)
            if not chunk:
                break
            buf.write(chunk)
            if buf.tell() > cap:
                raise _refuse(
                    "zip_bomb", f"tệp thành phần “{info.filename}” quá lớn", name=info.filename
                )
    return buf.getvalue()


def _verify(public_key_hex: str, signature_hex: bytes, manifest_bytes: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex))
        key.verify(
            bytes.fromhex(signature_hex.decode("ascii").strip()), signed_message(manifest_bytes)
        )
    except (InvalidSignature, ValueError, TypeError, UnicodeDecodeError):
        return False
    return True


def open_package(path: str | Path) -> Opened:
    """Read and check a package; raises PackageRefused (nothing read is trusted until then).

    A bad signature is not raised here: `signature_ok` says it, so a preview can show it; the
    receiving service refuses such a package before writing."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE:
            raise _refuse("package_too_large", "tệp quá lớn")
        raw = path.read_bytes()
    except OSError as exc:
        raise PackageRefused(
            "unreadable", f"Không đọc được tệp {path}: {exc.strerror or exc}.", path=str(path)
        ) from None
    sha = hashlib.sha256(raw).hexdigest()
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as zf:
            infos = zf.infolist()
            _check_directory(infos)
            by_name = {i.filename: i for i in infos}
            manifest_bytes = _read_member(zf, by_name[MANIFEST], MAX_MANIFEST)
            signature = _read_member(zf, by_name[SIGNATURE], 1024)
            manifest = _parse_manifest(manifest_bytes)
            listed = manifest["members"]
            present = set(by_name) - {MANIFEST, SIGNATURE}
            if set(listed) != present:
                odd = sorted(set(listed) ^ present)
                raise _refuse("member_list", "danh mục tệp thành phần không khớp", names=odd)
            members: dict[str, bytes] = {}
            for name in sorted(present):
                info = by_name[name]
                declared = int(listed[name].get("size", -1))
                data = _read_member(zf, info, min(MAX_MEMBER, max(declared, 0)))
                if len(data) != declared or hashlib.sha256(data).hexdigest() != listed[name].get(
                    "sha256"
                ):
                    raise _refuse(
                        "hash_mismatch", f"tệp thành phần “{name}” đã bị thay đổi", name=name
                    )
                members[name] = data
    except PackageRefused:
        raise
    except Exception as exc:  # BadZipFile, zlib.error, EOFError, bad CRC: a damaged file
        raise _refuse(
            "package_damaged", "tệp bị hỏng hoặc không trọn vẹn", detail=str(exc)
        ) from None
    public = str(manifest["sender"].get("public_key", ""))
    return Opened(sha, manifest, members, _verify(public, signature, manifest_bytes))


def _parse_manifest(data: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _refuse("bad_manifest", "phần mô tả của gói không đọc được") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _refuse("not_a_package", "tệp không phải gói hồ sơ Thi đua")
    version = manifest.get("version")
    if version != FORMAT_VERSION:
        raise _refuse(
            "unknown_version",
            f"gói theo định dạng phiên bản {version}, chương trình này đọc phiên bản "
            f"{FORMAT_VERSION}; hãy cập nhật chương trình",
            version=version,
        )
    for key in ("package_id", "kind", "sender", "receiver", "members", "created_at"):
        if key not in manifest:
            raise _refuse("bad_manifest", f"phần mô tả của gói thiếu “{key}”", key=key)
    if not isinstance(manifest["members"], dict) or not isinstance(manifest["sender"], dict):
        raise _refuse("bad_manifest", "phần mô tả của gói không đúng dạng")
    if not isinstance(manifest["receiver"], dict):
        raise _refuse("bad_manifest", "phần mô tả của gói không đúng dạng")
    return manifest
