"""The office as packages name it: its uuid, name and the Ed25519 key of its audit log.

The key that signs packages is the key that signs the file's change log (kept outside the file
by persistence/audit_signing, made at the first write): one office key, one fingerprint, shown
in Settings and printed on the mục lục.
"""

from __future__ import annotations

from typing import Any

from desktop.domain.errors import ConflictError
from desktop.domain.packages import Office
from desktop.persistence import audit as store
from desktop.persistence import audit_signing as signing
from desktop.persistence.repositories import packages as repo
from desktop.services.session import Workspace


def fingerprint_text(fp: str) -> str:
    """A fingerprint as read aloud on the phone (16 hex digits in groups of 4)."""
    return signing.short(fp)


def fingerprint_of(public_key_hex: str) -> str:
    """SHA-256 of a raw public key (hex)."""
    return signing.fingerprint(public_key_hex)


def log_key_text(ws: Workspace) -> str:
    """The fingerprint (as read aloud) of the key the file's change log is signed with, the key
    packages are signed with; "" before the first signed change."""
    with ws.db.read() as conn:
        state = store.key_state(conn) if store.has_signatures(conn) else store.KeyState()
    return fingerprint_text(state.keys[-1][0]) if state.keys else ""


def _key(ws: Workspace) -> tuple[str, Any]:
    with ws.db.read() as conn:
        state = store.key_state(conn) if store.has_signatures(conn) else store.KeyState()
    local = signing.local_keys()
    for fp, _ in reversed(state.keys):
        if fp in local:
            return fp, local[fp]
    if state.keys:
        raise store.missing_key_error(ws.path, [fp for fp, _ in state.keys])
    found = signing.own_key(create=True)
    assert found is not None
    return found


def own_office(ws: Workspace, *, with_key: bool = True) -> Office:
    """This office (uuid, name, key); raises ConflictError before the office is described."""
    with ws.db.read() as conn:
        row = repo.own_office(conn)
    if row is None or not row[1]:
        raise ConflictError(
            "office_missing",
            "Chưa có thông tin cơ quan (tên cơ quan): hãy nhập ở trang Cơ quan và cài đặt trước "
            "khi gửi hoặc nhận gói hồ sơ.",
        )
    if not with_key:
        return Office(row[0], row[1], row[2])
    fp, key = _key(ws)
    return Office(row[0], row[1], row[2], fp, signing.public_hex(key))


def signer(ws: Workspace) -> tuple[Office, Any]:
    """This office and its private key (for signing a package)."""
    office = own_office(ws, with_key=False)
    fp, key = _key(ws)
    return Office(office.uuid, office.name, office.parent_agency, fp, signing.public_hex(key)), key


def known_offices(ws: Workspace) -> list[Office]:
    """The offices whose keys this office trusts."""
    with ws.db.read() as conn:
        return repo.known_offices(conn)


def receiver(ws: Workspace, text: str | None) -> Office:
    """The office named by `text`; without it the one office this office knows."""
    if text:
        return find_office(ws, text)
    offices = known_offices(ws)
    if len(offices) == 1:
        return offices[0]
    names = "; ".join(f"{o.name} ({o.uuid})" for o in offices) or "chưa biết cơ quan nào"
    raise ConflictError(
        "receiver_needed",
        f"Hãy ghi cơ quan nhận (--to mã hoặc tên cơ quan). Các cơ quan đã biết: {names}.",
    )


def find_office(ws: Workspace, text: str) -> Office:
    """A known office by uuid (or its start) or by a part of its name; a bare uuid of an office
    not known yet is accepted as it is (its name unknown)."""
    from desktop.domain.text import fold

    wanted = text.strip()
    offices = known_offices(ws)
    hits = [
        o for o in offices if o.uuid == wanted or (len(wanted) >= 8 and o.uuid.startswith(wanted))
    ]
    if not hits:
        hits = [o for o in offices if fold(wanted) and fold(wanted) in fold(o.name)]
    if len(hits) == 1:
        return hits[0]
    if len(hits) > 1:
        names = "; ".join(f"{o.name} ({o.uuid[:8]})" for o in hits)
        raise ConflictError("office_ambiguous", f"Có {len(hits)} cơ quan khớp “{text}”: {names}.")
    import uuid as uuidlib

    try:
        return Office(str(uuidlib.UUID(wanted)), "")
    except ValueError:
        known = "; ".join(f"{o.name} ({o.uuid})" for o in offices) or "chưa có"
        raise ConflictError(
            "office_unknown",
            f"Không biết cơ quan “{text}”. Hãy ghi mã cơ quan (uuid) của nơi nhận. Các cơ quan đã "
            f"biết: {known}.",
        ) from None
