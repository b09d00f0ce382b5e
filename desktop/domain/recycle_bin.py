"""The recycle bin: what a deletion took away, restorable whole until an administrator purges it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class BinKind(StrEnum):
    """The records whose deletion goes to the recycle bin."""

    PERSON = "person"
    UNIT = "unit"
    MOVEMENT = "movement"
    INITIATIVE = "initiative"
    BATCH = "batch"

    @property
    def table(self) -> str:
        """The table of the record itself."""
        return "proposal_batch" if self is BinKind.BATCH else self.value

    @property
    def label(self) -> str:
        """Vietnamese name of the kind (command line, messages)."""
        return _LABELS[self]


_LABELS = {
    BinKind.PERSON: "Cá nhân",
    BinKind.UNIT: "Đơn vị",
    BinKind.MOVEMENT: "Phong trào thi đua",
    BinKind.INITIATIVE: "Sáng kiến",
    BinKind.BATCH: "Đợt đề nghị khen thưởng",
}


@dataclass(frozen=True, slots=True)
class BinEntry:
    """One deletion in the bin: the record, who deleted it and when, how many rows it took."""

    id: int
    uuid: str
    kind: BinKind
    record_id: int
    record_uuid: str
    label: str
    deleted_at: str  # ISO, to the second
    deleted_by: str
    row_count: int  # the record itself and every dependent row

    @property
    def dependents(self) -> int:
        """Rows taken along with the record."""
        return self.row_count - 1
