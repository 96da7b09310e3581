"""The main window: navigation between the areas, menus, status bar.

Form: ``ui/main_window.ui``. The areas (:class:`~receptionapp.gui.pages.Area`) are rows of
the navigation list on the left and pages of the stack beside it; ``Ctrl+1`` … ``Ctrl+5``
switch between them, ``Ctrl+F`` / ``F3`` go to the lookup's search field. Pages are plugged
in with :meth:`MainWindow.set_page` (see :mod:`receptionapp.gui.pages`).
"""

from __future__ import annotations

import datetime as dt
import logging
from functools import partial
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QMenu, QStackedWidget, QWidget

from receptionapp import __version__
from receptionapp.core.errors import ReceptionError
from receptionapp.db.database import backup_file
from receptionapp.db.models import Directorate, LocalSetting, User
from receptionapp.gui import messages
from receptionapp.gui.errors import show_error
from receptionapp.gui.formloader import Form
from receptionapp.gui.icons import icon
from receptionapp.gui.language import NATIVE_NAMES, Translations
from receptionapp.gui.pages import Area, SearchablePage
from receptionapp.gui.placeholder import PlaceholderPage
from receptionapp.gui.session import Session
from receptionapp.gui.settings import Settings
from receptionapp.gui.shortcuts_dialog import ShortcutsDialog
from receptionapp.gui.tasks import Task, report_error, run_task

log = logging.getLogger(__name__)

CONTEXT = "MainWindow"

AREA_ICONS = {
    Area.LOOKUP: "lookup",
    Area.CONTACTS: "contacts",
    Area.COMPLAINTS: "complaints",
    Area.APPOINTMENTS: "appointments",
    Area.SYNC: "sync",
}

# What each area will hold, shown until its page is plugged in.
PLACEHOLDERS: dict[Area, tuple[str, str]] = {
    Area.LOOKUP: (
        QT_TRANSLATE_NOOP("MainWindow", "Lookup"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Find a subscriber while the caller speaks: by surname in Ukrainian or Russian "
            "spelling, by address, by personal account number or by phone number.",
        ),
    ),
    Area.CONTACTS: (
        QT_TRANSLATE_NOOP("MainWindow", "Contacts"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Every call and visit of a subscriber, with its purpose and outcome: helped by "
            "phone, a request to a technician, a complaint, a referral to a reception point "
            "or a booking with the director.",
        ),
    ),
    Area.COMPLAINTS: (
        QT_TRANSLATE_NOOP("MainWindow", "Complaints"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "The one complaints register: complaints taken at the office, by phone, on the "
            "forum or by e-mail, with their registration numbers, status and due dates.",
        ),
    ),
    Area.APPOINTMENTS: (
        QT_TRANSLATE_NOOP("MainWindow", "Director's reception"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Booking subscribers for the director's reception days of their directorate, "
            "and the director's list of who comes, with which question and which numbers "
            "to call back.",
        ),
    ),
    Area.SYNC: (
        QT_TRANSLATE_NOOP("MainWindow", "Synchronisation"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Exchange with head office: whether it is reachable, when the office last "
            "synchronised, the changes waiting to be sent and any conflicts.",
        ),
    ),
}

ROLE_NAMES = {
    "clerk": QT_TRANSLATE_NOOP("MainWindow", "clerk"),
    "senior_clerk": QT_TRANSLATE_NOOP("MainWindow", "senior clerk"),
    "director": QT_TRANSLATE_NOOP("MainWindow", "director"),
    "admin": QT_TRANSLATE_NOOP("MainWindow", "administrator"),
}

NO_VALUE = "—"


def office_name(user: User) -> str:
    """What the status bar calls this office.

    The office code stored in the database (``LocalSetting`` ``office_code``), else the
    user's office, else the name of the directorate the user belongs to (their ``scope``),
    else the name of the only directorate in the database, else a dash.
    """
    setting = LocalSetting.get_or_none(LocalSetting.key == "office_code")
    if setting is not None and setting.value:
        return str(setting.value)
    if user.office:
        return str(user.office)
    alive = Directorate.deleted_at.is_null()
    own = Directorate.get_or_none(alive & (Directorate.code == user.scope))
    if own is not None:
        return str(own.name)
    directorates = list(Directorate.select(Directorate.name).where(alive).limit(2))
    if len(directorates) == 1:
        return str(directorates[0].name)
    return NO_VALUE


def _plain(text: str) -> str:
    """Menu text without its ``&`` mnemonic markers (``&&`` stays one ``&``)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def shortcut_text(keys: list[QKeySequence]) -> str:
    """The keys of one action as the clerk reads them: "Enter", not "Return, Enter".

    Qt names the main Enter key "Return" and the keypad one "Enter"; both are pressed as
    Enter, so they are listed once under that name.
    """
    names: list[str] = []
    for key in keys:
        if key.count() == 1 and key[0].key() == Qt.Key.Key_Return:
            key = QKeySequence(key[0].keyboardModifiers() | Qt.Key.Key_Enter)
        name = key.toString(QKeySequence.SequenceFormat.NativeText)
        if name not in names:
            names.append(name)
    return ", ".join(names)


class MainWindow(QMainWindow):
    """The main window of a signed-in session.

    Attributes:
        session: who is signed in to which database.
        settings: the user's settings (geometry is saved there on close).

    Signals:
        area_changed(int): the visible area changed (an :class:`Area` value).
        language_changed(str): the interface switched to this language code.
        backup_finished(object): a backup ended; the destination Path, or the exception.
    """

    area_changed = Signal(int)
    language_changed = Signal(str)
    backup_finished = Signal(object)

    def __init__(
        self,
        session: Session,
        settings: Settings,
        translations: Translations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self._translations = translations
        self._form = Form("main_window", self)
        self._shortcuts_dialog: ShortcutsDialog | None = None
        child = self._form.child

        self._navigation_list = child(QListWidget, "navigation_list")
        self._page_stack = child(QStackedWidget, "page_stack")
        self._pages: dict[Area, QWidget] = {}
        for area in Area:
            self._navigation_list.item(area).setIcon(icon(AREA_ICONS[area]))
            title, description = PLACEHOLDERS[area]
            page = PlaceholderPage(AREA_ICONS[area], title, description, CONTEXT)
            page.setObjectName(f"{area.name.lower()}_placeholder_page")
            self._page_stack.addWidget(page)
            self._pages[area] = page
        self._navigation_list.currentRowChanged.connect(
            self._on_navigation_list_current_row_changed
        )

        self._area_actions = {
            Area.LOOKUP: child(QAction, "lookup_action"),
            Area.CONTACTS: child(QAction, "contacts_action"),
            Area.COMPLAINTS: child(QAction, "complaints_action"),
            Area.APPOINTMENTS: child(QAction, "appointments_action"),
            Area.SYNC: child(QAction, "sync_action"),
        }
        for area, action in self._area_actions.items():
            action.setIcon(icon(AREA_ICONS[area]))
            action.triggered.connect(partial(self.go_to, area))
        self._find_action = child(QAction, "find_action")
        self._find_action.setShortcuts([QKeySequence("Ctrl+F"), QKeySequence("F3")])
        self._find_action.triggered.connect(self.focus_search)

        self._backup_action = child(QAction, "backup_action")
        self._backup_action.triggered.connect(self._on_backup_action_triggered)
        child(QAction, "quit_action").triggered.connect(self.close)
        child(QAction, "shortcuts_action").triggered.connect(self.show_shortcuts)
        child(QAction, "about_action").triggered.connect(self._on_about_action_triggered)

        self._language_actions = {
            "uk": child(QAction, "language_uk_action"),
            "ru": child(QAction, "language_ru_action"),
            "en": child(QAction, "language_en_action"),
        }
        group = QActionGroup(self)
        group.setExclusive(True)
        for code, action in self._language_actions.items():
            group.addAction(action)
            action.setText(NATIVE_NAMES[code])
            action.setChecked(code == translations.language)
            action.triggered.connect(partial(self.set_language, code))
        child(QMenu, "language_menu").menuAction().setObjectName("language_menu_action")

        self._office_label = QLabel(self)
        self._office_label.setObjectName("office_label")
        self._user_label = QLabel(self)
        self._user_label.setObjectName("user_label")
        self._database_label = QLabel(self)
        self._database_label.setObjectName("database_label")
        for label in (self._office_label, self._user_label, self._database_label):
            label.setContentsMargins(8, 0, 8, 0)
            self.statusBar().addPermanentWidget(label)
        self._office = office_name(session.user)

        self.setWindowIcon(icon("app"))
        self._retranslate()
        self._restore_geometry()
        self._navigation_list.setCurrentRow(Area.LOOKUP)
        self._navigation_list.setFocus()
        self._shown_before = False

    # --- pages ----------------------------------------------------------------------------

    def set_page(self, area: Area, page: QWidget) -> None:
        """Show ``page`` for ``area`` in place of what was there (the placeholder)."""
        old = self._pages[area]
        was_current = self._page_stack.currentIndex() == area
        self._page_stack.removeWidget(old)
        old.deleteLater()
        self._page_stack.insertWidget(area, page)
        self._pages[area] = page
        if was_current:
            self._page_stack.setCurrentIndex(area)

    def page(self, area: Area) -> QWidget:
        """The widget shown for ``area``."""
        return self._pages[area]

    def current_area(self) -> Area:
        """The area on screen."""
        return Area(self._page_stack.currentIndex())

    def go_to(self, area: Area) -> None:
        """Show ``area`` and give its page the keyboard focus."""
        self._navigation_list.setCurrentRow(area)
        page = self._pages[area]
        if area is Area.LOOKUP and isinstance(page, SearchablePage):
            page.focus_search()
        elif not isinstance(page, PlaceholderPage):
            page.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_search(self) -> None:
        """Ctrl+F / F3: go to the lookup and into its search field."""
        self.go_to(Area.LOOKUP)

    def _on_navigation_list_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        self._page_stack.setCurrentIndex(row)
        self.area_changed.emit(row)

    # --- status bar and texts -------------------------------------------------------------

    def status_texts(self) -> tuple[str, str, str]:
        """The office, user and database texts of the status bar (for tests and tools)."""
        return self._office_label.text(), self._user_label.text(), self._database_label.text()

    def _retranslate(self) -> None:
        user = self.session.user
        role = QCoreApplication.translate(CONTEXT, str(ROLE_NAMES.get(user.role, user.role)))
        self._office_label.setText(self.tr("Office: {office}").format(office=self._office))
        self._user_label.setText(self.tr("{name} ({role})").format(name=user.name, role=role))
        self._database_label.setText(
            self.tr("Database: {file}").format(file=self.session.db_path.name)
        )
        self._database_label.setToolTip(str(self.session.db_path))
        if self.session.demo:
            self.setWindowTitle(self.tr("ReceptionApp — demo office"))
        else:
            self.setWindowTitle(
                self.tr("ReceptionApp — {file}").format(file=self.session.db_path.name)
            )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate everything on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._form.retranslate()
            self._retranslate()
        super().changeEvent(event)

    # --- language -------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Switch the interface to ``language`` now and remember the choice."""
        if language == self._translations.language:
            return
        self._translations.apply(language)
        self.settings.language = language
        self._language_actions[language].setChecked(True)
        self.language_changed.emit(language)

    # --- help -----------------------------------------------------------------------------

    def shortcut_entries(self) -> list[tuple[str, str]]:
        """Every keyboard shortcut of the window: (what it does, keys), menu order first."""
        seen: set[QAction] = set()
        entries: list[tuple[str, str]] = []

        def add(action: QAction) -> None:
            if action in seen:
                return
            seen.add(action)
            keys = action.shortcuts()
            if keys:
                entries.append((_plain(action.text()).rstrip("…").strip(), shortcut_text(keys)))

        def walk(menu: QMenu) -> None:
            for action in menu.actions():
                submenu = action.menu()
                if isinstance(submenu, QMenu):
                    walk(submenu)
                else:
                    add(action)

        for top in self.menuBar().actions():
            submenu = top.menu()
            if isinstance(submenu, QMenu):
                walk(submenu)
        for action in self.findChildren(QAction):
            add(action)  # actions of plugged-in pages
        entries.append((self.tr("Move to the next or previous field"), self.tr("Tab, Shift+Tab")))
        entries.append((self.tr("Confirm a dialog, or close it"), self.tr("Enter, Esc")))
        return entries

    def show_shortcuts(self) -> ShortcutsDialog:
        """F1: the list of keyboard shortcuts (a non-blocking dialog)."""
        if self._shortcuts_dialog is None:
            self._shortcuts_dialog = ShortcutsDialog(self)
        self._shortcuts_dialog.refresh()
        self._shortcuts_dialog.show()
        self._shortcuts_dialog.raise_()
        self._shortcuts_dialog.activateWindow()
        return self._shortcuts_dialog

    def _on_about_action_triggered(self) -> None:
        text = self.tr(
            "<h3>ReceptionApp {version}</h3>"
            "<p>The front desk of a cable-TV and Internet provider: finding subscribers, "
            "keeping their phone numbers up to date, contacts, complaints and the "
            "director's reception.</p>"
            "<p>Free software under the MIT licence.</p>"
        ).format(version=__version__)
        messages.about(self, text)

    # --- backup ---------------------------------------------------------------------------

    def _on_backup_action_triggered(self) -> None:
        source = self.session.db_path
        folder = self.settings.backup_dir or source.parent
        proposed = folder / f"{source.stem}-{dt.date.today():%Y-%m-%d}{source.suffix or '.db'}"
        dest = messages.choose_save_file(
            self, self.tr("Back up the database"), proposed, self.tr("Databases (*.db)")
        )
        if dest is None:
            return
        if not dest.suffix:
            dest = dest.with_suffix(".db")
        self.start_backup(dest)

    def start_backup(self, dest: Path) -> Task | None:
        """Copy the database to ``dest`` in the background; None if ``dest`` is refused."""
        source = self.session.db_path
        if dest.resolve() == source.resolve():
            messages.error(
                self, self.tr("Choose another file: this one is the office database itself.")
            )
            return None
        self._backup_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Backing up the database…"))
        # Not kept on the window: a window -> task -> callback -> window cycle would leave
        # the window to the cyclic garbage collector (see formloader.Form).
        return run_task(
            partial(backup_file, source, dest),
            on_done=lambda _result: self._on_backup_done(dest),
            on_error=self._on_backup_failed,
        )

    def _on_backup_done(self, dest: Path) -> None:
        self._backup_action.setEnabled(True)
        self.settings.backup_dir = dest.parent
        text = self.tr("The database was copied to {path}.").format(path=dest)
        self.statusBar().showMessage(text, 15_000)
        log.info("database backed up to %s", dest)
        self.backup_finished.emit(dest)
        messages.information(self, text)

    def _on_backup_failed(self, exc: BaseException) -> None:
        self._backup_action.setEnabled(True)
        self.statusBar().clearMessage()
        self.backup_finished.emit(exc)
        if isinstance(exc, ReceptionError):
            show_error(self, exc)
        else:
            report_error(exc)

    # --- geometry -------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.main_window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        state = self.settings.main_window_state
        if state is not None:
            self.restoreState(state)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """On the first show, the clerk can type a surname at once: focus in the search field.

        (With the focus on the navigation list, the first letter typed jumped to an area:
        "S" of "Shevchenko" opened Synchronisation.)
        """
        super().showEvent(event)
        if self._shown_before:
            return
        self._shown_before = True
        if self.current_area() is Area.LOOKUP and isinstance(
            self._pages[Area.LOOKUP], SearchablePage
        ):
            self.focus_search()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Remember the window's geometry and state."""
        self.settings.main_window_geometry = self.saveGeometry()
        self.settings.main_window_state = self.saveState()
        self.settings.sync()
        super().closeEvent(event)
