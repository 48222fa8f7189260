"""How CPython's cyclic garbage collector runs while siglint reads and checks files.

Checking allocates millions of syntax-tree nodes, and the trees of the modules read stay alive
for the run. With CPython's thresholds (700, 10, 10) the collector runs every 700 allocations
and keeps walking them (a third of a run's time on MLflow-dense code). During a run
(``rare_collections``), it runs rarely and never walks what was loaded before.

Rarely is not enough: every object that lives is still walked once, by the young collection
that finds it. A module's reading is most of what lives, and it holds no garbage: ``ast`` trees
and what is read from them (``siglint.analysis.syntax``, ``siglint.analysis.skim``), or a libcst
tree. So a reading the run keeps is made inside ``kept_reading``: the garbage made since the last
reading is collected first (the garbage cycles of an analysis die young: the collections a run
makes this way find what the young collections found), and then everything alive is frozen,
the reading with it, which the collector never walks again. What is frozen and dies later is
freed as any object is, unless it is in a cycle: that waits for ``collect_everything``, which
the run calls when it lets go of what it read.

Outside a run (the language server, the tests), the collector runs as CPython has it, and
``kept_reading`` does nothing: a process that lives for hours must not keep its cycles.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

_RARE_COLLECTIONS = (100_000, 50, 1_000)
_runs = 0  # how many ``rare_collections`` this process is inside (a forked child inherits it)


@contextlib.contextmanager
def rare_collections() -> Iterator[None]:
    """The cyclic garbage collector runs rarely meanwhile, never walks what is loaded already
    (siglint's modules and libcst, frozen), nor the readings kept (``kept_reading``)."""
    global _runs
    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(*_RARE_COLLECTIONS)
    _runs += 1
    try:
        yield
    finally:
        _runs -= 1
        gc.set_threshold(*before)
        gc.unfreeze()


@contextlib.contextmanager
def kept_reading() -> Iterator[None]:
    """Reading a module that stays alive for a while: during a run, the garbage made so far is
    collected, and what is alive afterwards (the reading with it) is frozen."""
    if not _runs:
        yield
        return
    gc.collect()  # walks only what was made since the last reading: the rest is frozen
    try:
        yield
    finally:
        gc.freeze()


def collect_everything() -> None:
    """Collect every garbage cycle at once, the frozen ones too: what the run read was let go
    of (its trees hold cycles). What is still alive is frozen again."""
    gc.unfreeze()
    gc.collect()
    if _runs:
        gc.freeze()
