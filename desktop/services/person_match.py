"""Find the stored person a spreadsheet row names.

By CCCD; else by name and birth date; else by a name unique in the named unit (with its
sub-units). An unknown or ambiguous person is an error naming the candidates.
"""

from __future__ import annotations

from collections import defaultdict

from desktop.domain.errors import ValidationError
from desktop.domain.identity import BirthDate
from desktop.domain.text import fold
from desktop.domain.units import Unit
from desktop.persistence import Connection
from desktop.persistence.repositories import ratings as rating_repo
from desktop.persistence.repositories import units as unit_repo


class UnitIndex:
    """Units found by code or folded name (active ones preferred)."""

    def __init__(self, units: list[Unit]) -> None:
        self.by_code: dict[str, list[Unit]] = defaultdict(list)
        self.by_name: dict[str, list[Unit]] = defaultdict(list)
        self.by_id = {u.id: u for u in units}
        for u in units:
            if u.code:
                self.by_code[fold(u.code)].append(u)
            self.by_name[fold(u.name)].append(u)

    def resolve(self, text: str) -> Unit:
        """The one unit this text names; ValidationError when none or several."""
        key = fold(text)
        found = self.by_code.get(key) or self.by_name.get(key) or []
        if len(found) > 1:
            found = [u for u in found if u.active] or found
        if not found:
            raise ValidationError(
                "unit",
                "unit_unknown",
                f"Không tìm thấy đơn vị “{text}” (theo tên hoặc mã)",
                {"name": text},
            )
        if len(found) > 1:
            raise ValidationError(
                "unit",
                "unit_ambiguous",
                f"Có {len(found)} đơn vị tên “{text}”; hãy ghi mã đơn vị",
                {"name": text},
            )
        return found[0]


class PersonMatcher:
    """Everyone's match keys loaded once, for a whole file."""

    def __init__(self, conn: Connection) -> None:
        self.units = UnitIndex(unit_repo.list_all(conn))
        self._conn = conn
        self.by_cccd: dict[str, int] = {}
        self.has_cccd: set[int] = set()
        self.by_name: dict[str, list[int]] = defaultdict(list)
        self.info: dict[int, tuple[str, str | None, int]] = {}
        for pid, name, cccd, name_fold, birth, unit_id in rating_repo.person_match_rows(conn):
            if cccd:
                self.by_cccd[cccd] = pid
                self.has_cccd.add(pid)
            self.by_name[name_fold].append(pid)
            self.info[pid] = (name, birth, unit_id)
        self._below: dict[int, set[int]] = {}

    def describe(self, pid: int) -> str:
        """`Lê Văn Cường (03/03/1979, Phòng Tài chính)` for a message."""
        name, birth, unit_id = self.info[pid]
        b = BirthDate.from_iso(birth)
        unit = self.units.by_id.get(unit_id)
        parts = [p for p in (b.display() if b else "", unit.name if unit else "") if p]
        return f"{name} ({', '.join(parts)})" if parts else name

    def _one_of(
        self,
        hits: list[int],
        namesakes: list[int],
        full_name: str,
        several: tuple[str, str],
        none: tuple[str, str, str],
    ) -> int:
        """The one person of `hits`; else the refusal: several (`several`: where they share, what
        to write), or none (`none`: where, how the namesakes are called, where not found)."""
        if len(hits) == 1:
            return hits[0]
        if hits:
            shared, write = several
            message = (
                f"Có {len(hits)} người tên “{full_name}” {shared}: "
                f"{self._candidates_text(hits)}; hãy ghi {write}"
            )
            raise ValidationError("person", "person_ambiguous", message, {"name": full_name})
        where, others, nowhere = none
        if namesakes:
            message = (
                f"Không có “{full_name}” {where}; {others}: {self._candidates_text(namesakes)}"
            )
        else:
            message = f"Không tìm thấy “{full_name}” {nowhere}"
        raise ValidationError("person", "person_unknown", message, {"name": full_name})

    def _candidates_text(self, ids: list[int]) -> str:
        shown = "; ".join(self.describe(i) for i in ids[:5])
        return shown + ("; …" if len(ids) > 5 else "")

    def _under(self, unit_id: int) -> set[int]:
        if unit_id not in self._below:
            self._below[unit_id] = set(unit_repo.descendants(self._conn, unit_id))
        return self._below[unit_id]

    def find(self, full_name: str, cccd: str, birth: BirthDate | None, unit_text: str) -> int:
        """The id of the person; ValidationError naming the candidates otherwise."""
        namesakes = self.by_name.get(fold(full_name), [])
        if cccd:
            pid = self.by_cccd.get(cccd)
            if pid is not None:
                if fold(self.info[pid][0]) != fold(full_name):
                    raise ValidationError(
                        "person",
                        "person_mismatch",
                        f"Số CCCD {cccd} là của {self.describe(pid)}, không phải “{full_name}”",
                    )
                return pid
            # Not stored with this CCCD: a namesake without a stored CCCD may be the one
            # (the register often lacks CCCDs); a namesake with another CCCD is someone else.
            namesakes = [p for p in namesakes if p not in self.has_cccd]
            if not namesakes:
                raise ValidationError(
                    "person",
                    "person_unknown",
                    f"Không có ai mang số CCCD {cccd} trong dữ liệu",
                    {"name": full_name},
                )
        if birth is not None:
            iso = birth.iso()
            hits = [p for p in namesakes if self.info[p][1] == iso]
            if not hits and birth.year_only:
                hits = [p for p in namesakes if (self.info[p][1] or "")[:4] == iso]
            return self._one_of(
                hits,
                namesakes,
                full_name,
                ("cùng ngày sinh", "số CCCD"),
                (f"sinh {birth.display()}", "người cùng tên", "trong dữ liệu"),
            )
        if unit_text:
            unit = self.units.resolve(unit_text)
            below = self._under(unit.id)
            hits = [p for p in namesakes if self.info[p][2] in below]
            return self._one_of(
                hits,
                namesakes,
                full_name,
                (f"ở {unit.name}", "ngày sinh hoặc số CCCD"),
                (f"ở {unit.name}", "người cùng tên ở đơn vị khác", f"ở {unit.name}"),
            )
        if len(namesakes) == 1:
            return namesakes[0]
        if namesakes:
            raise ValidationError(
                "person",
                "person_ambiguous",
                f"Có {len(namesakes)} người tên “{full_name}”: "
                f"{self._candidates_text(namesakes)}; hãy ghi số CCCD, ngày sinh hoặc đơn vị",
                {"name": full_name},
            )
        raise ValidationError(
            "person",
            "person_unknown",
            f"Không tìm thấy “{full_name}” trong dữ liệu",
            {"name": full_name},
        )
