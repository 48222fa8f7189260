"""Resident memory of a process and of all its descendants (Linux ``/proc``)."""

from __future__ import annotations

import threading
from pathlib import Path


def tree_memory(pid: int) -> int:
    """Resident memory of ``pid`` and of its descendants, in bytes."""
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            tasks = list(Path(f"/proc/{current}/task").iterdir())
            kilobytes = next(
                line.split()[1] for line in status.splitlines() if line.startswith("VmRSS")
            )
            for task in tasks:
                pending += [int(child) for child in (task / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError, StopIteration):  # gone meanwhile
            continue
        total += int(kilobytes) * 1024
    return total


class PeakMemory:
    """The highest ``tree_memory(pid)`` seen, sampled every ``interval`` seconds until ``stop``."""

    def __init__(self, pid: int, interval: float = 0.02) -> None:
        self.peak = 0
        self._pid = pid
        self._interval = interval
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while not self._done.wait(self._interval):
            self.peak = max(self.peak, tree_memory(self._pid))

    def stop(self) -> int:
        self._done.set()
        self._thread.join()
        return self.peak
