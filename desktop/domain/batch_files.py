"""Files kept with a batch, one of its nominees or one of its decisions: the signed tờ trình,
the signed quyết định, ballots, evidence of achievements. Stored like an initiative's files."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.domain.labelled import LabelledEnum


class BatchFileKind(LabelledEnum):
    """What a kept file is; `label` is what the mục lục prints."""

    TO_TRINH = ("to_trinh_ky", "Tờ trình đã ký")
    QUYET_DINH = ("quyet_dinh_ky", "Quyết định đã ký")
    PHIEU = ("phieu_bau", "Phiếu bầu, biên bản kiểm phiếu")
    MINH_CHUNG = ("minh_chung", "Tài liệu minh chứng thành tích")
    KHAC = ("khac", "Tài liệu khác")


@dataclass(frozen=True, slots=True)
class BatchFileOwner:
    """What a file belongs to: the batch itself, or one nominee or one decision of it."""

    batch_id: int
    nominee_id: int | None = None
    decision_id: int | None = None

    def __post_init__(self) -> None:
        if self.nominee_id is not None and self.decision_id is not None:
            raise ValueError("a file belongs to a nominee or a decision, not both")


@dataclass(frozen=True, slots=True)
class BatchFile:
    """A kept file, without its bytes; `owner_name` is its nominee's name or its decision's
    number and symbol ("" for a file of the whole batch)."""

    id: int
    uuid: str
    owner: BatchFileOwner
    kind: BatchFileKind
    name: str
    size: int
    sha256: str
    added_at: datetime
    owner_name: str = ""

    def contents_line(self) -> str:
        """The file's line in the mục lục: its kind, whose it is, and its file name."""
        whose = ""
        if self.owner_name and self.owner.nominee_id is not None:
            whose = f" của {self.owner_name}"
        elif self.owner_name and self.owner.decision_id is not None:
            whose = f", Quyết định số {self.owner_name}"
        return f"{self.kind.label}{whose} (tệp {self.name})"
