"""The register's "Hitta möjliga dubbletter": the pairs listed, one merged through the
register's merge (undoable), the list scanned again."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from seminarkoll.services.container import Services
from seminarkoll.services.duplicates import Likeness
from seminarkoll.ui.participants.duplicates_dialog import DuplicatesDialog, likeness_text
from seminarkoll.ui.participants.merge_dialog import MergeDialog
from seminarkoll.ui.participants.register_window import RegisterWindow
from tests.factories import Factory
from tests.ui.modal import when_modal


def _texts(dialog: DuplicatesDialog) -> list[tuple[str, str, str]]:
    proxy = dialog.proxy
    return [
        (proxy.index(r, 0).data(), proxy.index(r, 1).data(), proxy.index(r, 2).data())
        for r in range(proxy.rowCount())
    ]


def test_the_scan_lists_pairs_and_merges_one(
    qtbot: QtBot, services: Services, factory: Factory, qtmodeltester: ModelTester
) -> None:
    school = factory.workplace("Lextorpsskolan")
    anna = factory.person("Anna", "Bergström", "anna@exempel.se", workplace_id=school)
    ana = factory.person("Ana", "Bergström", "", workplace_id=school, phone="070-123")
    factory.person("Johan", "Ek", "johan@exempel.se", workplace_id=school)
    factory.person("Johan", "Ek", "j.ek@exempel.se")
    factory.person("Karin", "Lund", "karin@exempel.se", workplace_id=school)
    window = RegisterWindow(services)
    qtbot.addWidget(window)
    window.show()
    assert window.duplicates_action.isEnabled()
    listed: list[list[tuple[str, str, str]]] = []

    def scan_and_merge(dialog: DuplicatesDialog) -> None:
        try:
            _scan_and_merge(dialog)
        finally:  # a failed check must not leave the dialog open
            dialog.reject()

    def _scan_and_merge(dialog: DuplicatesDialog) -> None:
        qtmodeltester.check(dialog.model)
        listed.append(_texts(dialog))
        assert dialog.summary.text().startswith("2 par personer kan vara samma person.")
        row = next(r for r, texts in enumerate(_texts(dialog)) if "Ana" in texts[0] + texts[1])
        dialog.table.selectRow(row)
        assert dialog.merge_button.isEnabled()

        def keep_anna(merge: MergeDialog) -> None:
            try:
                if not merge.keep_first.text().startswith("Anna "):
                    merge.keep_second.setChecked(True)
            finally:
                merge.ok.click()

        merged = when_modal(MergeDialog, keep_anna)
        dialog.merge_button.click()
        assert merged
        listed.append(_texts(dialog))

    seen = when_modal(DuplicatesDialog, scan_and_merge)
    window.duplicates_action.trigger()
    assert seen
    assert listed[0][0][2] == "Samma namn (Lextorpsskolan)."  # the likeliest pair first
    assert sorted(listed[0]) == [
        (
            "Anna Bergström (Lextorpsskolan, anna@exempel.se)",
            "Ana Bergström (Lextorpsskolan)",
            "Liknande namn på samma arbetsplats (Lextorpsskolan).",
        ),
        (
            "Johan Ek (Lextorpsskolan, johan@exempel.se)",
            "Johan Ek (j.ek@exempel.se)",
            "Samma namn (Lextorpsskolan).",
        ),
    ]
    assert [texts[2] for texts in listed[1]] == ["Samma namn (Lextorpsskolan)."]
    names = {row.id: (row.name, row.phone) for row in services.participants.register()}
    assert names[anna] == ("Anna Bergström", "070-123")
    assert ana not in names
    assert window.model.rowCount() == 4

    window.undo_action.trigger()  # the merge is undone like any other
    names = {row.id: (row.name, row.phone) for row in services.participants.register()}
    assert (names[anna], names[ana]) == (("Anna Bergström", ""), ("Ana Bergström", "070-123"))


def test_an_empty_scan_says_so(qtbot: QtBot, services: Services, factory: Factory) -> None:
    factory.person("Karin", "Lund", "karin@exempel.se")
    dialog = DuplicatesDialog(services, lambda a, b: False)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == "Inga möjliga dubbletter i registret."
    assert not dialog.merge_button.isEnabled()


def test_reasons_read_as_plain_swedish() -> None:
    assert likeness_text(Likeness.SAME_EMAIL, "A") == "Samma e-postadress."
    assert likeness_text(Likeness.SAME_NAME) == "Samma namn."
    assert (
        likeness_text(Likeness.SAME_NAME_SIMILAR_WORKPLACE, "Lextorps skola", "Lextorpsskolan")
        == "Samma namn på arbetsplatser med liknande namn (Lextorps skola, Lextorpsskolan)."
    )
