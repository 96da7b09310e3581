"""Who is signed in to which database: the state every page of the window shares."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from receptionapp.db.models import User


@dataclass
class Session:
    """The signed-in user and the open office database.

    The database itself is the process-wide :data:`receptionapp.db.models.database_proxy`,
    initialised by :func:`receptionapp.db.database.open_database`; the GUI holds the
    :class:`~receptionapp.db.database.GuiLock` on it for as long as the window is open.

    Attributes:
        db_path: the office database file.
        user: the signed-in user.
        demo: True for the demo office (``receptionapp --demo``).
    """

    db_path: Path
    user: User
    demo: bool = False
