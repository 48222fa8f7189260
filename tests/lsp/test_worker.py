"""The child processes checks run in: whatever a check does, the server gets an answer."""

from __future__ import annotations

import os
import time

import pytest

from lsp_server.worker import Worker, WorkerError

pytestmark = pytest.mark.asyncio


async def test_answers_failures_crashes_and_timeouts():
    worker = Worker(size=1, timeout=2)
    worker.prepare()
    try:
        assert await worker.run(len, "abc") == 3
        with pytest.raises(WorkerError, match=r"the check failed after .* ValueError"):
            await worker.run(int, "not a number")
        with pytest.raises(WorkerError, match=r"the check crashed \(exit code 3\)"):
            await worker.run(os._exit, 3)
        started = time.monotonic()
        with pytest.raises(WorkerError, match="the check ran for more than 2 s"):
            await worker.run(time.sleep, 60)
        assert time.monotonic() - started < 30
        assert await worker.run(sorted, "cba") == ["a", "b", "c"]  # a new child took over
    finally:
        worker.close()
    with pytest.raises(WorkerError, match="shutting down"):
        await worker.run(len, "abc")
