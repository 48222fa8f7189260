"""Checks kept in step with what they check: an entry per open document (or notebook) whose
*stamp* is bumped by anything that can change its findings, and a result kept only for the
stamp it was computed for (``lsp_server.server`` says why)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any, TypeVar

from lsp_server.analysis import Analysis
from siglint.diagnostics import Range
from siglint.results import TargetReport

_Check = Coroutine[Any, Any, "Analysis | None"]


@dataclass(slots=True)
class Stamped:
    """What the server knows about one open document's checks."""

    stamp: int = 0
    task: asyncio.Future[Analysis | None] | None = None  # the check for the current stamp
    analysis: Analysis | None = None
    analysis_stamp: int = -1
    result_id: str = ""
    anchors: list[tuple[Range, TargetReport]] | None = None  # hover anchors of ``analysis``

    def invalidate(
        self, check: Callable[[int], _Check], delay: int, ready: Callable[[], Awaitable[None]]
    ) -> None:
        """A new stamp, and ``check(stamp)`` for it after ``delay`` milliseconds, once
        ``ready()`` (the settings) has settled; the check running is cancelled."""
        self.stamp += 1
        if self.task is not None:
            self.task.cancel()
        self.task = asyncio.ensure_future(_later(check, self.stamp, delay, ready))


_S = TypeVar("_S", bound=Stamped)


async def current(entry_of: Callable[[], _S | None], check: Callable[[_S], _Check]) -> _S | None:
    """The entry ``entry_of()`` gives (None once its document is closed) with an analysis of
    its current stamp, waiting for one (``check(entry)`` starts it) if need be."""
    while (entry := entry_of()) is not None:
        if entry.analysis is not None and entry.analysis_stamp == entry.stamp:
            return entry
        if entry.task is None or entry.task.done():
            entry.task = asyncio.ensure_future(check(entry))
        task = entry.task
        try:
            await asyncio.shield(task)
        except asyncio.CancelledError:
            # Only a check cancelled for a newer version is waited for again: when this
            # request is cancelled too (the client has gone, the loop is closing), a new
            # check started here would hold the server's exit for its whole length.
            if not task.cancelled() or _cancelling(asyncio.current_task()):
                raise
    return None


async def _later(
    check: Callable[[int], _Check], stamp: int, delay: int, ready: Callable[[], Awaitable[None]]
) -> Analysis | None:
    if delay:
        await asyncio.sleep(delay / 1000)
    await ready()
    return await check(stamp)


def _cancelling(task: asyncio.Task | None) -> bool:
    """Whether ``task`` is being cancelled (``Task.cancelling`` is Python 3.11+; before, no)."""
    cancelling = getattr(task, "cancelling", None)
    return bool(cancelling and cancelling())
