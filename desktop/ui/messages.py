"""Errors, submission problems and eligibility reasons in the UI language.

The domain and services give each a stable code and the values it names (errors: `code` and
`params`; submission problems: `Problem.code` / `params`; eligibility reasons: the code that
`domain.reasons.parse` reads back from the Vietnamese sentence). Here each code has its wording
through QCoreApplication.translate() with `{name}` placeholders, filled with the values in the
UI language. The Vietnamese interface shows the lower layer's own sentence: it is Vietnamese
already, and names what a shared wording cannot (the field, the record); its translations here
keep the same words. A code without a wording keeps its Vietnamese sentence. Printed papers and
the command line keep the Vietnamese sentences of the lower layers.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import Enum

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.domain import reasons
from desktop.domain.eligibility import Result
from desktop.domain.errors import ThiDuaError
from desktop.domain.initiatives import InitiativeKind, Scope
from desktop.domain.proposals import BatchState, Problem, Quorum, quorum_message
from desktop.domain.ratings import DisciplineKind, Rating
from desktop.domain.row_problems import Origin, RowProblem
from desktop.ui import i18n


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
        # The rest, by code. A wording names only values every raise site passes
        # (tests/ui/test_message_codes.py reads the sites from the sources).
        "above_max": QCoreApplication.translate(
            "Messages", "The score is above the criterion's maximum."
        ),
        "absent_officer": QCoreApplication.translate(
            "Messages", "The chair and the secretary must attend the meeting."
        ),
        "account_locked": QCoreApplication.translate(
            "Messages",
            "The account is locked after {count} wrong passwords; try again after {until}.",
        ),
        "adopt_refused": QCoreApplication.translate(
            "Messages",
            "The file cannot be adopted: its log is not consistent. Restore a good backup.",
        ),
        "audit_broken": QCoreApplication.translate(
            "Messages",
            "The log of the file {path} does not match this computer's key; the change was not "
            "saved. Check the file (Settings, or: thidua check).",
        ),
        "audit_key_missing": QCoreApplication.translate(
            "Messages",
            "The key that signs the change log of {path} is not on this computer. Reading and "
            "checking work; to save, import the key from the old computer or adopt the file.",
        ),
        "audit_old_schema": QCoreApplication.translate(
            "Messages", "The log of the file {path} has not been upgraded yet."
        ),
        "author_ambiguous": QCoreApplication.translate(
            "Messages",
            "Several people have this author's name: write the CCCD number, or the unit in "
            "brackets after the name.",
        ),
        "author_cccd": QCoreApplication.translate(
            "Messages", "An author's CCCD number is not valid."
        ),
        "author_not_found": QCoreApplication.translate(
            "Messages", "The author is not in the staff list."
        ),
        "author_or_unit": QCoreApplication.translate(
            "Messages", "Add at least one author, or choose a unit."
        ),
        "authority_catalog": QCoreApplication.translate(
            "Messages", "The table of commendation authorities has a wrong entry."
        ),
        "award_not_chosen": QCoreApplication.translate(
            "Messages", "Choose the title or form of commendation for {name}."
        ),
        "award_recorded": QCoreApplication.translate(
            "Messages", "“{award}” of {year} is already recorded."
        ),
        "award_unknown": QCoreApplication.translate(
            "Messages", "The catalog has no title or form of commendation with this code."
        ),
        "backup_failed": QCoreApplication.translate(
            "Messages", "The backup {path} could not be made."
        ),
        "bad_key": QCoreApplication.translate(
            "Messages",
            "Package refused: the sender's key fingerprint does not match the key in the "
            "package. Nothing was written.",
        ),
        "bad_kind": QCoreApplication.translate("Messages", "Unknown kind of report."),
        "bad_login": QCoreApplication.translate("Messages", "Wrong user name or password."),
        "bad_manifest": QCoreApplication.translate(
            "Messages",
            "Package refused: its description cannot be read or is not in the right form. "
            "Nothing was written.",
        ),
        "bad_password": QCoreApplication.translate("Messages", "The current password is wrong."),
        "bad_path": QCoreApplication.translate(
            "Messages",
            "Package refused: the part “{name}” lies outside the package. Nothing was written.",
        ),
        "bad_period": QCoreApplication.translate(
            "Messages", "The report period “{text}” is not valid."
        ),
        "bad_range": QCoreApplication.translate(
            "Messages", "The start date is after the end date."
        ),
        "bad_records": QCoreApplication.translate(
            "Messages", "Package refused: its data is not in the right form. Nothing was written."
        ),
        "bad_signature": QCoreApplication.translate(
            "Messages",
            "Package refused: its signature is wrong (the package was changed or forged). "
            "Nothing was written.",
        ),
        "bad_subject": QCoreApplication.translate(
            "Messages", "The package has a nominee in the wrong form."
        ),
        "base_salary_taken": QCoreApplication.translate(
            "Messages", "A base salary from this date is already recorded."
        ),
        "batch_empty": QCoreApplication.translate(
            "Messages", "The batch has no nominee: there is nothing to send."
        ),
        "batch_missing": QCoreApplication.translate(
            "Messages",
            "Package refused: the batch it answers is not in the data. Nothing was written.",
        ),
        "before_year": QCoreApplication.translate(
            "Messages", "The recognition date cannot be before the year of the initiative."
        ),
        "bloc_exists": QCoreApplication.translate(
            "Messages", "An emulation bloc or cluster with this name already exists."
        ),
        "cancelled": QCoreApplication.translate("Messages", "Cancelled: nothing was changed."),
        "catalog_duplicate": QCoreApplication.translate(
            "Messages", "The commendation catalog has the same code twice."
        ),
        "catalog_entry": QCoreApplication.translate(
            "Messages", "The commendation catalog has a wrong entry."
        ),
        "catalog_syntax": QCoreApplication.translate(
            "Messages", "The commendation catalog is not written correctly."
        ),
        "cccd_digits": QCoreApplication.translate(
            "Messages", "The CCCD number must have exactly 12 digits."
        ),
        "cccd_province": QCoreApplication.translate(
            "Messages",
            "The first three digits of the CCCD number must be a province code from 001 to 096.",
        ),
        "code_format": QCoreApplication.translate(
            "Messages", "A check code is a string of hexadecimal digits (at least 8)."
        ),
        "columns_missing": QCoreApplication.translate(
            "Messages",
            "The file {name} lacks required columns; choose the right kind of spreadsheet or "
            "add the columns.",
        ),
        "conflict": QCoreApplication.translate(
            "Messages",
            "Package refused: a record in it contradicts the office's data. Nothing was written.",
        ),
        "count_too_large": QCoreApplication.translate(
            "Messages", "The number cannot be more than {limit}."
        ),
        "counts": QCoreApplication.translate(
            "Messages",
            "The backup {path} does not hold all the data (the row counts differ from the source).",
        ),
        "criteria_exist": QCoreApplication.translate("Messages", "That year already has criteria."),
        "criterion_twice": QCoreApplication.translate(
            "Messages", "The criterion “{text}” is listed twice."
        ),
        "current_damaged": QCoreApplication.translate(
            "Messages",
            "The current data could not be backed up before the restore (the file {path} may "
            "be damaged). Close the program and restore from the command line.",
        ),
        "damaged": QCoreApplication.translate(
            "Messages",
            "The data file {path} is damaged. Restore the latest backup; the file was not changed.",
        ),
        "date": QCoreApplication.translate("Messages", "The catalog has a date that is not valid."),
        "date_format": QCoreApplication.translate(
            "Messages", "Not a valid date: write dd/mm/yyyy."
        ),
        "date_future": QCoreApplication.translate("Messages", "The date cannot be after today."),
        "date_invalid": QCoreApplication.translate(
            "Messages", "This date does not exist in the calendar."
        ),
        "date_too_old": QCoreApplication.translate(
            "Messages", "The date of birth cannot be before 1900."
        ),
        "decision_before_year": QCoreApplication.translate(
            "Messages", "The decision cannot be signed before the year it rewards."
        ),
        "decision_drafted": QCoreApplication.translate(
            "Messages",
            "The batch already has a draft decision: correct its number or date, or cancel the "
            "draft to make it again.",
        ),
        "decision_future": QCoreApplication.translate(
            "Messages", "The decision date has not come yet."
        ),
        "decision_mixed": QCoreApplication.translate(
            "Messages",
            "The batch still has proposals for a higher authority: the office's own decision "
            "is recorded only when the batch holds just its own awards.",
        ),
        "decision_state": QCoreApplication.translate(
            "Messages",
            "In this state of the batch the draft decision cannot be made or changed: it is "
            "drafted after the council's meeting and before the decision is recorded.",
        ),
        "decision_year": QCoreApplication.translate(
            "Messages",
            "The decision date must be in the year of the number given in the outgoing "
            "register; cancel the draft and make it again to take a number of the new year.",
        ),
        "demo_missing": QCoreApplication.translate(
            "Messages", "The demo data generator is not part of this version."
        ),
        "demo_not_empty": QCoreApplication.translate(
            "Messages", "The data file already has units; demo data goes only into a new data file."
        ),
        "demo_people": QCoreApplication.translate(
            "Messages", "The number of people cannot be negative."
        ),
        "discipline_unknown": QCoreApplication.translate(
            "Messages",
            "Unknown disciplinary measure: write Reprimand, Warning, Demotion or Dismissal.",
        ),
        "disk_full": QCoreApplication.translate(
            "Messages",
            "The file {path} cannot be written: the disk is full or failing. The old data is "
            "intact; free some space and try again.",
        ),
        "done_future": QCoreApplication.translate(
            "Messages", "The completion date cannot be after today."
        ),
        "dossier_empty": QCoreApplication.translate(
            "Messages", "The batch has no nominee to print a dossier for."
        ),
        "duplicate_member": QCoreApplication.translate(
            "Messages", "Package refused: the part “{name}” is repeated. Nothing was written."
        ),
        "email_format": QCoreApplication.translate(
            "Messages", "This is not a valid email address."
        ),
        "empty": QCoreApplication.translate(
            "Messages",
            "The file {path} is empty, not a Thi đua data file. Choose another file or create "
            "a new one.",
        ),
        "encrypted": QCoreApplication.translate(
            "Messages", "Package refused: the part “{name}” is encrypted. Nothing was written."
        ),
        "exists": QCoreApplication.translate(
            "Messages",
            "The file {path} already exists; choose another name so it is not overwritten.",
        ),
        "field_twice": QCoreApplication.translate(
            "Messages", "Each field can be placed only once."
        ),
        "file_changed": QCoreApplication.translate(
            "Messages",
            "The file {name} changed while it was read; close the program writing it and try "
            "again.",
        ),
        "file_empty": QCoreApplication.translate("Messages", "The file {name} is empty."),
        "file_missing": QCoreApplication.translate("Messages", "The file {name} was not found."),
        "file_too_large": QCoreApplication.translate(
            "Messages",
            "The file {name} is {size}, over the limit of {limit}; it was not attached. "
            "Compress it or scan it again at a lower resolution.",
        ),
        "file_unreadable": QCoreApplication.translate(
            "Messages", "The file {name} cannot be read."
        ),
        "first_admin": QCoreApplication.translate(
            "Messages", "The first account must be an administrator."
        ),
        "first_place_shared": QCoreApplication.translate(
            "Messages",
            "Several units share the first place: the bloc votes, then chooses its leading unit.",
        ),
        "fk_broken": QCoreApplication.translate(
            "Messages",
            "Upgrading the file {path} would break links in the data; the upgrade was "
            "cancelled and the file is unchanged.",
        ),
        "folder_not_xlsx": QCoreApplication.translate(
            "Messages", "{name} is a folder, not an Excel file."
        ),
        "foreign": QCoreApplication.translate(
            "Messages", "The file {path} belongs to another program, not to Thi đua."
        ),
        "group_other": QCoreApplication.translate(
            "Messages", "The target group is not one of the movement's groups."
        ),
        "group_twice": QCoreApplication.translate(
            "Messages", "The target group “{name}” is listed twice."
        ),
        "group_unknown": QCoreApplication.translate(
            "Messages", "The movement has no group “{name}”."
        ),
        "hash_mismatch": QCoreApplication.translate(
            "Messages",
            "Package refused: the attached file “{name}” does not match. Nothing was written.",
        ),
        "import_rejected": QCoreApplication.translate(
            "Messages",
            "The file has {count} invalid rows; nothing was written. Correct those rows, or "
            "import only the valid rows.",
        ),
        "in_use": QCoreApplication.translate(
            "Messages",
            "The program has the file {path} open; nothing was restored. Close the program's "
            "window and run the command again, or restore in the window (Backups page).",
        ),
        "initiative_used": QCoreApplication.translate(
            "Messages",
            "The initiative has already grounded an award; each initiative grounds one "
            "commendation only.",
        ),
        "key_export": QCoreApplication.translate(
            "Messages", "The key file {path} cannot be written."
        ),
        "key_import": QCoreApplication.translate("Messages", "The key file {path} cannot be read."),
        "kind_not_counted": QCoreApplication.translate(
            "Messages", "A contribution level can be set only for money, land or working days."
        ),
        "last_admin": QCoreApplication.translate(
            "Messages", "At least one active administrator account must remain."
        ),
        "layout_exists": QCoreApplication.translate(
            "Messages", "A blank layout named “{name}” already exists."
        ),
        "leader_outside": QCoreApplication.translate(
            "Messages",
            "The leading unit is not in the list of units: add the unit, then choose again.",
        ),
        "limit_positive": QCoreApplication.translate(
            "Messages", "--limit must be a positive number."
        ),
        "locked": QCoreApplication.translate(
            "Messages",
            "The data file {path} is busy (another program is writing to it). Try again in a "
            "few minutes.",
        ),
        "login_required": QCoreApplication.translate(
            "Messages", "The data file has accounts: the command needs a login."
        ),
        "manifest": QCoreApplication.translate(
            "Messages", "The backup {path} has no readable description."
        ),
        "member_exists": QCoreApplication.translate(
            "Messages", "This unit is already a member of the bloc."
        ),
        "member_list": QCoreApplication.translate(
            "Messages", "Package refused: its parts do not match its list. Nothing was written."
        ),
        "merge_again": QCoreApplication.translate(
            "Messages", "A unit chosen was already merged before; it cannot be merged again."
        ),
        "merge_empty": QCoreApplication.translate("Messages", "No unit is chosen to merge."),
        "merge_into_self": QCoreApplication.translate(
            "Messages", "The receiving unit cannot be one of the merged units."
        ),
        "missing": QCoreApplication.translate("Messages", "The file {path} was not found."),
        "missing_member": QCoreApplication.translate(
            "Messages",
            "Package refused: the file “{name}” is missing from the package. Nothing was written.",
        ),
        "movement_ambiguous": QCoreApplication.translate(
            "Messages", "Several movements have this name."
        ),
        "movement_has_proposals": QCoreApplication.translate(
            "Messages",
            "The movement cannot be deleted: {count} proposal batches follow it. Delete those batches first.",
        ),
        "movement_in_use": QCoreApplication.translate(
            "Messages",
            "The movement cannot be deleted: other records are linked to it (proposal batches…).",
        ),
        "movement_unknown": QCoreApplication.translate(
            "Messages", "No movement “{name}” was found."
        ),
        "negative": QCoreApplication.translate("Messages", "The value cannot be negative."),
        "newer": QCoreApplication.translate(
            "Messages",
            "The file {path} was made by a newer version of Thi đua. Update the program; the "
            "file was not changed.",
        ),
        "no_access": QCoreApplication.translate(
            "Messages", "The file {path} cannot be opened: no permission to read it."
        ),
        "no_account": QCoreApplication.translate("Messages", "No account is logged in."),
        "no_certificate_award": QCoreApplication.translate(
            "Messages", "No certificate is printed for the award “{award}”."
        ),
        "no_commitment": QCoreApplication.translate(
            "Messages", "Write at least one commitment of the covenant."
        ),
        "no_council": QCoreApplication.translate(
            "Messages",
            "The dossier has no minutes of the emulation and commendation council's meeting.",
        ),
        "no_criteria": QCoreApplication.translate(
            "Messages", "The bloc has no scoring criteria for that year."
        ),
        "no_draft": QCoreApplication.translate(
            "Messages",
            "Make the draft decision first (its number and date come from the outgoing register).",
        ),
        "no_export": QCoreApplication.translate(
            "Messages", "This kind cannot be exported to a file."
        ),
        "no_folder": QCoreApplication.translate(
            "Messages", "The folder to write the file in does not exist."
        ),
        "no_head_nominees": QCoreApplication.translate(
            "Messages",
            "The batch has no one within the head of the office's authority passed by the council.",
        ),
        "no_import": QCoreApplication.translate(
            "Messages", "This kind cannot be imported from a file."
        ),
        "no_origin": QCoreApplication.translate(
            "Messages", "No one in the batch was proposed by that office (through a package)."
        ),
        "no_rows": QCoreApplication.translate(
            "Messages", "The file {name} has no data row under its header row."
        ),
        "no_rule_set": QCoreApplication.translate("Messages", "No rule set applies on that date."),
        "no_scores": QCoreApplication.translate(
            "Messages", "The bloc has not scored any member that year."
        ),
        "no_sheet": QCoreApplication.translate("Messages", "The file {name} has no worksheet."),
        "nominee_missing": QCoreApplication.translate(
            "Messages",
            "Package refused: a nominee it answers is not in the batch. Nothing was written.",
        ),
        "none": QCoreApplication.translate(
            "Messages", "No one in this batch was awarded: there is no certificate to print."
        ),
        "not_a_file": QCoreApplication.translate("Messages", "{name} is not a file."),
        "not_a_member": QCoreApplication.translate(
            "Messages", "The unit chosen is not a member of the bloc."
        ),
        "not_a_package": QCoreApplication.translate(
            "Messages", "Package refused: the file is not a Thi đua package. Nothing was written."
        ),
        "not_a_party": QCoreApplication.translate(
            "Messages", "This unit did not sign this covenant."
        ),
        "not_a_village": QCoreApplication.translate(
            "Messages",
            "The unit is not a village or residential group: a household belongs to a village.",
        ),
        "not_commune": QCoreApplication.translate(
            "Messages", "The sponsored place must be an outside commune or village."
        ),
        "not_db": QCoreApplication.translate(
            "Messages", "The file {path} is not a Thi đua data file."
        ),
        "not_decided": QCoreApplication.translate(
            "Messages", "The batch has no commendation decision yet."
        ),
        "not_in_batch": QCoreApplication.translate("Messages", "That record is not in this batch."),
        "not_in_register": QCoreApplication.translate(
            "Messages",
            "The participant is not in the list of individuals and collectives: cannot be "
            "proposed yet.",
        ),
        "not_integer": QCoreApplication.translate("Messages", "The amount must be a whole number."),
        "not_internal": QCoreApplication.translate(
            "Messages", "The sponsoring unit must be one of the office's units."
        ),
        "not_key": QCoreApplication.translate(
            "Messages", "The file is not a Thi đua log key file."
        ),
        "not_number": QCoreApplication.translate("Messages", "This is not a number."),
        "not_positive": QCoreApplication.translate("Messages", "The value must be greater than 0."),
        "not_proposal": QCoreApplication.translate(
            "Messages", "Only a proposal package can be returned or accepted."
        ),
        "not_submitted": QCoreApplication.translate(
            "Messages", "The batch has not been submitted: the submission has no number."
        ),
        "not_whole": QCoreApplication.translate("Messages", "The number must be a whole number."),
        "not_xlsx": QCoreApplication.translate(
            "Messages", "The file {name} is not an Excel .xlsx file."
        ),
        "number": QCoreApplication.translate("Messages", "The benefit value must be a number."),
        "number_taken": QCoreApplication.translate(
            "Messages", "Number {number} of {year} has already been given to {document}."
        ),
        "off_page": QCoreApplication.translate("Messages", "The field lies outside the sheet."),
        "office_ambiguous": QCoreApplication.translate(
            "Messages", "Several known offices match what was written."
        ),
        "office_missing": QCoreApplication.translate(
            "Messages",
            "The office's details (its name) are missing: enter them on the Office and "
            "settings page before sending or receiving packages.",
        ),
        "office_unknown": QCoreApplication.translate(
            "Messages", "Unknown office. Write the receiving office's code (uuid)."
        ),
        "offset_range": QCoreApplication.translate("Messages", "The offset must be within ±20 mm."),
        "one_chair": QCoreApplication.translate(
            "Messages", "Choose one person to chair the meeting."
        ),
        "one_of": QCoreApplication.translate(
            "Messages", "Give the quota as a percentage or as a number (one of the two)."
        ),
        "one_secretary": QCoreApplication.translate(
            "Messages", "Choose one secretary of the meeting."
        ),
        "option_required": QCoreApplication.translate(
            "Messages", "This kind of spreadsheet needs an option."
        ),
        "option_unknown": QCoreApplication.translate(
            "Messages", "This kind of spreadsheet does not take this option."
        ),
        "other_office": QCoreApplication.translate(
            "Messages",
            "Package refused: it is meant for another office ({receiver}). Nothing was written.",
        ),
        "overlap": QCoreApplication.translate(
            "Messages", "The period overlaps a name already recorded."
        ),
        "package_damaged": QCoreApplication.translate(
            "Messages", "Package refused: the file is damaged or incomplete. Nothing was written."
        ),
        "package_too_large": QCoreApplication.translate(
            "Messages", "Package refused: the file is too large. Nothing was written."
        ),
        "participant_one": QCoreApplication.translate(
            "Messages", "Choose exactly one person or one unit."
        ),
        "party_twice": QCoreApplication.translate(
            "Messages", "A unit is listed twice among the parties."
        ),
        "percent_range": QCoreApplication.translate(
            "Messages", "The percentage must be more than 0 and at most 100."
        ),
        "period_long": QCoreApplication.translate(
            "Messages", "A movement cannot last more than ten years."
        ),
        "period_order": QCoreApplication.translate(
            "Messages", "The end cannot be before the start."
        ),
        "person_ambiguous": QCoreApplication.translate(
            "Messages",
            "Several people are named “{name}”: write the CCCD number, the date of birth or the "
            "unit.",
        ),
        "person_mismatch": QCoreApplication.translate(
            "Messages", "The CCCD number belongs to someone else, not to the name written."
        ),
        "person_unknown": QCoreApplication.translate(
            "Messages", "“{name}” was not found in the data."
        ),
        "pick_none": QCoreApplication.translate("Messages", "Choose at least one person or unit."),
        "positive": QCoreApplication.translate("Messages", "The value must be greater than 0."),
        "possible_duplicate": QCoreApplication.translate(
            "Messages",
            "A person with the same name, date of birth and unit already exists: it may be the "
            "same person.",
        ),
        "present_range": QCoreApplication.translate(
            "Messages", "The members present must be from 0 to the total number of members."
        ),
        "profile_syntax": QCoreApplication.translate(
            "Messages", "The provincial catalog is not written correctly: {detail}"
        ),
        "profile_unknown": QCoreApplication.translate(
            "Messages", "The provincial catalog names codes that do not exist: {codes}."
        ),
        "profile_value": QCoreApplication.translate(
            "Messages", "A value cannot be written in the provincial catalog."
        ),
        "quorum_format": QCoreApplication.translate("Messages", "Write the quorum as 2/3 or 80%."),
        "quorum_range": QCoreApplication.translate(
            "Messages", "The quorum must be more than 0 and at most 1."
        ),
        "quota_duplicate": QCoreApplication.translate(
            "Messages", "An award has one quota per kind of subject."
        ),
        "range": QCoreApplication.translate("Messages", "The value must be from {low} to {high}."),
        "rating_unknown": QCoreApplication.translate(
            "Messages", "Unknown rating: write HTXSNV, HTTNV, HTNV, KHTNV or the whole phrase."
        ),
        "read_only": QCoreApplication.translate(
            "Messages",
            "The file {path} is read-only: changes cannot be saved. Copy it to a folder you "
            "can write to, or remove the read-only attribute.",
        ),
        "read_only_role": QCoreApplication.translate(
            "Messages", "The account {user} can only view and print; it cannot change data."
        ),
        "receiver_needed": QCoreApplication.translate("Messages", "Choose the receiving office."),
        "rename_too_early": QCoreApplication.translate(
            "Messages", "The renaming date must be after the date the current name came into use."
        ),
        "required": QCoreApplication.translate("Messages", "This field is required."),
        "required_when_recognised": QCoreApplication.translate(
            "Messages", "A recognised initiative needs the number of the recognition decision."
        ),
        "restore_damaged": QCoreApplication.translate(
            "Messages",
            "{label} cannot be restored: its data in the recycle bin is damaged or was changed outside the program. Restore a backup.",
        ),
        "restore_failed": QCoreApplication.translate(
            "Messages", "The backup {path} could not be restored."
        ),
        "restore_parent_gone": QCoreApplication.translate(
            "Messages",
            "{label} cannot be restored: the record it belongs to is no longer in the data. Restore that record first (if it is in the recycle bin).",
        ),
        "restore_taken": QCoreApplication.translate(
            "Messages",
            "{label} cannot be restored: its record is back in the data already (imported again after deletion?).",
        ),
        "row_twice": QCoreApplication.translate(
            "Messages", "The same target and year as a row above."
        ),
        "rule_other_movement": QCoreApplication.translate(
            "Messages", "The rule belongs to another movement."
        ),
        "same_file": QCoreApplication.translate(
            "Messages", "A file cannot be restored from itself ({path})."
        ),
        "same_member": QCoreApplication.translate(
            "Messages", "The head and the deputy of the bloc must be two different units."
        ),
        "same_name": QCoreApplication.translate(
            "Messages", "The new name is the same as the current one."
        ),
        "same_unit": QCoreApplication.translate(
            "Messages", "The sponsoring unit and the sponsored commune must differ."
        ),
        "scale_range": QCoreApplication.translate("Messages", "The scale must be from 0.9 to 1.1."),
        "score_other_movement": QCoreApplication.translate(
            "Messages", "The criterion and the participant are not in the same movement."
        ),
        "send_to_self": QCoreApplication.translate(
            "Messages", "A package cannot be sent to the office itself."
        ),
        "sender_unknown": QCoreApplication.translate(
            "Messages",
            "The sender is unknown or has changed its key. Call the sender to compare the key "
            "fingerprint; if it matches, receive the package again trusting the sender. "
            "Nothing was written.",
        ),
        "share_missing": QCoreApplication.translate(
            "Messages", "With several authors, give each one's share in percent."
        ),
        "share_range": QCoreApplication.translate(
            "Messages", "Each author's share must be above 0 and at most 100%."
        ),
        "shares_total": QCoreApplication.translate(
            "Messages", "The authors' shares must add up to 100%."
        ),
        "single_share": QCoreApplication.translate(
            "Messages", "A single author has a share of 100%."
        ),
        "size": QCoreApplication.translate("Messages", "The font size must be from 6 to 48."),
        "source_damaged": QCoreApplication.translate(
            "Messages", "The data file {path} is damaged: it cannot be backed up."
        ),
        "sqlite": QCoreApplication.translate("Messages", "Database error with the file {path}."),
        "stray_cells": QCoreApplication.translate(
            "Messages",
            "The file {name} has cells with content or formatting far below the table. Delete "
            "the extra rows under the table and save it again.",
        ),
        "subject": QCoreApplication.translate(
            "Messages", "“{award}” is not given to this kind of subject."
        ),
        "subject_kind": QCoreApplication.translate(
            "Messages", "The subject must be person or unit."
        ),
        "symbol_format": QCoreApplication.translate(
            "Messages", "The symbol has only letters without diacritics, digits and '-'."
        ),
        "too_common": QCoreApplication.translate(
            "Messages",
            "This password is too common, anyone could guess it; choose another (for example a "
            "short sentence easy to remember).",
        ),
        "too_few_parties": QCoreApplication.translate(
            "Messages", "A covenant needs at least two parties."
        ),
        "too_large": QCoreApplication.translate(
            "Messages", "The amount is unusually large; check it."
        ),
        "too_long": QCoreApplication.translate(
            "Messages", "The text is longer than {limit} characters."
        ),
        "too_many_commitments": QCoreApplication.translate(
            "Messages", "The covenant has too many commitments."
        ),
        "too_many_members": QCoreApplication.translate(
            "Messages", "Package refused: it has {count} parts, too many. Nothing was written."
        ),
        "too_many_parties": QCoreApplication.translate(
            "Messages", "The covenant has too many parties."
        ),
        "too_many_rows": QCoreApplication.translate(
            "Messages", "The file {name} has too many data rows; split it into several files."
        ),
        "too_short": QCoreApplication.translate("Messages", "The password is too short."),
        "too_small": QCoreApplication.translate("Messages", "The quantity must be 1 or more."),
        "target_open_db": QCoreApplication.translate(
            "Messages",
            "Not written to {path}: it is the data file in use. Choose another file name or place.",
        ),
        "target_journal": QCoreApplication.translate(
            "Messages",
            "Not written to {path}: it is the transaction journal of the data file. Choose another file name or place.",
        ),
        "target_backups": QCoreApplication.translate(
            "Messages",
            "Not written to {path}: it is the data file's backup folder. Choose another file name or place.",
        ),
        "target_data_folder": QCoreApplication.translate(
            "Messages",
            "Not written to {path}: it is the program's data folder. Choose another file name or place.",
        ),
        "target_unreadable": QCoreApplication.translate(
            "Messages",
            "Not written to {path}: it cannot be checked. Choose another file name or place.",
        ),
        "target_folder": QCoreApplication.translate(
            "Messages",
            "Not written to {path}: it is a folder, not a file. Choose another file name or place.",
        ),
        "target_special": QCoreApplication.translate(
            "Messages",
            "Not written to {path}: it is not a regular file (a device, a pipe…). Choose another file name or place.",
        ),
        "unfinished": QCoreApplication.translate(
            "Messages", "The backup {path} is unfinished or damaged."
        ),
        "unit_ambiguous": QCoreApplication.translate(
            "Messages", "Several units are named “{name}”; write the unit's code."
        ),
        "unit_cycle": QCoreApplication.translate(
            "Messages", "A unit cannot be placed under itself or under one of its sub-units."
        ),
        "unit_has_records": QCoreApplication.translate(
            "Messages",
            "The unit cannot be deleted: related records remain (initiatives, movements, "
            "awards…). Deactivate it instead, to keep the history.",
        ),
        "unit_in_use": QCoreApplication.translate(
            "Messages",
            "The unit cannot be deleted: it still has {people} people and {children} sub-units. "
            "Move them elsewhere first, or deactivate it to keep the history.",
        ),
        "unit_not_internal": QCoreApplication.translate(
            "Messages", "{unit} is not one of the office's units."
        ),
        "unit_unknown": QCoreApplication.translate(
            "Messages", "No unit “{name}” was found (by name or code)."
        ),
        "unknown_align": QCoreApplication.translate("Messages", "Unknown alignment: {align}."),
        "unknown_bloc": QCoreApplication.translate(
            "Messages", "No such emulation bloc or cluster."
        ),
        "unknown_draft": QCoreApplication.translate(
            "Messages", "There is no draft decision no. {number}."
        ),
        "unknown_field": QCoreApplication.translate(
            "Messages", "There is no printed field “{key}”."
        ),
        "unknown_kind": QCoreApplication.translate(
            "Messages", "Package refused: unknown kind of package ({kind}). Nothing was written."
        ),
        "unknown_layout": QCoreApplication.translate(
            "Messages", "There is no blank layout named “{name}”."
        ),
        "unknown_movement": QCoreApplication.translate(
            "Messages", "There is no movement no. {number}."
        ),
        "unknown_office_kind": QCoreApplication.translate(
            "Messages", "The kind of office must be one of: {kinds}."
        ),
        "unknown_part": QCoreApplication.translate(
            "Messages", "There is no dossier part “{part}”."
        ),
        "unknown_sheet_kind": QCoreApplication.translate(
            "Messages", "There is no kind of spreadsheet “{name}”. The kinds are: {kinds}."
        ),
        "unknown_version": QCoreApplication.translate(
            "Messages",
            "Package refused: it was made by a newer version (format {version}). Update the "
            "program. Nothing was written.",
        ),
        "unreadable": QCoreApplication.translate("Messages", "The file {path} cannot be read."),
        "username_format": QCoreApplication.translate(
            "Messages", "A user name has at most 40 characters and no spaces."
        ),
        "username_taken": QCoreApplication.translate("Messages", "This user name already exists."),
        "value_required": QCoreApplication.translate(
            "Messages", "Enter the quota's value, or remove the row."
        ),
        "width": QCoreApplication.translate(
            "Messages", "The width of a field must be from 10 to 297 mm."
        ),
        "write_failed": QCoreApplication.translate(
            "Messages",
            "The file cannot be written; an older file, if any, is unchanged. Close the file, "
            "free some disk space or choose another place, then try again.",
        ),
        "written_range": QCoreApplication.translate(
            "Messages",
            "The absent members with written opinions cannot be more than the absent members.",
        ),
        "wrong_sheet_kind": QCoreApplication.translate(
            "Messages",
            "The file {name} looks like the spreadsheet “{title}”, not the kind being imported; it was not read. Choose the right kind when importing.",
        ),
        "xls_or_password": QCoreApplication.translate(
            "Messages",
            "The file {name} has a password or is an old Excel file (.xls). Open it in Excel, "
            "remove the password and save it as .xlsx.",
        ),
        "xlsx_damaged": QCoreApplication.translate(
            "Messages", "The file {name} is damaged or not an Excel .xlsx file."
        ),
        "xlsx_encrypted": QCoreApplication.translate(
            "Messages",
            "The file {name} is encrypted; remove the password and save it again as .xlsx.",
        ),
        "xlsx_odd": QCoreApplication.translate(
            "Messages",
            "The file {name} has an unusual structure (it may be harmful); it was not read.",
        ),
        "xlsx_too_large": QCoreApplication.translate(
            "Messages", "The file {name} is too large once unpacked; it was not read."
        ),
        "xlsx_too_many_strings": QCoreApplication.translate(
            "Messages", "The file {name} has too many different texts; split it into several files."
        ),
        "xlsx_too_many_styles": QCoreApplication.translate(
            "Messages",
            "The file {name} has too many cell styles; it was not read. Copy the data into a "
            "new Excel file (paste values only) and import that file.",
        ),
        "year_invalid": QCoreApplication.translate("Messages", "The year {year} is not valid."),
        "year_outside": QCoreApplication.translate(
            "Messages", "The year is outside the movement's period."
        ),
        "year_range": QCoreApplication.translate(
            "Messages", "The year must be from {low} to {high}."
        ),
        "zip_bomb": QCoreApplication.translate(
            "Messages",
            "Package refused: the part “{name}” is abnormally large once unpacked. Nothing was "
            "written.",
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
        "awarded_decision": QCoreApplication.translate(
            "Messages", "Already awarded {award} in {year} (decision no. {decision})."
        ),
        "awarded_decision_day": QCoreApplication.translate(
            "Messages", "Already awarded {award} in {year} (decision no. {decision} of {day})."
        ),
        "awarded_day": QCoreApplication.translate(
            "Messages", "Already awarded {award} in {year} (decision of {day})."
        ),
        "awarded_no_number": QCoreApplication.translate(
            "Messages", "Already awarded {award} in {year} (the decision has no number recorded)."
        ),
        "not_grounding": QCoreApplication.translate(
            "Messages",
            "“{title}” is recorded as {record_kind}, not as an initiative or a research "
            "project: it cannot ground a title",
        ),
        "initiative_used_for": QCoreApplication.translate(
            "Messages", "the initiative “{title}” already grounded {used_for}"
        ),
        "title_again_after": QCoreApplication.translate(
            "Messages",
            "received {award} in {last}: the next one needs {count} years in a row as "
            "Grassroots Emulation Fighter after {last} (at the earliest in {earliest})",
        ),
        "initiative_of_scope": QCoreApplication.translate(
            "Messages", "an initiative of {reach} influence: “{title}”"
        ),
        "no_initiative_of_scope": QCoreApplication.translate(
            "Messages", "no recognised initiative of {reach} influence in {first}-{last}"
        ),
        "no_initiative_of_scope_unused": QCoreApplication.translate(
            "Messages",
            "no recognised initiative of {reach} influence in {first}-{last} (not used for "
            "the previous award)",
        ),
        "second_title_propose": QCoreApplication.translate(
            "Messages",
            "{title} the second time in {year}: propose in {proposed} (the year right after "
            "the second time)",
        ),
        "title_twice": QCoreApplication.translate(
            "Messages", "{title} twice in a row ({first} and {second})"
        ),
        "title_not_twice": QCoreApplication.translate(
            "Messages", "not {title} twice in a row in {first} and {second}"
        ),
        "title_not_twice_held": QCoreApplication.translate(
            "Messages", "not {title} twice in a row in {first} and {second} (held in {years})"
        ),
        "excellent_years_initiatives": QCoreApplication.translate(
            "Messages",
            "{count} years in a row ({first}-{last}) excellently completed duties, and {found} "
            "recognised initiatives",
        ),
        "bk_tinh_council": QCoreApplication.translate(
            "Messages",
            "neither Grassroots Emulation Fighter {count} times in a row nor {excellent} years "
            "of excellently completed duties with {need} initiatives; judged on outstanding "
            "achievements in an emulation movement or a sudden achievement (the council decides)",
        ),
        "bk_tinh_not_met": QCoreApplication.translate(
            "Messages",
            "neither Grassroots Emulation Fighter {count} times in a row nor {excellent} years "
            "of excellently completed duties with {need} initiatives",
        ),
        "years_not_good": QCoreApplication.translate(
            "Messages", "{years}: did not reach Well completed duties"
        ),
        "initiatives_applied": QCoreApplication.translate(
            "Messages", "{found} recognised initiatives applied at {scope} level in {first}-{last}"
        ),
        "initiatives_applied_short": QCoreApplication.translate(
            "Messages",
            "only {found} recognised initiatives applied at {scope} level in {first}-{last}; "
            "{need} needed",
        ),
        "hcld3_council": QCoreApplication.translate(
            "Messages",
            "The council judges the duties completed over the years and the outstanding "
            "achievements under Article 24 of Decree 91/2017.",
        ),
        "unit_rating_of_year": QCoreApplication.translate(
            "Messages", "{year}: the collective is rated {rating}"
        ),
        "unit_rating_missing": QCoreApplication.translate(
            "Messages", "{year}: the collective is not rated yet"
        ),
        "unit_rating_below": QCoreApplication.translate(
            "Messages", "{year}: the collective is rated {rating}; {floor} or better is needed"
        ),
        "unit_rating_missing_below": QCoreApplication.translate(
            "Messages", "{year}: the collective is not rated yet; {floor} or better is needed"
        ),
        "unit_rating_short": QCoreApplication.translate(
            "Messages", "{year}: the collective is rated {rating}; {floor} is needed"
        ),
        "unit_rating_missing_short": QCoreApplication.translate(
            "Messages", "{year}: the collective is not rated yet; {floor} is needed"
        ),
        "unit_excellent_year": QCoreApplication.translate(
            "Messages", "{year}: the collective excellently completed its duties"
        ),
        "unit_rating_missing_council": QCoreApplication.translate(
            "Messages",
            "{year}: the collective is not rated yet; the council decides how well it "
            "completed its duties",
        ),
        "members_ldtt_share": QCoreApplication.translate(
            "Messages", "{ldtt}/{total} members are Advanced Workers ({share} %)"
        ),
        "members_ldtt_share_above": QCoreApplication.translate(
            "Messages",
            "{ldtt}/{total} members are Advanced Workers ({share} %); more than {percent} % "
            "is needed",
        ),
        "members_ldtt_share_province": QCoreApplication.translate(
            "Messages",
            "{ldtt}/{total} members are Advanced Workers ({share} %); at least {percent} % is "
            "needed (the province's rule)",
        ),
        "members_ldtt_share_council": QCoreApplication.translate(
            "Messages",
            "The share of Advanced Workers is set by the ministry or province (Law of 2022, "
            "Article 28); the office has not set the province's share: the council compares "
            "the share above with the province's rule.",
        ),
        "members_ldtt": QCoreApplication.translate(
            "Messages", "{ldtt}/{total} members are Advanced Workers"
        ),
        "members_ldtt_below": QCoreApplication.translate(
            "Messages",
            "{ldtt}/{total} members are Advanced Workers; at least {percent} % is needed",
        ),
        "no_member_disciplined": QCoreApplication.translate(
            "Messages", "no member is under a discipline of warning or heavier"
        ),
        "members_disciplined": QCoreApplication.translate(
            "Messages", "members under a discipline of warning or heavier: {names}"
        ),
        "members_disciplined_council": QCoreApplication.translate(
            "Messages",
            "members under a discipline of warning or heavier: {names}. Article 27 of the Law "
            "of 2022 has not been checked on discipline: the council judges (the title of "
            "Advanced Collective is not given to this collective).",
        ),
        "all_members_done": QCoreApplication.translate(
            "Messages", "100 % of the members completed their duties"
        ),
        "members_not_done": QCoreApplication.translate(
            "Messages", "members who did not complete their duties or are not rated: {names}"
        ),
        "members_not_done_more": QCoreApplication.translate(
            "Messages",
            "members who did not complete their duties or are not rated: {names} and {more} others",
        ),
        "unit_kind_wrong": QCoreApplication.translate(
            "Messages", "{award} is given only to: {kinds}; {unit} is: {unit_kind}"
        ),
        "led_blocs": QCoreApplication.translate("Messages", "{year}: led {blocs}"),
        "led_no_bloc": QCoreApplication.translate(
            "Messages",
            "{year}: led no emulation bloc or cluster (the Emulation Flag is only for the "
            "leader of a bloc or cluster)",
        ),
        "bloc_flag_council": QCoreApplication.translate(
            "Messages", "Exceeded the targets, outstanding and exemplary: the council judges."
        ),
        "household_of": QCoreApplication.translate(
            "Messages", "household of {head}, {village}, {members} members"
        ),
        "sudden_not_written": QCoreApplication.translate(
            "Messages",
            "the sudden achievement is not written on the proposal: write it (what, when, "
            "how far its influence went) for the council to judge",
        ),
        "sudden_written": QCoreApplication.translate(
            "Messages",
            "sudden achievement written: “{achievement}”; the council judges whether it is "
            "outstanding, sudden and of wide enough influence for {award}",
        ),
        "positions_missing": QCoreApplication.translate(
            "Messages",
            "no positions recorded (position, from, until) to count the time in leadership",
        ),
        "no_leadership": QCoreApplication.translate(
            "Messages",
            "no leadership or management position among the positions recorded (commendation "
            "for long service is for people who held such positions)",
        ),
        "leadership_tenure": QCoreApplication.translate(
            "Messages",
            "{years_held} years {months_held} months in leadership or management positions up "
            "to 31/12/{year} ({held})",
        ),
        "leadership_tenure_years": QCoreApplication.translate(
            "Messages",
            "{years_held} years in leadership or management positions up to 31/12/{year} ({held})",
        ),
        "tenure_enough": QCoreApplication.translate(
            "Messages", "enough time in the positions under the catalog (from {need_years} years)"
        ),
        "tenure_short": QCoreApplication.translate(
            "Messages",
            "{years_held} years {months_held} months in the positions; {need_years} years are "
            "needed",
        ),
        "tenure_short_years": QCoreApplication.translate(
            "Messages", "{years_held} years in the positions; {need_years} years are needed"
        ),
        "tenure_table_missing": QCoreApplication.translate(
            "Messages",
            "the catalog has no table of years in positions: the council compares the positions "
            "and years with the rules",
        ),
        "women_tenure_third": QCoreApplication.translate(
            "Messages", "a woman: the time in positions asked is reduced by a third"
        ),
        "women_tenure_cut": QCoreApplication.translate(
            "Messages", "a woman: the time in positions asked is reduced by {fraction}"
        ),
        "household_unknown": QCoreApplication.translate(
            "Messages", "no such household in the household register: the council judges"
        ),
        "household_ambiguous": QCoreApplication.translate(
            "Messages",
            "{count} households of that name in the register; write “Name (Village)”: the "
            "council judges",
        ),
        "not_judged": QCoreApplication.translate(
            "Messages", "This subject cannot be checked automatically: the council judges."
        ),
        "note_flag_province": QCoreApplication.translate(
            "Messages",
            "Exceeded the emulation targets and the duties given, outstanding and exemplary in "
            "the province: the council judges.",
        ),
        "note_flag_government": QCoreApplication.translate(
            "Messages",
            "The council judges the standard of Article 25 of the Law (leading the emulation "
            "movement of a ministry, sector or province): the detailed standard has not been "
            "checked against the texts.",
        ),
        "note_certificate": QCoreApplication.translate(
            "Messages",
            "The council judges the achievements voted in an emulation movement, or the "
            "sudden achievement, of the person proposed.",
        ),
        "note_labour_order_3": QCoreApplication.translate(
            "Messages",
            "The council judges the whole standard of Article 44 of the Law on Emulation and "
            "Commendation 2022 for officials and public employees (earlier awards, years, "
            "initiatives): the text has not been checked; the program checks only discipline "
            "and the rating of the year.",
        ),
        "note_labour_order": QCoreApplication.translate(
            "Messages",
            "The council judges the standard of {award} against the law (the program cannot "
            "read the text, so it draws no conclusion): (1) whether {prior} was awarded, with "
            "the decision's number and date; (2) the years of work and achievements since that "
            "award; (3) the initiatives, research and works, and how far their influence goes. "
            "The program checks only discipline; give a reason before submitting.",
        ),
        "note_local_standard": QCoreApplication.translate(
            "Messages", "The standard is set locally: the council judges."
        ),
        "note_decree_province": QCoreApplication.translate(
            "Messages",
            "The standard follows {decree} and the province's rules: the council judges.",
        ),
        "note_decree_framework": QCoreApplication.translate(
            "Messages",
            "The standard follows the framework of {decree}, detailed by the provincial "
            "People's Committee: the council judges.",
        ),
        "note_decree_framework_from": QCoreApplication.translate(
            "Messages",
            "The standard follows the framework of {decree} (from {day}), detailed by the "
            "provincial People's Committee: the council judges.",
        ),
    }


def _value(value: object) -> str:
    """A value in the UI language: enums by their translated label, numbers by the locale."""
    from desktop.ui.models.movement_tables import discipline_label, rating_label
    from desktop.ui.widgets.initiative_labels import kind_label, scope_label
    from desktop.ui.widgets.proposal_labels import state_label

    if isinstance(value, Rating):
        return rating_label(value.value)
    if isinstance(value, DisciplineKind):
        return discipline_label(value.value).lower()
    if isinstance(value, InitiativeKind):
        return kind_label(value).lower()
    if isinstance(value, Scope):
        return scope_label(value).lower()
    if isinstance(value, BatchState):
        return state_label(value)
    if isinstance(value, float):
        return QLocale().toString(value, "f", 1)
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def _fill(wording: str | None, params: Mapping[str, object], fallback: str) -> str:
    if wording is None or (fallback and i18n.current_language() == "vi"):
        return fallback  # the lower layer's own sentence is Vietnamese, and names the most
    try:
        return wording.format_map({k: _value(v) for k, v in params.items()})
    except (KeyError, IndexError, ValueError):  # a value the wording needs was not given
        return fallback


def error_text(exc: ThiDuaError) -> str:
    """The message of a domain or service error in the UI language."""
    fallback = getattr(exc, "message", "") or str(exc)
    return _fill(error_wordings().get(exc.code), exc.params, fallback)


def quorum_text(members_present: int, members_total: int, quorum: Quorum) -> str:
    """The warning of a meeting below its council's quorum, in the UI language."""
    params = {"present": members_present, "total": members_total, "quorum": quorum.text()}
    fallback = quorum_message(members_present, members_total, quorum)
    return _fill(error_wordings()["quorum"], params, fallback)


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


def row_problem_wordings() -> dict[str, str]:
    """Problem code of an imported spreadsheet row → wording, in the UI language (the column
    names a file's own header, as the preview's columns do)."""
    return {
        "formula": QCoreApplication.translate(
            "RowProblems", "Column {column} holds a formula; paste the values instead of formulas"
        ),
        "error_cell": QCoreApplication.translate(
            "RowProblems", "Column {column} has an error cell ({value})"
        ),
        "date_not_valid": QCoreApplication.translate(
            "RowProblems", "{column} “{value}” is not a date (write dd/mm/yyyy)"
        ),
        "date_not_whole": QCoreApplication.translate(
            "RowProblems", "{column} needs the day, month and year"
        ),
        "birth_date_invalid": QCoreApplication.translate(
            "RowProblems", "The date of birth is not valid"
        ),
        "cccd_invalid": QCoreApplication.translate("RowProblems", "The CCCD number is not valid"),
        "row_invalid": QCoreApplication.translate("RowProblems", "The row is not valid"),
        "same_as_row": QCoreApplication.translate("RowProblems", "The same as row {row}"),
        "missing_full_name": QCoreApplication.translate("RowProblems", "The full name is missing"),
        "missing_unit": QCoreApplication.translate("RowProblems", "The unit is missing"),
        "missing_year": QCoreApplication.translate("RowProblems", "The year is missing"),
        "missing_award": QCoreApplication.translate(
            "RowProblems", "The title or form of award is missing"
        ),
        "missing_movement": QCoreApplication.translate(
            "RowProblems", "The name of the movement is missing"
        ),
        "missing_member": QCoreApplication.translate(
            "RowProblems", "The name of the member is missing"
        ),
        "not_whole_number": QCoreApplication.translate(
            "RowProblems", "{column} “{value}” is not a whole number"
        ),
        "movement_unknown": QCoreApplication.translate(
            "RowProblems", "There is no movement “{name}”"
        ),
        "sex_unknown": QCoreApplication.translate(
            "RowProblems", "Sex “{value}” is not clear (write Nam or Nữ)"
        ),
        "cccd_of_another": QCoreApplication.translate(
            "RowProblems",
            "The CCCD number {cccd} belongs to {stored} in the data, but this row names "
            "{written}; check the CCCD number (another person is never overwritten)",
        ),
        "people_same_name_birth": QCoreApplication.translate(
            "RowProblems",
            "{count} people in the data have this full name and date of birth; write the CCCD "
            "number to tell who it is",
        ),
        "same_cccd_as_row": QCoreApplication.translate(
            "RowProblems", "The same CCCD number as row {row}"
        ),
        "same_person_birth_as_row": QCoreApplication.translate(
            "RowProblems", "The same person as row {row} (same full name and date of birth)"
        ),
        "same_person_as_row": QCoreApplication.translate(
            "RowProblems", "The same person as row {row}"
        ),
        "missing_unit_name": QCoreApplication.translate(
            "RowProblems", "The name of the unit is missing"
        ),
        "unit_kind_unknown": QCoreApplication.translate(
            "RowProblems", "Kind “{value}” is not clear; choose one of the kinds:\n{choices}"
        ),
        "units_same_name": QCoreApplication.translate(
            "RowProblems",
            "{count} units are named “{name}”; write the unit's code or its parent unit",
        ),
        "same_unit_code_as_row": QCoreApplication.translate(
            "RowProblems", "The same unit code as row {row}"
        ),
        "same_unit_name_as_row": QCoreApplication.translate(
            "RowProblems", "The same unit name as row {row}; write a code to tell them apart"
        ),
        "same_unit_as_row": QCoreApplication.translate("RowProblems", "The same unit as row {row}"),
        "parent_ambiguous": QCoreApplication.translate(
            "RowProblems", "Several units are named “{name}” (the parent unit); write its code"
        ),
        "parent_unknown": QCoreApplication.translate(
            "RowProblems", "The parent unit “{name}” was not found"
        ),
        "parent_below": QCoreApplication.translate(
            "RowProblems",
            "A unit cannot be its own parent, nor have one of its sub-units as parent",
        ),
        "parent_row_bad": QCoreApplication.translate(
            "RowProblems", "The parent unit in row {row} has errors"
        ),
        "parent_cycle": QCoreApplication.translate(
            "RowProblems", "The parent units in the file go round in a circle"
        ),
        "year_invalid": QCoreApplication.translate("RowProblems", "The year is not valid"),
        "name_or_collective": QCoreApplication.translate(
            "RowProblems", "Write the full name (a person) or the name of the collective"
        ),
        "missing_position": QCoreApplication.translate("RowProblems", "The position is missing"),
        "missing_start": QCoreApplication.translate(
            "RowProblems", "The start date (Từ ngày) is missing"
        ),
        "leadership_unknown": QCoreApplication.translate(
            "RowProblems", "Leadership “{value}”: write x or leave the cell empty"
        ),
        "missing_head": QCoreApplication.translate(
            "RowProblems", "The name of the head of household is missing"
        ),
        "missing_village": QCoreApplication.translate(
            "RowProblems", "The village or residential group is missing"
        ),
        "members_not_whole": QCoreApplication.translate(
            "RowProblems", "The number of household members “{value}” is not a whole number"
        ),
        "village_unknown": QCoreApplication.translate(
            "RowProblems", "The village or residential group “{name}” was not found"
        ),
        "villages_same_name": QCoreApplication.translate(
            "RowProblems",
            "{count} villages are named “{name}”; write the code or “Name (Commune)”",
        ),
        "same_household_as_row": QCoreApplication.translate(
            "RowProblems", "The same household as row {row}"
        ),
        "missing_initiative_title": QCoreApplication.translate(
            "RowProblems", "The name of the initiative is missing"
        ),
        "initiative_kind_unknown": QCoreApplication.translate(
            "RowProblems", "Kind “{value}” is not clear (write one of: {choices})"
        ),
        "reach_unknown": QCoreApplication.translate(
            "RowProblems",
            "Scope of influence “{value}” is not clear (write Cơ sở, Cấp tỉnh or Toàn quốc)",
        ),
        "recognised_on_invalid": QCoreApplication.translate(
            "RowProblems", "The date of recognition is not valid (write dd/mm/yyyy)"
        ),
        "year_not_four_digits": QCoreApplication.translate(
            "RowProblems", "Year “{value}” is not valid (write 4 digits)"
        ),
        "initiative_status_unknown": QCoreApplication.translate(
            "RowProblems",
            "Status “{value}” is not clear (write Đề xuất, Đã công nhận or Không công nhận)",
        ),
        "benefit_not_money": QCoreApplication.translate(
            "RowProblems", "The value of the benefit must be a sum in đồng"
        ),
        "same_initiative_as_row": QCoreApplication.translate(
            "RowProblems", "The same initiative name and year as row {row}"
        ),
        "initiatives_stored_twice": QCoreApplication.translate(
            "RowProblems",
            "The data already has {count} initiatives with this name and year; correct them in "
            "the program",
        ),
        "year_not_valid": QCoreApplication.translate(
            "RowProblems", "Year “{value}” is not valid (write 4 digits, for example 2024)"
        ),
        "rating_invalid": QCoreApplication.translate("RowProblems", "The rating is not valid"),
        "discipline_invalid": QCoreApplication.translate(
            "RowProblems", "The discipline is not valid"
        ),
        "missing_rating": QCoreApplication.translate("RowProblems", "The rating is missing"),
        "movement_or_year": QCoreApplication.translate(
            "RowProblems", "Write the name of the movement or the year"
        ),
        "missing_registered_title": QCoreApplication.translate(
            "RowProblems", "The title registered for is missing"
        ),
        "registered_on_invalid": QCoreApplication.translate(
            "RowProblems", "The date of registration is not valid"
        ),
        "same_person_year_as_row": QCoreApplication.translate(
            "RowProblems", "The same person and year as row {row}"
        ),
        "person_rated": QCoreApplication.translate(
            "RowProblems",
            "{person} already has a rating for {year} ({rating}); use --replace to replace it",
        ),
        "same_unit_year_as_row": QCoreApplication.translate(
            "RowProblems", "The same unit and year as row {row}"
        ),
        "unit_rated": QCoreApplication.translate(
            "RowProblems",
            "The unit already has a rating for {year} ({rating}); use --replace to replace it",
        ),
        "group_unknown": QCoreApplication.translate(
            "RowProblems", "The movement has no target group “{name}”"
        ),
        "registered_already": QCoreApplication.translate(
            "RowProblems", "Already registered for this title"
        ),
        "quantity_not_whole": QCoreApplication.translate(
            "RowProblems", "Quantity “{value}” is not a whole number"
        ),
        "quantity_below_one": QCoreApplication.translate(
            "RowProblems", "The quantity must be 1 or more"
        ),
        "activity_kind_unknown": QCoreApplication.translate(
            "RowProblems", "There is no kind of activity “{value}” (write one of: {choices})"
        ),
        "day_invalid": QCoreApplication.translate(
            "RowProblems", "Date “{value}” is not valid (write dd/mm/yyyy)"
        ),
        "missing_day": QCoreApplication.translate("RowProblems", "The date is missing"),
        "missing_content": QCoreApplication.translate("RowProblems", "The content is missing"),
        "not_a_number": QCoreApplication.translate("RowProblems", "{column} is not a number"),
        "value_not_a_number": QCoreApplication.translate(
            "RowProblems", "{column} “{value}” is not a number"
        ),
        "negative": QCoreApplication.translate("RowProblems", "{column} cannot be negative"),
        "missing_target": QCoreApplication.translate(
            "RowProblems", "The content of the target is missing"
        ),
        "target_year_invalid": QCoreApplication.translate(
            "RowProblems", "Year “{value}” is not valid (write 4 digits or “{period}”)"
        ),
        "not_a_number_value": QCoreApplication.translate(
            "RowProblems", "{column} “{value}” is not a number"
        ),
        "missing_bloc": QCoreApplication.translate(
            "RowProblems", "The name of the emulation bloc is missing"
        ),
        "missing_criterion": QCoreApplication.translate("RowProblems", "The criterion is missing"),
        "bloc_kind_unknown": QCoreApplication.translate(
            "RowProblems", "Kind “{value}” is neither Khối nor Cụm"
        ),
        "member_unknown": QCoreApplication.translate(
            "RowProblems",
            "The unit “{name}” was not found; for an agency outside the list of units, write x "
            "in the column Ngoài danh mục đơn vị",
        ),
        "member_units_same_name": QCoreApplication.translate(
            "RowProblems", "{count} units are named “{name}”; write the code"
        ),
        "same_member_as_row": QCoreApplication.translate(
            "RowProblems", "The same member as row {row}"
        ),
        "not_member_of_year": QCoreApplication.translate(
            "RowProblems", "“{name}” is not a member of the bloc in {year}"
        ),
        "no_criterion_of_year": QCoreApplication.translate(
            "RowProblems", "In {year} the bloc has no criterion “{criterion}”"
        ),
        "award_not_personal": QCoreApplication.translate(
            "RowProblems", "The title or form “{value}” is not in the catalog of personal awards"
        ),
        "initiatives_not_theirs": QCoreApplication.translate(
            "RowProblems", "This person has no initiative {titles}"
        ),
    }


def row_problem_text(problem: RowProblem) -> str:
    """One problem of an imported row in the UI language (Vietnamese: its own sentence)."""
    if problem.origin is Origin.ERROR:  # a sentence of its own: without its full stop here
        values = problem.values()
        text = _fill(error_wordings().get(problem.code), values, problem.text).rstrip(".")
        label = _field_names().get(str(values.get("field"))) if problem.code in _GENERIC else None
        if label is None or i18n.current_language() == "vi":  # Vietnamese names the field
            return text
        return f"{label}: {text[:1].lower()}{text[1:]}"
    if problem.origin is Origin.VERDICT:
        return _verdict_text(problem)
    return _fill(row_problem_wordings().get(problem.code), problem.values(), problem.text)


# Error codes whose wording does not say which value it refuses: a row names the column.
_GENERIC = frozenset(
    {"required", "too_long", "date_invalid", "date_format", "date_future", "date_too_old"}
    | {"negative", "positive", "too_small", "not_number"}
)


def _field_names() -> dict[str, str]:
    """The values of an imported row a generic refusal can be about, in the UI language."""
    return {
        "birth_date": QCoreApplication.translate("RowProblems", "Date of birth"),
        "full_name": QCoreApplication.translate("RowProblems", "Full name"),
        "name": QCoreApplication.translate("RowProblems", "Name"),
        "code": QCoreApplication.translate("RowProblems", "Code"),
        "title": QCoreApplication.translate("RowProblems", "Title"),
        "head_name": QCoreApplication.translate("RowProblems", "Head of household"),
        "content": QCoreApplication.translate("RowProblems", "Content"),
        "quantity": QCoreApplication.translate("RowProblems", "Quantity"),
        "score": QCoreApplication.translate("RowProblems", "Score"),
        "value": QCoreApplication.translate("RowProblems", "Value"),
    }


def row_problems_text(problems: Iterable[RowProblem]) -> str:
    """The problems of an imported row in the UI language, one after another."""
    return "; ".join(row_problem_text(p) for p in problems)


def _verdict_text(problem: RowProblem) -> str:
    """An eligibility verdict refusing a row: its result (when its sentence names it) and its
    reasons, in the UI language."""
    from desktop.ui.widgets.proposal_labels import result_label

    if i18n.current_language() == "vi":
        return problem.text
    values = problem.values()
    result, reasons_given = values.get("result"), values.get("reasons")
    if not isinstance(result, Result) or not isinstance(reasons_given, tuple):
        return problem.text
    worded = "; ".join(reason_text(str(r)) for r in reasons_given)
    if not worded:
        return result_label(result)
    if problem.text.startswith(result.label + ": "):
        return f"{result_label(result)}: {worded}"
    return worded
