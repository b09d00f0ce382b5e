"""The Word copy prints the names of the paper's own day, as the PDF does: both are made from the
same snapshot (a 2024 dossier of a commune merged in 2025 keeps the old superior and names)."""

from __future__ import annotations

from datetime import date

from desktop.documents import dossier as dossier_doc
from desktop.services import dossier
from desktop.services.session import Workspace
from tests.documents.wordread import all_text, open_docx
from tests.services.test_dated_papers import _text
from tests.services.test_dated_papers import merged_batch as merged_batch  # the fixture


def test_word_copy_of_a_2024_dossier_has_the_pdf_old_names(
    ws: Workspace, merged_batch: dict[str, int]
) -> None:
    for day, shown, gone in (
        (date(2024, 12, 10), ("SÓC TRĂNG", "Xã Mỹ Hương"), ("CẦN THƠ", "Xã Mỹ Tú Mới")),
        (date(2025, 8, 1), ("CẦN THƠ", "Xã Mỹ Tú Mới"), ("SÓC TRĂNG", "Xã Mỹ Hương")),
    ):
        data = dossier.build(ws, merged_batch["batch"], issued_on=day)
        word = all_text(open_docx(dossier_doc.render_docx(data)))
        pdf = _text(dossier_doc.render(data))
        for name in shown:
            assert name in word and name in pdf, (day, name)
        for name in gone:
            assert name not in word and name not in pdf, (day, name)
