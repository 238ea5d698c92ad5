"""The Clinic place as a worklist in the real window: urgency order, review with audit and undo, the count."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from mgdesk.domain.worklist import WorkState
from mgdesk.store import create_demo_database
from mgdesk.ui.clinic.clinic_model import CLINIC_ID_ROLE, RESULT_ID_ROLE, REVIEW, STATE
from mgdesk.ui.common.settings import Settings
from mgdesk.ui.window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    main = MainWindow(Settings())
    qtbot.addWidget(main)
    main.show()
    assert main.open_database(create_demo_database(tmp_path / "demo-clinic.sqlite3"))
    main.show_place(main.places.indexOf(main.clinic_host))
    clinic = main.ensure_clinic()
    qtbot.waitUntil(lambda: clinic.proxy.rowCount() > 0 and clinic.groups.table.rowCount() == 6, timeout=30_000)
    return main


def nav_text(window: MainWindow) -> str:
    return window.nav.item(window.places.indexOf(window.clinic_host)).text().split("\t")[0]


def test_worklist_is_most_urgent_first_with_icon_and_word(window: MainWindow) -> None:
    clinic = window.ensure_clinic()
    proxy = clinic.proxy
    words = [proxy.index(r, STATE).data() for r in range(proxy.rowCount())]
    order = [s.value for s in WorkState]
    ranks = [order.index(w.lower()) for w in words]
    assert ranks == sorted(ranks)
    assert words[0] in ("CRITICAL", "low")
    for r in range(proxy.rowCount()):
        assert not proxy.index(r, STATE).data(Qt.ItemDataRole.DecorationRole).isNull()
    # Within the first state, the results waiting for review come first.
    first_state = words[0]
    reviews = [proxy.index(r, REVIEW).data() for r in range(proxy.rowCount()) if words[r] == first_state]
    waiting = [text.endswith("waiting for review") for text in reviews]
    assert waiting == sorted(waiting, reverse=True)


def test_review_counts_down_is_audited_and_undone(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    clinic = window.ensure_clinic()
    before = nav_text(window)
    assert before.startswith("Clinic (")
    count = int(before.removeprefix("Clinic (").rstrip(")"))
    assert count > 0
    proxy = clinic.proxy
    clinic.table.setCurrentIndex(proxy.index(0, 0))
    clinic_id = proxy.index(0, 0).data(CLINIC_ID_ROLE)
    result_id = proxy.index(0, 0).data(RESULT_ID_ROLE)
    assert proxy.index(0, REVIEW).data().endswith("waiting for review")
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("started magnesium", True))
    clinic.review_button.click()
    assert nav_text(window) == f"Clinic ({count - 1})"
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(CLINIC_ID_ROLE) == clinic_id)
    text = proxy.index(row, REVIEW).data()
    assert text.startswith(f"reviewed by {window.session.records.os_user} on ")
    assert text.endswith(": started magnesium")
    assert row > 0, "a reviewed patient moves behind those still waiting"
    audit = window.session.records.audit_log("reviews")
    assert [e.new_values["result_id"] for e in audit if e.new_values] == [result_id]
    window.undo_action.trigger()
    assert nav_text(window) == f"Clinic ({count})"
    assert proxy.index(0, 0).data(CLINIC_ID_ROLE) == clinic_id
    assert [e.action for e in window.session.records.audit_log("reviews")] == ["insert", "delete"]
    window.redo_action.trigger()
    assert nav_text(window) == f"Clinic ({count - 1})"


def test_sort_order_is_saved(window: MainWindow, qtbot: QtBot) -> None:
    clinic = window.ensure_clinic()
    clinic.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    window.close()
    again = MainWindow(Settings())
    qtbot.addWidget(again)
    again.show()
    header = again.ensure_clinic().table.horizontalHeader()
    assert header.sortIndicatorSection() == 0
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_group_table_beside_the_published_one_exports_csv(window: MainWindow, tmp_path: Path) -> None:
    groups = window.ensure_clinic().groups
    table = groups.table
    assert table.rowCount() == 6
    assert [table.item(r, 0).text() for r in range(6)] == [
        "diet only",
        "metformin only",
        "sulfonylurea only",
        "metformin + sulfonylurea",
        "insulin-containing",
        "other",
    ]
    assert table.item(3, 4).text() == "184"
    assert table.item(3, 6).text() == "41.3 %"
    assert "latest serum/plasma result" in groups.rule.text()
    assert "PLoS One 2013" in groups.source.text()
    patients = window.session.records.list_patients("")
    assert sum(int(table.item(r, 1).text().split()[0]) for r in range(6)) == len(patients)
    path = tmp_path / "groups.csv"
    assert groups.export(path)
    assert path.read_text(encoding="utf-8").startswith("group,n,mean_mmol_per_l")


def test_clinic_and_import_preview_screenshots_at_three_sizes(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    """Pictures to look at (written to MGDESK_SCREENSHOT_DIR when set): the worklist and the import preview."""
    import os

    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from mgdesk.ui.patients.import_dialog import ImportPreview

    folder = Path(os.environ.get("MGDESK_SCREENSHOT_DIR") or tmp_path)
    lab = tmp_path / "lab.csv"
    lab.write_text(
        "patient;date;Magnesium (mmol/L)\nDEMO-0001;2026-01-05;0,71\nP-NEW;05/01/2026;0.64\n", encoding="utf-8"
    )
    for width, height in ((1280, 720), (1024, 600), (960, 540)):
        window.resize(width, height)
        qtbot.waitUntil(lambda w=width, h=height: (window.width(), window.height()) == (w, h), timeout=2000)
        QApplication.processEvents()
        path = folder / f"clinic-{width}x{height}.png"
        assert window.grab().save(str(path))
        assert (QImage(str(path)).width(), QImage(str(path)).height()) == (width, height)
        preview = ImportPreview(lab, window)
        qtbot.addWidget(preview)
        preview.reread()
        preview.resize(min(760, width - 40), min(560, height - 40))
        preview.show()
        QApplication.processEvents()
        shot = folder / f"import-preview-{width}x{height}.png"
        assert preview.grab().save(str(shot))
        assert preview.summary.text()  # what the file holds, or why it cannot be read, is said at every size
        preview.close()
