"""How often CPython's cyclic garbage collector runs while siglint reads and checks files.

Checking allocates millions of syntax-tree nodes, none of them in a reference cycle, and the
trees of the modules parsed stay alive for the whole run: with CPython's thresholds (700, 10,
10) the collector runs every 700 allocations and keeps walking them (a third of a run's time on
MLflow-dense code). Reading and screening the files of a large tree allocates a few objects per
file, none in a cycle either, and the collector walked them dozens of times. Collections this
rare cost nothing measurable in memory.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

_RARE_COLLECTIONS = (100_000, 50, 1_000)


@contextlib.contextmanager
def rare_collections() -> Iterator[None]:
    """The cyclic garbage collector runs rarely meanwhile, and never walks what is loaded
    already (siglint's modules and libcst, frozen)."""
    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(*_RARE_COLLECTIONS)
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()
