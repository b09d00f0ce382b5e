"""Translated labels for the proposal enums (the domain's own labels are Vietnamese only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from desktop.domain.awards import CommendationType, SubjectKind
from desktop.domain.council import Role
from desktop.domain.eligibility import Result
from desktop.domain.proposals import BatchState, Outcome, SubjectType
from desktop.ui.style import error_color


def result_label(result: Result | str | None) -> str:
    """An eligibility result in the UI language ("" when never checked)."""
    if not result:
        return QCoreApplication.translate("ProposalLabels", "Not checked")
    return {
        Result.ELIGIBLE: QCoreApplication.translate("ProposalLabels", "Eligible"),
        Result.INELIGIBLE: QCoreApplication.translate("ProposalLabels", "Not eligible"),
        Result.REVIEW: QCoreApplication.translate("ProposalLabels", "Council to review"),
        Result.AWARDED: QCoreApplication.translate("ProposalLabels", "Already awarded"),
    }[Result(result)]


RESULT_COLORS = {
    Result.ELIGIBLE: QColor("#1b7a2f"),
    Result.INELIGIBLE: error_color(),
    Result.REVIEW: QColor("#8a5a00"),
    Result.AWARDED: QColor("#1f4e8c"),
}


def state_label(state: BatchState | str) -> str:
    """A batch state in the UI language."""
    return {
        BatchState.DRAFT: QCoreApplication.translate("ProposalLabels", "Draft"),
        BatchState.MET: QCoreApplication.translate("ProposalLabels", "Council met"),
        BatchState.SUBMITTED: QCoreApplication.translate("ProposalLabels", "Submitted"),
        BatchState.DECIDED: QCoreApplication.translate("ProposalLabels", "Decided"),
    }[BatchState(state)]


def kind_label(kind: CommendationType | str) -> str:
    """A type of commendation in the UI language."""
    return {
        CommendationType.MERIT: QCoreApplication.translate("ProposalLabels", "Annual merit"),
        CommendationType.MOVEMENT: QCoreApplication.translate(
            "ProposalLabels", "Emulation movement"
        ),
        CommendationType.SUDDEN: QCoreApplication.translate("ProposalLabels", "Sudden"),
        CommendationType.SERVICE: QCoreApplication.translate("ProposalLabels", "Long service"),
    }[CommendationType(kind)]


def outcome_label(outcome: Outcome | str) -> str:
    """Whether the decision granted the award ("" while pending)."""
    return {
        Outcome.PENDING: "",
        Outcome.GRANTED: QCoreApplication.translate("ProposalLabels", "Granted"),
        Outcome.REFUSED: QCoreApplication.translate("ProposalLabels", "Not granted"),
        Outcome.COUNCIL_FAILED: QCoreApplication.translate(
            "ProposalLabels", "Not passed by the council"
        ),
    }[Outcome(outcome)]


def subject_label(subject: SubjectType | SubjectKind | str) -> str:
    """Person, collective or household in the UI language."""
    value = subject.value if isinstance(subject, SubjectType | SubjectKind) else subject
    return {
        "person": QCoreApplication.translate("ProposalLabels", "Person"),
        "ca_nhan": QCoreApplication.translate("ProposalLabels", "Person"),
        "unit": QCoreApplication.translate("ProposalLabels", "Collective"),
        "tap_the": QCoreApplication.translate("ProposalLabels", "Collective"),
        "household": QCoreApplication.translate("ProposalLabels", "Household"),
        "ho_gia_dinh": QCoreApplication.translate("ProposalLabels", "Household"),
    }[value]


def role_label(role: Role | str) -> str:
    """A council member's role in the UI language."""
    return {
        Role.CHAIR: QCoreApplication.translate("ProposalLabels", "Chair"),
        Role.VICE_CHAIR: QCoreApplication.translate("ProposalLabels", "Vice-chair"),
        Role.STANDING: QCoreApplication.translate("ProposalLabels", "Standing member"),
        Role.MEMBER: QCoreApplication.translate("ProposalLabels", "Member"),
        Role.SECRETARY: QCoreApplication.translate("ProposalLabels", "Member and secretary"),
    }[Role(role)]
