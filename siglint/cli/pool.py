"""Checking files on several cores: ``--jobs`` workers, each a ``CheckWorker`` (a forked child
with its per-file time limit), fed by a thread of its own.

Files are handed out one at a time to whichever child is free, as they come: the first files are
being checked while the run still decides which others need it, and one file may cost as much
as all the others (in the benchmark corpus, ``mlflow/pyfunc/__init__.py`` takes half the time).
Each result is kept under the key it was submitted with, so the report keeps the files' order
whatever the order they finish in.

With no child (``--per-file-timeout 0``, or no ``fork``), files are checked in this process, one
after the other, when the results are asked for.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

from siglint.cli.worker import CheckWorker, FileAbandoned

Report = TypeVar("Report")
_DONE = object()


class CheckPool(Generic[Report]):
    """``check(*arguments)`` for every submission, in ``jobs`` children at once."""

    def __init__(
        self,
        check: Callable[..., Report],
        seconds: float,
        jobs: int,
        prepare: Callable[[], object] | None = None,
    ) -> None:
        self._workers = [CheckWorker(check, seconds, prepare) for _ in range(max(1, jobs))]
        self._parallel = self._workers[0].isolated
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._waiting: list[tuple[Hashable, tuple]] = []  # without children: checked at the end
        self._results: dict[Hashable, Report | FileAbandoned] = {}
        self._threads: list[threading.Thread] = []

    def __enter__(self) -> CheckPool[Report]:
        if self._parallel:
            for worker in self._workers:
                worker.start()  # every fork before the first thread
            self._threads = [
                threading.Thread(target=self._feed, args=(worker,), daemon=True)
                for worker in self._workers
            ]
            for thread in self._threads:
                thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._finish()
        for worker in self._workers:
            worker.close()

    def submit(self, key: Hashable, *arguments: Any) -> None:
        if self._parallel:
            self._queue.put((key, arguments))
        else:
            self._waiting.append((key, arguments))

    def results(self) -> dict[Hashable, Report | FileAbandoned]:
        """Every submission's result (or why there is none), once all are done."""
        self._finish()
        worker = self._workers[0]
        for key, arguments in self._waiting:
            self._results[key] = _outcome(worker, arguments)
        self._waiting.clear()
        return self._results

    def _finish(self) -> None:
        for _ in self._threads:
            self._queue.put(_DONE)
        for thread in self._threads:
            thread.join()
        self._threads = []

    def _feed(self, worker: CheckWorker[Report]) -> None:
        while (item := self._queue.get()) is not _DONE:  # one marker per thread
            key, arguments = item
            # Each key is written by one thread only: no lock is needed.
            self._results[key] = _outcome(worker, arguments)


def _outcome(worker: CheckWorker[Report], arguments: tuple) -> Report | FileAbandoned:
    try:
        return worker.run(*arguments)
    except FileAbandoned as abandoned:
        return abandoned
