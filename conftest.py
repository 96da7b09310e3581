"""Root pytest configuration: runs before any test module (and so before Qt) is imported.

Qt picks its platform plugin when the first QGuiApplication starts; without a display and
without this setting the whole test run aborts. ``setdefault`` keeps an explicit choice
(``QT_QPA_PLATFORM=xcb`` under Xvfb, to watch a test) working.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
