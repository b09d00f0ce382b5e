"""The words of the candidate rules and reasons in the UI language (the domain's Vietnamese
texts serve the command line and the spreadsheet)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain.candidates import CandidateRule, Reason, RuleKind, SubjectKind, number_text
from desktop.domain.errors import ThiDuaError, ValidationError
from desktop.domain.participation import ContributionKind


def kind_label(kind: RuleKind) -> str:
    """A rule kind's name."""
    return {
        RuleKind.CONTRIBUTION: QCoreApplication.translate("CandidateLabels", "Contribution level"),
        RuleKind.TOP_N: QCoreApplication.translate("CandidateLabels", "Top N of a group by score"),
        RuleKind.TOP_PERCENT: QCoreApplication.translate(
            "CandidateLabels", "Top percent of a group by score"
        ),
    }[kind]


def measure_label(kind: ContributionKind) -> str:
    """What a contribution level counts, with its unit."""
    return {
        ContributionKind.MONEY: QCoreApplication.translate("CandidateLabels", "Money (đồng)"),
        ContributionKind.LAND: QCoreApplication.translate("CandidateLabels", "Land (m²)"),
        ContributionKind.LABOUR: QCoreApplication.translate("CandidateLabels", "Work days"),
    }.get(kind, kind.label)


def subject_label(kind: SubjectKind) -> str:
    """Who a candidate is."""
    return {
        SubjectKind.PERSON: QCoreApplication.translate("CandidateLabels", "Person"),
        SubjectKind.UNIT: QCoreApplication.translate("CandidateLabels", "Collective"),
        SubjectKind.HOUSEHOLD: QCoreApplication.translate("CandidateLabels", "Household"),
        SubjectKind.NAMED: QCoreApplication.translate("CandidateLabels", "Not in the registers"),
    }[kind]


def _amount(kind: ContributionKind | None, value: float) -> str:
    number = number_text(value)
    if kind is ContributionKind.LAND:
        return QCoreApplication.translate("CandidateLabels", "land %1 m²").replace("%1", number)
    if kind is ContributionKind.LABOUR:
        return QCoreApplication.translate("CandidateLabels", "%1 work days").replace("%1", number)
    return QCoreApplication.translate("CandidateLabels", "%1 đồng").replace("%1", number)


def rule_text(rule: CandidateRule, group_name: str = "") -> str:
    """A rule in words."""
    if rule.kind is RuleKind.CONTRIBUTION:
        template = (
            QCoreApplication.translate(
                "CandidateLabels", "Contribution of %1 or more, counted since the movement began"
            )
            if rule.cumulative
            else QCoreApplication.translate(
                "CandidateLabels", "Contribution of %1 or more in the year"
            )
        )
        return template.replace("%1", _amount(rule.contribution_kind, rule.minimum or 0))
    if rule.kind is RuleKind.TOP_N:
        count = str(rule.top_n)
        if not group_name:
            return QCoreApplication.translate(
                "CandidateLabels", "The first %1 of each group by total score"
            ).replace("%1", count)
        template = QCoreApplication.translate(
            "CandidateLabels", "The first %1 of the group %2 by total score"
        )
        return template.replace("%1", count).replace("%2", group_name)
    share = number_text(rule.top_percent or 0)
    if not group_name:
        template = QCoreApplication.translate(
            "CandidateLabels", "The first %1 % of each group by total score (rounded up)"
        )
        return template.replace("%1", share)
    template = QCoreApplication.translate(
        "CandidateLabels", "The first %1 % of the group %2 by total score (rounded up)"
    )
    return template.replace("%1", share).replace("%2", group_name)


def reason_text(reason: Reason) -> str:
    """`Điểm 92,5 — hạng 1/14 nhóm Xã`, `Đóng góp 50.000.000 đồng` in the UI language."""
    if reason.kind is RuleKind.CONTRIBUTION:
        text = QCoreApplication.translate("CandidateLabels", "Contribution %1").replace(
            "%1", _amount(reason.contribution_kind, reason.amount or 0)
        )
        return text + (
            QCoreApplication.translate("CandidateLabels", " (cumulative)")
            if reason.cumulative
            else ""
        )
    place = f"{reason.rank}/{reason.group_size}"
    if reason.tied:
        place += QCoreApplication.translate("CandidateLabels", " (tied)")
    return (
        QCoreApplication.translate("CandidateLabels", "Score %1 — rank %2 in %3")
        .replace("%1", number_text(reason.total or 0))
        .replace("%2", place)
        .replace("%3", reason.group_name)
    )


def reasons_text(reasons: tuple[Reason, ...]) -> str:
    """Every reason on one line."""
    return "; ".join(reason_text(r) for r in reasons)


# The candidate rules' coded errors: field, then code, to the source text (translated when shown).
_ERRORS = {
    "contribution_kind": {
        "required": QT_TRANSLATE_NOOP("CandidateLabels", "Choose what the level counts."),
        "kind_not_counted": QT_TRANSLATE_NOOP("CandidateLabels", "A level can be set for money, land or work days only."),
    },
    "minimum": {
        "required": QT_TRANSLATE_NOOP("CandidateLabels", "Enter the contribution level."),
        "not_number": QT_TRANSLATE_NOOP("CandidateLabels", "The contribution level is not a number."),
        "not_positive": QT_TRANSLATE_NOOP("CandidateLabels", "The contribution level must be more than 0."),
        "not_integer": QT_TRANSLATE_NOOP("CandidateLabels", "A money level is a whole number of đồng."),
        "too_large": QT_TRANSLATE_NOOP("CandidateLabels", "The money level is unusually large; check it."),
    },
    "top_n": {
        "required": QT_TRANSLATE_NOOP("CandidateLabels", "Enter how many of the first places qualify."),
        "range": QT_TRANSLATE_NOOP("CandidateLabels", "The number of places must be from 1 to 10,000."),
    },
    "top_percent": {
        "required": QT_TRANSLATE_NOOP("CandidateLabels", "Enter the percentage of the first places."),
        "not_number": QT_TRANSLATE_NOOP("CandidateLabels", "The percentage is not a number."),
        "percent_range": QT_TRANSLATE_NOOP("CandidateLabels", "The percentage must be more than 0 and at most 100."),
    },
    "group_id": {
        "group_other": QT_TRANSLATE_NOOP("CandidateLabels", "The group is not one of this movement's groups."),
    },
    "award": {
        "too_long": QT_TRANSLATE_NOOP("CandidateLabels", "The award is longer than 200 characters."),
        "award_not_chosen": QT_TRANSLATE_NOOP("CandidateLabels", "Choose the award for every ticked candidate."),
        "award_unknown": QT_TRANSLATE_NOOP("CandidateLabels", "The award is not in the catalog."),
    },
    "note": {
        "too_long": QT_TRANSLATE_NOOP("CandidateLabels", "The note is longer than 1,000 characters."),
    },
    "year": {
        "year_range": QT_TRANSLATE_NOOP("CandidateLabels", "The year must be between 1945 and 2100."),
    },
    "picks": {
        "pick_none": QT_TRANSLATE_NOOP("CandidateLabels", "Tick at least one candidate."),
    },
    "participant": {
        "not_in_register": QT_TRANSLATE_NOOP("CandidateLabels", "A contributor who is not in the registers cannot be proposed."),
    },
}  # fmt: skip


def error_text(exc: ThiDuaError) -> str:
    """A coded error of the candidate rules in the UI language (its message as fallback)."""
    from desktop.ui.messages import error_text as worded  # any other code, by its wording

    if not isinstance(exc, ValidationError):
        return worded(exc)
    text = _ERRORS.get(exc.field, {}).get(exc.code)
    return worded(exc) if text is None else QCoreApplication.translate("CandidateLabels", str(text))
