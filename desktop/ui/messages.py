"""Errors, submission problems and eligibility reasons in the UI language.

The domain and services give each a stable code and the values it names (errors: `code` and
`params`; submission problems: `Problem.code` / `params`; eligibility reasons: the code that
`domain.reasons.parse` reads back from the Vietnamese sentence). Here each code has its wording
through QCoreApplication.translate() with `{name}` placeholders; a code without one keeps its Vietnamese sentence.
Printed papers and the command line keep the Vietnamese sentences of the lower layers.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.domain import reasons
from desktop.domain.errors import ThiDuaError
from desktop.domain.proposals import BatchState, Problem
from desktop.domain.ratings import DisciplineKind, Rating


def error_wordings() -> dict[str, str]:
    """Error code → wording, in the UI language."""
    return {
        "not_found": QCoreApplication.translate(
            "Messages", "The record no longer exists. It may have been deleted."
        ),
        "batch_locked": QCoreApplication.translate(
            "Messages", "The batch has been submitted or decided: it cannot be deleted."
        ),
        "batch_not_draft": QCoreApplication.translate(
            "Messages",
            "The batch is “{state}”: it can only be changed as a draft (return it for "
            "changes first).",
        ),
        "nominee_twice": QCoreApplication.translate(
            "Messages", "{name} is already in the batch for this award."
        ),
        "bad_transition": QCoreApplication.translate(
            "Messages", "A batch cannot go from “{current}” to “{target}”."
        ),
        "batch_problems": QCoreApplication.translate(
            "Messages", "The batch cannot be submitted yet ({count} problems)."
        ),
        "reason_required": QCoreApplication.translate(
            "Messages", "Returning a batch for changes needs a reason."
        ),
        "quorum": QCoreApplication.translate(
            "Messages",
            "Only {present}/{total} members attended, fewer than the {quorum} of the council "
            "its rules require: the council's conclusions are not valid.",
        ),
        "votes_exceed": QCoreApplication.translate(
            "Messages",
            "{votes} votes in favour cannot be more than the members present plus the written "
            "opinions ({present} + {written} = {most}).",
        ),
        "admin_only": QCoreApplication.translate(
            "Messages", "Only an administrator's account can do this."
        ),
        "cccd_taken": QCoreApplication.translate(
            "Messages", "The CCCD number {cccd} already belongs to {name} ({unit})."
        ),
        "rating_exists": QCoreApplication.translate(
            "Messages",
            "{name} already has a rating for {year} ({rating}). Confirm to replace it with the "
            "new rating.",
        ),
        "initiative_in_use": QCoreApplication.translate(
            "Messages",
            "The initiative cannot be deleted: it grounds a proposal in the batch {batches}. "
            "Remove it from the nominee first.",
        ),
        "already_answered": QCoreApplication.translate(
            "Messages",
            "This proposal has already been returned or accepted (here or in another copy of "
            "the program); it cannot be answered again.",
        ),
        "unit_missing": QCoreApplication.translate("Messages", "The chosen unit no longer exists."),
        "reference_missing": QCoreApplication.translate(
            "Messages", "A person, unit or movement that was chosen no longer exists."
        ),
        "sponsorship_exists": QCoreApplication.translate(
            "Messages", "This unit already sponsors this commune in the movement."
        ),
        "duplicate_author": QCoreApplication.translate(
            "Messages", "A person is listed twice among the authors."
        ),
        "person_in_use": QCoreApplication.translate(
            "Messages",
            "This person cannot be deleted: records still refer to them (initiatives, awards, "
            "registrations…). Change their work status instead, to keep the history.",
        ),
        "restore_conflict": QCoreApplication.translate(
            "Messages",
            "{label} cannot be restored: it clashes with the data present now. Correct the "
            "clashing record, then try again.",
        ),
        "integrity": QCoreApplication.translate(
            "Messages", "The change breaks a rule of the stored data; nothing was saved."
        ),
    }


def problem_wordings() -> dict[str, str]:
    """Submission problem code → wording, in the UI language."""
    return {
        "empty": QCoreApplication.translate("Messages", "The batch has no nominee yet."),
        "none_passed": QCoreApplication.translate(
            "Messages", "No one in the batch reached the council's vote share."
        ),
        "quorum": error_wordings()["quorum"],  # the same sentence as the refused meeting
        "votes_exceed": QCoreApplication.translate(
            "Messages",
            "{name}: {votes} votes in favour, more than the members present plus the written "
            "opinions ({most}).",
        ),
        "duplicate": QCoreApplication.translate(
            "Messages", "{name}: proposed for {award} twice in the batch."
        ),
        "unchecked": QCoreApplication.translate(
            "Messages", "{name}: eligibility for {award} not checked yet."
        ),
        "ineligible": QCoreApplication.translate(
            "Messages", "{name}: not eligible for {award}; give a reason to propose anyway."
        ),
        "review_no_reason": QCoreApplication.translate(
            "Messages", "{name}: {award} is for the council to judge; give the reason to propose."
        ),
        "votes_missing": QCoreApplication.translate(
            "Messages", "{name}: the council's votes in favour are not entered."
        ),
        "votes_below": QCoreApplication.translate(
            "Messages",
            "{name}: {votes}/{total} votes in favour ({share} %), below {threshold} % of all "
            "council members.",
        ),
        "held_same_year": QCoreApplication.translate(
            "Messages", "{name}: already received {award} in {year}."
        ),
        "one_time": QCoreApplication.translate(
            "Messages", "{name}: already received {award} (it is given only once)."
        ),
        "quota": QCoreApplication.translate(
            "Messages",
            "Over the movement's quota: {proposed} proposed for {award}, at most {allowed}; "
            "give a reason to propose anyway.",
        ),
        "mixed_authority": QCoreApplication.translate(
            "Messages",
            "One submission goes to one deciding authority; this batch mixes: {parts}. Split "
            "it into separate batches.",
        ),
        "addressee_council": QCoreApplication.translate(
            "Messages",
            "The submission goes to {decider} (who decides), not to “{addressee}”: the "
            "emulation and commendation council only advises.",
        ),
        "cstdcs_cap": QCoreApplication.translate(
            "Messages",
            "Year {year}: {cstdcs} grassroots emulation fighters exceed {cap} % of {ldtt} "
            "advanced workers. Give a reason to propose anyway (Decree 91/2017, Article 9.3).",
        ),
    }


def reason_wordings() -> dict[str, str]:
    """Eligibility reason code → wording, in the UI language."""
    return {
        "awarded": QCoreApplication.translate(
            "Messages", "Already awarded {award} in {year} ({decision})."
        ),
        "council_judges": QCoreApplication.translate(
            "Messages", "The standard is for the council to judge."
        ),
        "discipline_running": QCoreApplication.translate(
            "Messages", "under a disciplinary measure ({kind}, decided in {year})"
        ),
        "rating_of_year": QCoreApplication.translate("Messages", "{year}: rated {rating}"),
        "rating_missing": QCoreApplication.translate("Messages", "{year}: not rated yet"),
        "rating_below": QCoreApplication.translate(
            "Messages", "{year}: rated {rating}; {floor} or better is needed"
        ),
        "rating_missing_below": QCoreApplication.translate(
            "Messages", "{year}: not rated yet; {floor} or better is needed"
        ),
        "rating_not_reached": QCoreApplication.translate(
            "Messages", "{year}: did not reach {floor}"
        ),
        "unit_rating_not_reached": QCoreApplication.translate(
            "Messages", "{year}: the collective did not reach {floor}"
        ),
        "ldtt_met": QCoreApplication.translate(
            "Messages", "{year}: meets the standard of Advanced Worker"
        ),
        "ldtt_not_met": QCoreApplication.translate(
            "Messages", "{year}: did not reach Advanced Worker"
        ),
        "excellent_year": QCoreApplication.translate(
            "Messages", "{year}: excellently completed duties"
        ),
        "initiative_of_year": QCoreApplication.translate(
            "Messages", "an initiative recognised in {year}: “{title}”"
        ),
        "no_excellent_no_initiative": QCoreApplication.translate(
            "Messages",
            "{year}: neither excellently completed duties nor a recognised initiative",
        ),
        "title_not_reached": QCoreApplication.translate(
            "Messages", "{year}: did not reach {title}"
        ),
        "title_consecutive": QCoreApplication.translate(
            "Messages", "{title} {count} years in a row ({first}-{last})"
        ),
        "title_not_decided": QCoreApplication.translate(
            "Messages", "{year}: meets the standard of {title} but has no recognition decision yet"
        ),
        "initiative_required": QCoreApplication.translate(
            "Messages",
            "{year}: no recognised initiative (under {rule_set} an initiative is required)",
        ),
        "cstdcs_consecutive": QCoreApplication.translate(
            "Messages", "Grassroots Emulation Fighter {count} times in a row ({first}-{last})"
        ),
        "prior_award": QCoreApplication.translate("Messages", "received {prior} in {year}"),
        "prior_award_missing": QCoreApplication.translate(
            "Messages", "no {prior} in {year} or before"
        ),
        "good_years": QCoreApplication.translate(
            "Messages", "{count} years in a row ({first}-{last}) well completed duties or better"
        ),
        "cstdcs_times": QCoreApplication.translate(
            "Messages", "Grassroots Emulation Fighter {count} times ({years})"
        ),
        "cstdcs_times_short": QCoreApplication.translate(
            "Messages",
            "only {count} times Grassroots Emulation Fighter in {first}-{last}; {need} needed",
        ),
        "members_cstdcs": QCoreApplication.translate(
            "Messages", "{count} members are Grassroots Emulation Fighters"
        ),
        "members_cstdcs_none": QCoreApplication.translate(
            "Messages", "no member is a Grassroots Emulation Fighter in {year}"
        ),
        "not_for_households": QCoreApplication.translate(
            "Messages", "{award} is not given to households"
        ),
        "sudden_no_rating": QCoreApplication.translate(
            "Messages", "commendation for a sudden achievement: the yearly rating is not judged"
        ),
        "is_village": QCoreApplication.translate(
            "Messages", "{unit} is a village or residential group"
        ),
    }


def _value(value: object) -> str:
    """A value in the UI language: enums by their translated label, numbers by the locale."""
    from desktop.ui.models.movement_tables import discipline_label, rating_label
    from desktop.ui.widgets.proposal_labels import state_label

    if isinstance(value, Rating):
        return rating_label(value.value)
    if isinstance(value, DisciplineKind):
        return discipline_label(value.value).lower()
    if isinstance(value, BatchState):
        return state_label(value)
    if isinstance(value, float):
        return QLocale().toString(value, "f", 1)
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def _fill(wording: str | None, params: Mapping[str, object], fallback: str) -> str:
    if wording is None:
        return fallback
    try:
        return wording.format_map({k: _value(v) for k, v in params.items()})
    except (KeyError, IndexError, ValueError):  # a value the wording needs was not given
        return fallback


def error_text(exc: ThiDuaError) -> str:
    """The message of a domain or service error in the UI language."""
    fallback = getattr(exc, "message", "") or str(exc)
    return _fill(error_wordings().get(exc.code), exc.params, fallback)


def problem_text(problem: Problem) -> str:
    """A submission problem in the UI language."""
    return _fill(problem_wordings().get(problem.code), problem.params, problem.message)


def reason_text(reason: str) -> str:
    """An eligibility reason in the UI language (stored ones too); other sentences as they are."""
    parsed = reasons.parse(reason)
    if parsed is None:
        return reason
    text = _fill(reason_wordings().get(parsed.code), parsed.params, reason)
    if parsed.missing and text != reason:
        return QCoreApplication.translate("Messages", "Missing: {reason}").replace("{reason}", text)
    return text
