"""Translated labels for exchange packages: kinds, states, how a record was matched, the record
kinds and fields a receive preview names (the domain's own labels are Vietnamese only)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain.packages import PackageKind, ReceivedState

_C = "PackageLabels"

_KINDS = {
    PackageKind.PROPOSAL: QT_TRANSLATE_NOOP("PackageLabels", "Award proposal"),
    PackageKind.REPLY: QT_TRANSLATE_NOOP("PackageLabels", "Reply to a proposal"),
    PackageKind.DECISION: QT_TRANSLATE_NOOP("PackageLabels", "Award decision"),
    PackageKind.REPORT: QT_TRANSLATE_NOOP("PackageLabels", "Periodic report"),
    PackageKind.MOVEMENT: QT_TRANSLATE_NOOP("PackageLabels", "Movement plan"),
}
_STATES = {
    ReceivedState.NEW: QT_TRANSLATE_NOOP("PackageLabels", "New"),
    ReceivedState.RETURNED: QT_TRANSLATE_NOOP("PackageLabels", "Returned"),
    ReceivedState.ACCEPTED: QT_TRANSLATE_NOOP("PackageLabels", "Accepted"),
    ReceivedState.FILED: QT_TRANSLATE_NOOP("PackageLabels", "Filed"),
}
_MATCHED = {
    "": QT_TRANSLATE_NOOP("PackageLabels", "New"),
    "uuid": QT_TRANSLATE_NOOP("PackageLabels", "Same record (uuid)"),
    "cccd": QT_TRANSLATE_NOOP("PackageLabels", "Same CCCD"),
    "key": QT_TRANSLATE_NOOP("PackageLabels", "Same year / award"),
}
_TABLES = {
    "unit": QT_TRANSLATE_NOOP("PackageLabels", "Unit"),
    "person": QT_TRANSLATE_NOOP("PackageLabels", "Person"),
    "person_rating": QT_TRANSLATE_NOOP("PackageLabels", "Rating and discipline"),
    "unit_rating": QT_TRANSLATE_NOOP("PackageLabels", "Unit rating"),
    "award_record": QT_TRANSLATE_NOOP("PackageLabels", "Award held"),
    "initiative": QT_TRANSLATE_NOOP("PackageLabels", "Initiative"),
    "initiative_author": QT_TRANSLATE_NOOP("PackageLabels", "Initiative author"),
    "movement": QT_TRANSLATE_NOOP("PackageLabels", "Movement"),
    "movement_target": QT_TRANSLATE_NOOP("PackageLabels", "Target"),
    "movement_group": QT_TRANSLATE_NOOP("PackageLabels", "Participant group"),
    "movement_criterion": QT_TRANSLATE_NOOP("PackageLabels", "Criterion"),
    "movement_award_form": QT_TRANSLATE_NOOP("PackageLabels", "Award form"),
    "movement_milestone": QT_TRANSLATE_NOOP("PackageLabels", "Milestone"),
    "movement_quota": QT_TRANSLATE_NOOP("PackageLabels", "Award quota"),
    "proposal_batch": QT_TRANSLATE_NOOP("PackageLabels", "Proposal batch"),
}
_FIELDS = {
    "name": QT_TRANSLATE_NOOP("PackageLabels", "Name"),
    "code": QT_TRANSLATE_NOOP("PackageLabels", "Code"),
    "kind": QT_TRANSLATE_NOOP("PackageLabels", "Kind"),
    "address": QT_TRANSLATE_NOOP("PackageLabels", "Address"),
    "parent_id": QT_TRANSLATE_NOOP("PackageLabels", "Parent unit"),
    "unit_id": QT_TRANSLATE_NOOP("PackageLabels", "Unit"),
    "person_id": QT_TRANSLATE_NOOP("PackageLabels", "Person"),
    "full_name": QT_TRANSLATE_NOOP("PackageLabels", "Full name"),
    "family_name": QT_TRANSLATE_NOOP("PackageLabels", "Family name"),
    "middle_name": QT_TRANSLATE_NOOP("PackageLabels", "Middle name"),
    "given_name": QT_TRANSLATE_NOOP("PackageLabels", "Given name"),
    "sex": QT_TRANSLATE_NOOP("PackageLabels", "Sex"),
    "birth_date": QT_TRANSLATE_NOOP("PackageLabels", "Date of birth"),
    "cccd": QT_TRANSLATE_NOOP("PackageLabels", "CCCD"),
    "hometown": QT_TRANSLATE_NOOP("PackageLabels", "Hometown"),
    "residence": QT_TRANSLATE_NOOP("PackageLabels", "Residence"),
    "position": QT_TRANSLATE_NOOP("PackageLabels", "Position"),
    "party_position": QT_TRANSLATE_NOOP("PackageLabels", "Party position"),
    "union_position": QT_TRANSLATE_NOOP("PackageLabels", "Union position"),
    "qualification": QT_TRANSLATE_NOOP("PackageLabels", "Qualification"),
    "academic_title": QT_TRANSLATE_NOOP("PackageLabels", "Academic title"),
    "status": QT_TRANSLATE_NOOP("PackageLabels", "Status"),
    "year": QT_TRANSLATE_NOOP("PackageLabels", "Year"),
    "rating": QT_TRANSLATE_NOOP("PackageLabels", "Rating"),
    "discipline": QT_TRANSLATE_NOOP("PackageLabels", "Discipline"),
    "note": QT_TRANSLATE_NOOP("PackageLabels", "Note"),
    "award_code": QT_TRANSLATE_NOOP("PackageLabels", "Award"),
    "award_name": QT_TRANSLATE_NOOP("PackageLabels", "Award name"),
    "decision_number": QT_TRANSLATE_NOOP("PackageLabels", "Decision number"),
    "decision_date": QT_TRANSLATE_NOOP("PackageLabels", "Decision date"),
    "issuer": QT_TRANSLATE_NOOP("PackageLabels", "Issued by"),
    "title": QT_TRANSLATE_NOOP("PackageLabels", "Title"),
    "state": QT_TRANSLATE_NOOP("PackageLabels", "State"),
    "share": QT_TRANSLATE_NOOP("PackageLabels", "Share"),
}


def kind_label(kind: PackageKind | str) -> str:
    """What a package carries, in the UI language."""
    return QCoreApplication.translate(_C, str(_KINDS[PackageKind(kind)]))


def state_label(state: ReceivedState | str) -> str:
    """Where a received package stands, in the UI language."""
    return QCoreApplication.translate(_C, str(_STATES[ReceivedState(state)]))


def matched_label(matched_by: str) -> str:
    """How an existing record was matched ("New" when it will be added)."""
    text = _MATCHED.get(matched_by)
    return QCoreApplication.translate(_C, str(text)) if text else matched_by


def table_label(table: str) -> str:
    """A kind of record, in the UI language (the table name when not known)."""
    text = _TABLES.get(table)
    return QCoreApplication.translate(_C, str(text)) if text else table


def field_label(field: str) -> str:
    """A field of a record, in the UI language (the column name when not known)."""
    text = _FIELDS.get(field)
    return QCoreApplication.translate(_C, str(text)) if text else field
