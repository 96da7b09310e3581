"""The Qt user interface: windows, dialogs, item models and background tasks.

This is the only package that imports PySide6. Every window or dialog is a Designer form in
the top-level ``ui/`` folder (shipped in the wheel) plus one controller class here that loads
it by composition (:mod:`receptionapp.gui.formloader`).
"""
