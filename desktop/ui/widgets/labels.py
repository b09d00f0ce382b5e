"""Translated labels for domain enums (the domain's own labels are Vietnamese only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.people import Sex, WorkStatus
from desktop.domain.units import UnitKind


def unit_kind_label(kind: UnitKind) -> str:
    """The kind of a unit in the UI language."""
    return {
        UnitKind.DEPARTMENT: QCoreApplication.translate("DomainLabels", "Department"),
        UnitKind.SUBORDINATE: QCoreApplication.translate("DomainLabels", "Subordinate unit"),
        UnitKind.COMMUNE: QCoreApplication.translate("DomainLabels", "Commune, ward, special zone"),
        UnitKind.VILLAGE: QCoreApplication.translate("DomainLabels", "Village, residential group"),
        UnitKind.ENTERPRISE: QCoreApplication.translate("DomainLabels", "Enterprise"),
        UnitKind.COOPERATIVE: QCoreApplication.translate("DomainLabels", "Cooperative"),
        UnitKind.OTHER: QCoreApplication.translate("DomainLabels", "Other organisation"),
    }[kind]


def sex_label(sex: Sex | str | None) -> str:
    """Male / female in the UI language ("" when unknown)."""
    if not sex:
        return ""
    return (
        QCoreApplication.translate("DomainLabels", "Male")
        if Sex(sex) is Sex.MALE
        else QCoreApplication.translate("DomainLabels", "Female")
    )


def status_label(status: WorkStatus | str) -> str:
    """Work status in the UI language."""
    return {
        WorkStatus.WORKING: QCoreApplication.translate("DomainLabels", "Working"),
        WorkStatus.TRANSFERRED: QCoreApplication.translate("DomainLabels", "Transferred"),
        WorkStatus.RETIRED: QCoreApplication.translate("DomainLabels", "Retired"),
    }[WorkStatus(status)]


def scope_label(internal: bool) -> str:
    """Internal unit or outside collective."""
    return (
        QCoreApplication.translate("DomainLabels", "Internal")
        if internal
        else QCoreApplication.translate("DomainLabels", "Outside")
    )
