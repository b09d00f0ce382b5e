"""Translated labels for domain enums (the domain's own labels are Vietnamese only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.people import Sex, WorkStatus
from desktop.domain.units import UnitKind


def _t(text: str) -> str:
    return QCoreApplication.translate("DomainLabels", text)


def unit_kind_label(kind: UnitKind) -> str:
    """The kind of a unit in the UI language."""
    return {
        UnitKind.DEPARTMENT: _t("Department"),
        UnitKind.SUBORDINATE: _t("Subordinate unit"),
        UnitKind.COMMUNE: _t("Commune, ward, special zone"),
        UnitKind.VILLAGE: _t("Village, residential group"),
        UnitKind.ENTERPRISE: _t("Enterprise"),
        UnitKind.COOPERATIVE: _t("Cooperative"),
        UnitKind.OTHER: _t("Other organisation"),
    }[kind]


def sex_label(sex: Sex | str | None) -> str:
    """Male / female in the UI language ("" when unknown)."""
    if not sex:
        return ""
    return _t("Male") if Sex(sex) is Sex.MALE else _t("Female")


def status_label(status: WorkStatus | str) -> str:
    """Work status in the UI language."""
    return {
        WorkStatus.WORKING: _t("Working"),
        WorkStatus.TRANSFERRED: _t("Transferred"),
        WorkStatus.RETIRED: _t("Retired"),
    }[WorkStatus(status)]


def scope_label(internal: bool) -> str:
    """Internal unit or outside collective."""
    return _t("Internal") if internal else _t("Outside")
