"""Cyclic garbage is collected in the GUI thread only while the window runs."""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from receptionapp.gui.collector import MainThreadCollector


class Node:
    def __init__(self) -> None:
        self.me = self


def test_collection_moves_to_the_gui_thread_and_back(qtbot: QtBot) -> None:
    assert gc.isenabled()
    collector = MainThreadCollector(interval_ms=10)
    collector.start()
    try:
        assert not gc.isenabled()
        collected_in: list[int] = []
        gc.callbacks.append(
            lambda phase, info: (
                collected_in.append(threading.get_ident()) if phase == "stop" else None
            )
        )
        worker = threading.Thread(target=lambda: [Node() for _ in range(5000)])
        worker.start()
        worker.join()
        assert collected_in == []  # the worker's allocations did not trigger a collection
        qtbot.waitUntil(lambda: bool(collected_in), timeout=5000)
        assert set(collected_in) == {threading.get_ident()}
    finally:
        gc.callbacks.pop()
        collector.stop()
    assert gc.isenabled()


def test_nothing_is_collected_below_the_thresholds() -> None:
    gc.collect()
    collector = MainThreadCollector()
    collector.start()
    try:
        assert collector.check() == 0
    finally:
        collector.stop()


def test_start_freezes_what_is_alive_so_full_collections_skip_it() -> None:
    collector = MainThreadCollector()
    gc.unfreeze()
    try:
        collector.start()
        assert gc.get_freeze_count() > 0
    finally:
        collector.stop()
    assert gc.get_freeze_count() == 0
