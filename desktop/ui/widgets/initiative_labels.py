"""Translated labels for the initiative enums (the domain's own labels are Vietnamese only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.initiatives import InitiativeKind, RecognitionStatus, Scope


def kind_label(kind: InitiativeKind | str) -> str:
    """The kind of an initiative in the UI language."""
    return {
        InitiativeKind.INITIATIVE: QCoreApplication.translate("InitiativeLabels", "Initiative"),
        InitiativeKind.USEFUL_SOLUTION: QCoreApplication.translate(
            "InitiativeLabels", "Useful solution"
        ),
        InitiativeKind.RESEARCH: QCoreApplication.translate(
            "InitiativeLabels", "Research project, scheme"
        ),
        InitiativeKind.GOOD_MODEL: QCoreApplication.translate("InitiativeLabels", "Good model"),
        InitiativeKind.NEW_METHOD: QCoreApplication.translate(
            "InitiativeLabels", "New way of working"
        ),
        InitiativeKind.EXEMPLARY: QCoreApplication.translate(
            "InitiativeLabels", "Advanced example"
        ),
    }[InitiativeKind(kind)]


def status_label(status: RecognitionStatus | str) -> str:
    """The recognition status in the UI language."""
    return {
        RecognitionStatus.PROPOSED: QCoreApplication.translate("InitiativeLabels", "Proposed"),
        RecognitionStatus.RECOGNISED: QCoreApplication.translate("InitiativeLabels", "Recognised"),
        RecognitionStatus.NOT_RECOGNISED: QCoreApplication.translate(
            "InitiativeLabels", "Not recognised"
        ),
    }[RecognitionStatus(status)]


def scope_label(scope: Scope | str | None) -> str:
    """The scope of effect in the UI language ("" when not set)."""
    if not scope:
        return ""
    return {
        Scope.BASE: QCoreApplication.translate("InitiativeLabels", "Grassroots"),
        Scope.PROVINCE: QCoreApplication.translate("InitiativeLabels", "Provincial"),
        Scope.NATIONAL: QCoreApplication.translate("InitiativeLabels", "National"),
    }[Scope(scope)]


def share_text(share: float | None) -> str:
    """A share as `60%` or `33.33%` ("" when not stated)."""
    return "" if share is None else f"{share:g}%"
