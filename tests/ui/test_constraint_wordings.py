"""The coded refusals of the constraint sorting and of an answered proposal are worded by the UI
(its own language, the record's label filled in), not shown as the lower layers' Vietnamese."""

from __future__ import annotations

from desktop.domain.errors import ConflictError
from desktop.ui.messages import error_text


def test_each_code_has_its_wording_with_its_parameters(qapp) -> None:  # type: ignore[no-untyped-def]
    restore = ConflictError(
        "restore_conflict",
        "Không khôi phục được Người: Lê Thị Lan: …",
        {"label": "Người: Lê Thị Lan", "constraint": "unique", "columns": "cccd"},
    )
    assert error_text(restore).startswith("Người: Lê Thị Lan cannot be restored")
    for code in (
        "already_answered",
        "unit_missing",
        "reference_missing",
        "sponsorship_exists",
        "duplicate_author",
        "person_in_use",
        "integrity",
    ):
        text = error_text(ConflictError(code, "câu tiếng Việt", {"constraint": "unique"}))
        assert text != "câu tiếng Việt" and "{" not in text, code
