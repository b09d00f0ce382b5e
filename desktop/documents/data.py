"""Frozen snapshots of what a printed paper shows: plain values, filled by the services."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class SubjectKind(StrEnum):
    """Who is proposed: one person or a collective (tập thể)."""

    PERSON = "person"
    COLLECTIVE = "collective"


@dataclass(frozen=True, slots=True)
class OfficeHeader:
    """The agency block of page 1: cơ quan chủ quản, tên cơ quan, địa danh, ký hiệu."""

    name: str  # tên cơ quan ban hành, e.g. "Sở Tài chính"
    parent_agency: str = ""  # cơ quan chủ quản, e.g. "UBND tỉnh Sóc Trăng"
    place: str = ""  # địa danh of the date line, e.g. "Sóc Trăng"
    symbol: str = ""  # ký hiệu of the agency in numbers, e.g. "STC"


@dataclass(frozen=True, slots=True)
class SignatureBlock:
    """Who signs: authority and title lines (TM./KT./Q./TL. …), then the name."""

    lines: tuple[str, ...]  # e.g. ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"); printed bold caps
    name: str = ""
    note: str = ""  # e.g. "(Ký, ghi rõ họ và tên)"; printed italic under the lines


@dataclass(frozen=True, slots=True)
class AwardRecord:
    """One title or award already received: năm, tên, số ngày quyết định, cơ quan ban hành."""

    year: str
    name: str
    decision: str = ""  # "Quyết định số 125/QĐ-UBND ngày 10/01/2024"
    issuer: str = ""  # "UBND tỉnh Sóc Trăng"


@dataclass(frozen=True, slots=True)
class NomineeData:
    """One proposed person or collective, with everything its report and list rows print."""

    kind: SubjectKind
    name: str  # họ và tên / tên tập thể
    award: str  # proposed award or title, e.g. "Bằng khen của Chủ tịch UBND tỉnh"
    position: str = ""  # chức vụ (person) — also "Chức vụ (Đảng, chính quyền, đoàn thể)"
    unit: str = ""  # đơn vị công tác / đơn vị cấp trên of a collective
    summary: str = ""  # tóm tắt thành tích for the list
    note: str = ""  # ghi chú for the list
    key: str = ""  # who this is ("person:12", "unit:3"): one person or unit counted once
    duties: str = ""  # quyền hạn, nhiệm vụ được giao (person) / chức năng, nhiệm vụ (collective)
    achievements: str = ""  # thành tích đạt được; paragraphs separated by new lines
    # Person (I. Sơ lược lý lịch)
    birth_date: str = ""  # as printed, e.g. "12/03/1978"
    sex: str = ""
    home_town: str = ""  # quê quán
    residence: str = ""  # trú quán
    qualification: str = ""  # trình độ chuyên môn, nghiệp vụ
    academic_title: str = ""  # học hàm, học vị, danh hiệu, giải thưởng
    # Collective (I. Sơ lược đặc điểm, tình hình)
    address: str = ""  # địa điểm trụ sở
    phone: str = ""
    history: str = ""  # quá trình thành lập và phát triển
    characteristics: str = ""  # những đặc điểm chính
    organisation: str = ""  # cơ cấu tổ chức
    # III. Các hình thức đã được khen thưởng
    titles: tuple[AwardRecord, ...] = ()  # danh hiệu thi đua
    awards: tuple[AwardRecord, ...] = ()  # hình thức khen thưởng
    # The report's own header, date and signatures
    report_office: OfficeHeader | None = None  # a collective's report carries its agency
    report_date: date | None = None
    reporter: SignatureBlock | None = None  # người báo cáo thành tích / thủ trưởng đơn vị
    head: SignatureBlock | None = None  # thủ trưởng đơn vị cấp trên xác nhận, đề nghị


@dataclass(frozen=True, slots=True)
class CouncilMember:
    """A member of the Hội đồng Thi đua - Khen thưởng."""

    name: str
    position: str = ""  # chức vụ in the council or the office


@dataclass(frozen=True, slots=True)
class VoteRecord:
    """One line of the vote table: votes in favour, out of the council's total membership."""

    nominee: str
    award: str
    votes_for: int
    threshold_percent: int | None = None  # 80 or 90; None: no vote threshold (majority)


@dataclass(frozen=True, slots=True)
class CouncilData:
    """The council meeting whose minutes (biên bản) go into the dossier."""

    name: str  # "Hội đồng Thi đua - Khen thưởng Sở Tài chính"
    started_at: datetime
    ended_at: datetime
    place: str
    members_total: int
    members_present: int
    chair: CouncilMember
    secretary: CouncilMember
    number: int | None = None
    attendees: tuple[CouncilMember, ...] = ()
    absent_with_opinion: tuple[CouncilMember, ...] = ()  # absent, gave written opinions
    absent_without_opinion: tuple[CouncilMember, ...] = ()
    content: tuple[str, ...] = ()  # nội dung, theo diễn biến cuộc họp
    votes: tuple[VoteRecord, ...] = ()
    conclusion: tuple[str, ...] = ()
    copies_to: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DossierData:
    """A batch's dossier (hồ sơ đề nghị khen thưởng): everything its parts print."""

    office: OfficeHeader
    subject: str  # trích yếu, e.g. "Về việc đề nghị tặng Bằng khen … năm 2025"
    issued_on: date
    recipients: tuple[str, ...]  # Kính gửi
    nominees: tuple[NomineeData, ...]
    signature: SignatureBlock
    number: int | None = None  # số of the tờ trình
    batch_title: str = ""  # e.g. "Khen thưởng tổng kết năm 2025"
    legal_bases: tuple[str, ...] = ()  # căn cứ; empty: the defaults for `issued_on`
    intro: tuple[str, ...] = ()  # paragraphs before the proposal
    closing: tuple[str, ...] = ()  # paragraphs after it
    copies_to: tuple[str, ...] = ()  # Nơi nhận of the tờ trình (and the biên bản)
    council: CouncilData | None = None
    extra_documents: tuple[str, ...] = field(default=())  # further papers named in the mục lục


@dataclass(frozen=True, slots=True)
class ListColumn:
    """A column of an official list: its header, relative width and alignment."""

    title: str
    weight: float = 1.0  # share of the table width, relative to the other columns
    align: str = "left"  # left, center, justify


@dataclass(frozen=True, slots=True)
class ListPaperData:
    """Any official list (e.g. sáng kiến được công nhận) printed in the same frame."""

    office: OfficeHeader
    kind: str  # tên loại, e.g. "Danh sách"
    subject: tuple[str, ...]  # trích yếu lines
    columns: tuple[ListColumn, ...]
    rows: tuple[tuple[str, ...], ...]
    signature: SignatureBlock
    issued_on: date | None = None  # printed in the place-date line when given
    number: int | None = None  # printed as "Số: 05/DS-STC" when `kind_code` is given
    kind_code: str = ""
    attached_to: str = ""  # e.g. "(Kèm theo Quyết định số 12/QĐ-STC ngày …)"
    group_rows: tuple[int, ...] = ()  # rows that are captions: the first cell spans the row
    footer: tuple[str, ...] = ()  # paragraphs under the table
    copies_to: tuple[str, ...] = ()
    is_landscape: bool = False
