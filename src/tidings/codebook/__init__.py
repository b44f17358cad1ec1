"""Codebooks as package data: CAMEO event codes and PLOVER types, modes, contexts and mapping.

>>> from tidings.codebook import cameo, plover_for
>>> cameo("173").name, cameo("173").quad_class, cameo("173").goldstein
('Arrest, detain, or charge with legal action', 4, -5.0)
>>> plover_for("173")
PloverMapping(type='COERCE', mode='arrest', context=('legal',))
>>> plover_for("010") is None  # PLOVER drops CAMEO's statements and appeals
True

Each table is read from ``tidings/codebook/data`` once per process, on first use; lookups are dict
accesses. Codes are strings with their leading zero ("042"), never integers.
"""

from __future__ import annotations

from . import codes, plover
from .codes import CameoCode, UnknownCode, all_cameo, cameo, is_cameo, root_of
from .plover import PloverMapping, PloverType, plover_contexts, plover_for, plover_modes, plover_types

__all__ = [
    "CameoCode", "PloverMapping", "PloverType", "UnknownCode",
    "all_cameo", "cameo", "clear_cache", "is_cameo", "plover_contexts", "plover_for", "plover_modes",
    "plover_types", "root_of",
]


def clear_cache() -> None:
    """Forget the loaded tables, so the next lookup reads the data files again (for tests and tools)."""
    for loader in (codes._table, codes._ordered, plover._types, plover._modes, plover._contexts,
                   plover._mappings, plover._resolved):
        loader.cache_clear()
