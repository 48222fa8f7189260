"""Checking files on several cores: ``--jobs`` workers, each a ``CheckWorker`` (a forked child
with its per-file time limit), fed by a thread of its own.

Files are handed out one at a time to whichever child is free, as they come: the first files are
being checked while the run still decides which others need it, and one file may cost as much
as all the others. Each result is kept under the key it was submitted with, so the report keeps
the files' order whatever the order they finish in.

A file may come with a *group*: the files of one package, which import much of each other. A
child parses each module it reaches once and keeps it for the next files, so the files of a
group all go to the child that took the first of them, and each module is parsed in one child
only: on MLflow-dense code a second child would parse the same import closure again (as much
work again, and as much memory), and make two jobs slower than one. Files without a group (the
independent modules of a folder) go to whichever child is free.

A child still importing what checking needs (``CheckWorker.preparing``) takes no file while
another child is ready (one forked earlier): that one checks it sooner, and a run with a few
files to check never waits for the imports of a second child. With no child ready, it takes the
file at once, which waits in its pipe and is checked the moment the imports are done. The
children beyond the first import nothing until the files submitted are worth it.

With no child (``--per-file-timeout 0``, or no ``fork``), files are checked in this process, one
after the other, when the results are asked for.
"""

from __future__ import annotations

import heapq
import itertools
import queue
import threading
from collections.abc import Callable, Hashable, Iterator
from typing import Any, Generic, TypeVar

from siglint.cli.worker import CheckWorker, FileAbandoned

Report = TypeVar("Report")
_Item = tuple[Hashable, tuple]
_Waiting = tuple[int, int, _Item]  # in a heap: minus the size, the order of submission, the item
# How often a worker whose child is still importing looks again whether it is ready, in seconds.
_PREPARING_POLL = 0.005
# A child beyond the first imports libcst and the engine (0.2 s of a core) only once the files
# submitted hold more characters than this: about what the first checks meanwhile.
WORTH_A_CHILD = 50_000


class CheckPool(Generic[Report]):
    """``check(*arguments)`` for every submission, in ``jobs`` children at once."""

    def __init__(
        self,
        check: Callable[..., Report],
        seconds: float,
        jobs: int,
        prepare: Callable[[], object] | None = None,
        *,
        started: CheckWorker[Report] | None = None,
    ) -> None:
        """``started``: a worker of the same ``check`` whose child was forked earlier (so that it
        imported what checking needs while the run was reading the files); it is the first of
        the ``jobs``."""
        first = [] if started is None else [started]
        self._workers = first + [
            CheckWorker(check, seconds, prepare) for _ in range(max(1, jobs) - len(first))
        ]
        self._parallel = self._workers[0].isolated
        self._waiting: list[_Item] = []  # without children: checked at the end
        self._results: dict[Hashable, Report | FileAbandoned] = {}
        self._threads: list[threading.Thread] = []
        self._done: queue.SimpleQueue[object] = queue.SimpleQueue()  # keys, as they are checked
        # What waits for a child: the files of no group, and each group's, with its child.
        self._ready = threading.Condition()
        self._loose: list[_Waiting] = []
        self._groups: dict[Hashable, list[_Waiting]] = {}
        self._submitted = itertools.count()
        self._size = 0  # of everything submitted
        self._owners: dict[Hashable, int] = {}  # group -> the index of the worker that has it
        self._prepared: set[int] = set()  # the workers whose child has done its imports
        self._closed = False

    def __enter__(self) -> CheckPool[Report]:
        if self._parallel:
            # Every fork before the first thread; the children beyond the first idle for now.
            for index, worker in enumerate(self._workers):
                worker.start(prepare=index == 0)
            self._prepared = {
                i for i, w in enumerate(self._workers) if not w.idle and not w.preparing()
            }
            self._threads = [
                threading.Thread(target=self._feed, args=(index, worker), daemon=True)
                for index, worker in enumerate(self._workers)
            ]
            for thread in self._threads:
                thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._finish()
        for worker in self._workers:
            worker.close()

    def submit(
        self, key: Hashable, *arguments: Any, group: Hashable | None = None, size: int = 0
    ) -> None:
        """Check ``arguments``; the files of one ``group`` all go to the same child. Of the files
        waiting, the largest ``size`` goes first (a long file checked last would keep one child
        busy alone), then the first submitted."""
        if not self._parallel:
            self._waiting.append((key, arguments))
            return
        with self._ready:
            waiting = self._loose if group is None else self._groups.setdefault(group, [])
            heapq.heappush(waiting, (-size, next(self._submitted), (key, arguments)))
            self._size += size
            self._ready.notify_all()

    def results(self) -> dict[Hashable, Report | FileAbandoned]:
        """Every submission's result (or why there is none), once all are done."""
        for _ in self.completed():
            pass
        return self._results

    def completed(self) -> Iterator[tuple[Hashable, Report | FileAbandoned]]:
        """Each submission's result (or why there is none) as soon as it is done, so that the
        run can store it while the children check the others; the run submits no more."""
        with self._ready:
            self._closed = True
            self._ready.notify_all()
        running = len(self._threads)
        while running:
            key = self._done.get()
            if key is _FED:
                running -= 1
            else:
                yield key, self._results[key]
        self._finish()
        worker = self._workers[0]
        for key, arguments in self._waiting:
            yield key, self._results.setdefault(key, _outcome(worker, arguments))
        self._waiting.clear()

    def _finish(self) -> None:
        with self._ready:
            self._closed = True
            self._ready.notify_all()
        for thread in self._threads:
            thread.join()
        self._threads = []

    def _feed(self, index: int, worker: CheckWorker[Report]) -> None:
        try:
            while (item := self._next(index, worker)) is not None:
                key, arguments = item
                # Each key is written by one thread only: no lock is needed.
                self._results[key] = _outcome(worker, arguments)
                self._done.put(key)
        finally:
            self._done.put(_FED)

    def _next(self, index: int, worker: CheckWorker[Report]) -> _Item | None:
        """The next file for worker ``index``: of a group it has, else of no group, else of a
        group no worker has yet (which it takes); None once the run submits no more for it.
        An idle child starts its imports once the run has submitted ``WORTH_A_CHILD``.
        """
        with self._ready:
            while True:
                found = self._waiting_for(index)
                if found is None or (worker.idle and self._size < WORTH_A_CHILD):
                    if self._closed:
                        return None
                    self._ready.wait()
                    continue
                worker.prepare()
                if worker.preparing():
                    self._prepared.discard(index)  # a new child, after one that died
                    if self._prepared:  # a child that is ready checks the file sooner
                        self._ready.wait(_PREPARING_POLL)
                        continue
                else:
                    self._prepared.add(index)
                group, items = found
                if group is not None:
                    self._owners.setdefault(group, index)
                return heapq.heappop(items)[2]

    def _waiting_for(self, index: int) -> tuple[Hashable | None, list[_Waiting]] | None:
        """Where worker ``index``'s next file waits, with its group (None for no group)."""
        for group, owner in self._owners.items():
            if owner == index and self._groups[group]:
                return group, self._groups[group]
        if self._loose:
            return None, self._loose
        for group, items in self._groups.items():
            if items and group not in self._owners:
                return group, items
        return None


# What a feeding thread says when it ends (``completed``).
_FED = object()


def _outcome(worker: CheckWorker[Report], arguments: tuple) -> Report | FileAbandoned:
    try:
        return worker.run(*arguments)
    except FileAbandoned as abandoned:
        return abandoned
