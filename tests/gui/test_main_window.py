"""The main window: areas and shortcuts, status bar, language, geometry, help, backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QMenu, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from receptionapp import __version__
from receptionapp.db.models import Directorate, LocalSetting, User
from receptionapp.gui.language import Translations
from receptionapp.gui.main_window import MainWindow, office_name
from receptionapp.gui.messages import Kind
from receptionapp.gui.pages import Area, SearchablePage
from receptionapp.gui.placeholder import PlaceholderPage
from receptionapp.gui.session import Session
from receptionapp.gui.settings import Settings
from tests.gui.support import RecordingPresenter

AREA_KEYS = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5]


class FakeLookupPage(QWidget):
    """A stand-in for the lookup page the lookup engineer writes: a search field."""

    def __init__(self) -> None:
        super().__init__()
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("lookup_edit")
        QVBoxLayout(self).addWidget(self.search_edit)
        self.focus_requests = 0

    def focus_search(self) -> None:
        self.focus_requests += 1
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()


def _activate(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _navigation(window: MainWindow) -> QListWidget:
    navigation = window.findChild(QListWidget, "navigation_list")
    assert navigation is not None
    return navigation


def test_window_speaks_ukrainian_by_default(main_window: MainWindow) -> None:
    navigation = _navigation(main_window)
    assert [navigation.item(i).text() for i in range(navigation.count())] == [
        "Пошук",
        "Звернення",
        "Скарги",
        "Прийом директора",
        "Синхронізація",
    ]
    titles = [a.text() for a in main_window.menuBar().actions()]
    assert titles == ["&Файл", "П&ерехід", "&Налаштування", "&Довідка"]
    page = main_window.page(Area.LOOKUP)
    assert isinstance(page, PlaceholderPage)
    assert page.title == "Пошук"
    assert "особового рахунку" in page.description


def test_each_area_is_reachable_by_its_shortcut(qtbot: QtBot, main_window: MainWindow) -> None:
    _activate(qtbot, main_window)
    seen = []
    main_window.area_changed.connect(seen.append)
    for area in reversed(Area):
        QTest.keyClick(main_window, AREA_KEYS[area], Qt.KeyboardModifier.ControlModifier)
        assert main_window.current_area() is area
        assert main_window.page(area).isVisible()
        assert _navigation(main_window).currentRow() == area
    assert seen == [4, 3, 2, 1, 0]


def test_clicking_the_navigation_list_switches_the_page(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    navigation = _navigation(main_window)
    rect = navigation.visualItemRect(navigation.item(Area.COMPLAINTS))
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert main_window.current_area() is Area.COMPLAINTS
    page = main_window.page(Area.COMPLAINTS)
    assert isinstance(page, PlaceholderPage) and page.title == "Скарги"


def test_status_bar_shows_office_user_and_database(main_window: MainWindow) -> None:
    assert main_window.status_texts() == (
        "Абонвідділ: KH-1",
        "Олена Петренко (оператор)",
        "База даних: office.db",
    )
    assert main_window.windowTitle() == "ReceptionApp — office.db"


def test_office_comes_from_the_database_then_the_user_then_a_directorate(
    open_office: Path,
) -> None:
    clerk = User.get(User.login == "olena")
    director = User.get(User.login == "director")
    assert office_name(clerk) == "KH-1"
    assert office_name(director) == "—"
    Directorate.create(
        id="d1",
        scope="kharkiv",
        code="kharkiv",
        name="Харківська дирекція",
        city="Харків",
        area_code="57",
    )
    assert office_name(director) == "Харківська дирекція"
    Directorate.create(
        id="d2", scope="kyiv", code="kyiv", name="Київська дирекція", city="Київ", area_code="44"
    )
    assert office_name(director) == "—"
    User.update(scope="kyiv").where(User.id == director.id).execute()
    assert office_name(User.get_by_id(director.id)) == "Київська дирекція"
    LocalSetting.create(key="office_code", value="KH-CENTRE")
    assert office_name(director) == "KH-CENTRE"
    assert office_name(clerk) == "KH-CENTRE"


def test_switching_language_retranslates_everything_at_once(
    qtbot: QtBot, main_window: MainWindow, settings: Settings
) -> None:
    languages = []
    main_window.language_changed.connect(languages.append)
    main_window.findChild(QAction, "language_ru_action").trigger()
    navigation = _navigation(main_window)
    qtbot.waitUntil(lambda: navigation.item(0).text() == "Поиск")
    assert main_window.status_texts() == (
        "Абонотдел: KH-1",
        "Олена Петренко (оператор)",
        "База данных: office.db",
    )
    assert main_window.findChild(QMenu, "help_menu").title() == "&Справка"
    page = main_window.page(Area.COMPLAINTS)
    assert isinstance(page, PlaceholderPage) and page.title == "Жалобы"
    assert settings.language == "ru"
    assert languages == ["ru"]
    assert main_window.findChild(QAction, "language_ru_action").isChecked()
    assert not main_window.findChild(QAction, "language_uk_action").isChecked()

    main_window.findChild(QAction, "language_en_action").trigger()
    qtbot.waitUntil(lambda: navigation.item(0).text() == "Lookup")
    assert main_window.status_texts()[1] == "Олена Петренко (clerk)"
    assert main_window.windowTitle() == "ReceptionApp — office.db"
    assert Settings.from_file(settings.qsettings.fileName()).language == "en"


def test_geometry_is_remembered_between_sessions(
    qtbot: QtBot, open_office: Path, settings: Settings, translations: Translations
) -> None:
    user = User.get(User.login == "olena")
    first = MainWindow(Session(open_office, user), settings, translations)
    qtbot.addWidget(first)
    first.show()
    first.resize(720, 530)
    first.move(QPoint(40, 30))
    qtbot.waitUntil(lambda: first.size().width() == 720)
    first.close()
    assert settings.main_window_geometry is not None

    again = MainWindow(
        Session(open_office, user), Settings.from_file(settings.qsettings.fileName()), translations
    )
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (720, 530)


def test_a_new_window_gets_a_sensible_size(main_window: MainWindow) -> None:
    assert main_window.width() >= 1000 and main_window.height() >= 700


def test_plugged_in_lookup_page_gets_ctrl_f_and_f3(qtbot: QtBot, main_window: MainWindow) -> None:
    page = FakeLookupPage()
    assert isinstance(page, SearchablePage)
    main_window.set_page(Area.LOOKUP, page)
    assert main_window.page(Area.LOOKUP) is page
    assert page.isVisible()  # the lookup area was on screen: the new page replaces it there
    _activate(qtbot, main_window)

    QTest.keyClick(main_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_area() is Area.COMPLAINTS
    QTest.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_area() is Area.LOOKUP
    assert QApplication.focusWidget() is page.search_edit

    QTest.keyClick(main_window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F3)
    assert main_window.current_area() is Area.LOOKUP
    assert page.focus_requests == 2
    QTest.keyClick(main_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert page.focus_requests == 3


def test_ctrl_f_without_a_lookup_page_shows_the_lookup_area(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    _activate(qtbot, main_window)
    QTest.keyClick(main_window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_area() is Area.LOOKUP


def test_f1_lists_every_shortcut(qtbot: QtBot, main_window: MainWindow) -> None:
    _activate(qtbot, main_window)
    QTest.keyClick(main_window, Qt.Key.Key_F1)
    dialog = main_window.show_shortcuts()
    qtbot.waitUntil(dialog.isVisible)
    rows = dict(dialog.rows())
    assert rows["Пошук"] == "Ctrl+1"
    assert rows["Синхронізація"] == "Ctrl+5"
    assert rows["Знайти абонента"] == "Ctrl+F, F3"
    assert rows["Клавіатурні скорочення"] == "F1"
    assert rows["Вийти"] == "Ctrl+Q"
    every = {
        a.text().replace("&", "").rstrip("…")
        for a in main_window.findChildren(QAction)
        if a.shortcuts()
    }
    assert every <= set(rows)
    assert dialog.windowTitle() == "Клавіатурні скорочення"


def test_about_names_the_version(main_window: MainWindow, presenter: RecordingPresenter) -> None:
    main_window.findChild(QAction, "about_action").trigger()
    assert presenter.shown[-1].kind is Kind.ABOUT
    assert f"ReceptionApp {__version__}" in presenter.shown[-1].text
    assert "абонентів" in presenter.shown[-1].text


def test_ctrl_q_closes_the_window(qtbot: QtBot, main_window: MainWindow) -> None:
    _activate(qtbot, main_window)
    QTest.keyClick(main_window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not main_window.isVisible())


def test_backup_writes_a_consistent_copy_in_the_background(
    qtbot: QtBot, main_window: MainWindow, presenter: RecordingPresenter, tmp_path: Path
) -> None:
    dest = tmp_path / "backups" / "copy"
    dest.parent.mkdir()
    presenter.files.append(dest)
    with qtbot.waitSignal(main_window.backup_finished, timeout=10_000) as signal:
        main_window.findChild(QAction, "backup_action").trigger()
    copy = dest.with_suffix(".db")
    assert signal.args == [copy]
    request = presenter.file_requests[-1]
    assert request.save and request.start.name.startswith("office-")
    with sqlite3.connect(copy) as conn:
        logins = {row[0] for row in conn.execute("SELECT login FROM user")}
    assert logins == {"olena", "director"}
    assert presenter.shown[-1].kind is Kind.INFORMATION
    assert presenter.shown[-1].text == f"Копію бази даних збережено у {copy}."
    assert main_window.settings.backup_dir == copy.parent
    assert main_window.findChild(QAction, "backup_action").isEnabled()


def test_backup_onto_the_database_itself_is_refused(
    main_window: MainWindow, presenter: RecordingPresenter
) -> None:
    before = main_window.session.db_path.read_bytes()
    assert main_window.start_backup(main_window.session.db_path) is None
    assert presenter.shown[-1].kind is Kind.ERROR
    assert presenter.shown[-1].text == "Виберіть інший файл: це і є база даних абонвідділу."
    assert main_window.session.db_path.read_bytes() == before


def test_backup_failure_is_a_translated_message(
    qtbot: QtBot, main_window: MainWindow, presenter: RecordingPresenter, tmp_path: Path
) -> None:
    dest = tmp_path / "no such folder" / "copy.db"
    with qtbot.waitSignal(main_window.backup_finished, timeout=10_000):
        main_window.start_backup(dest)
    error = presenter.shown[-1]
    assert error.kind is Kind.ERROR
    assert error.text.startswith("Базу даних") or error.text.startswith("До бази даних")
    assert error.details is not None and error.details.startswith("storage.")
    assert not dest.exists()
    assert main_window.findChild(QAction, "backup_action").isEnabled()


def test_cancelled_backup_does_nothing(
    main_window: MainWindow, presenter: RecordingPresenter
) -> None:
    main_window.findChild(QAction, "backup_action").trigger()  # the chooser answers "cancel"
    assert presenter.file_requests and not presenter.shown
