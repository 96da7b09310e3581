"""Head-office sync: the office client, the head-office service and what they share.

* :mod:`receptionapp.sync.entities` — which tables travel, their values on the wire;
* :mod:`receptionapp.sync.hlc` — hybrid logical clocks;
* :mod:`receptionapp.sync.server` — the head-office service (FastAPI) and its admin commands;
* :mod:`receptionapp.sync.client` — one push-and-pull cycle of an office.

Change capture itself is in the office database (:mod:`receptionapp.db.capture`).
"""
