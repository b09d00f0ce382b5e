"""Translated labels for the initiative enums (the domain's own labels are Vietnamese only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.initiatives import InitiativeKind, RecognitionStatus, Scope


def _t(text: str) -> str:
    return QCoreApplication.translate("InitiativeLabels", text)


def kind_label(kind: InitiativeKind | str) -> str:
    """The kind of an initiative in the UI language."""
    return {
        InitiativeKind.INITIATIVE: _t("Initiative"),
        InitiativeKind.USEFUL_SOLUTION: _t("Useful solution"),
        InitiativeKind.RESEARCH: _t("Research project, scheme"),
        InitiativeKind.GOOD_MODEL: _t("Good model"),
        InitiativeKind.NEW_METHOD: _t("New way of working"),
        InitiativeKind.EXEMPLARY: _t("Advanced example"),
    }[InitiativeKind(kind)]


def status_label(status: RecognitionStatus | str) -> str:
    """The recognition status in the UI language."""
    return {
        RecognitionStatus.PROPOSED: _t("Proposed"),
        RecognitionStatus.RECOGNISED: _t("Recognised"),
        RecognitionStatus.NOT_RECOGNISED: _t("Not recognised"),
    }[RecognitionStatus(status)]


def scope_label(scope: Scope | str | None) -> str:
    """The scope of effect in the UI language ("" when not set)."""
    if not scope:
        return ""
    return {
        Scope.BASE: _t("Grassroots"),
        Scope.PROVINCE: _t("Provincial"),
        Scope.NATIONAL: _t("National"),
    }[Scope(scope)]


def share_text(share: float | None) -> str:
    """A share as `60%` or `33.33%` ("" when not stated)."""
    return "" if share is None else f"{share:g}%"
