"""Checks run in child processes, so that no document can take the server down or hold it up.

A document can crash the native parser (a stack overflow on deeply nested brackets) or keep it
busy for minutes and gigabytes (a 5 MB module). In a child, a crash costs the child, a check
that runs too long or is no longer wanted is ended by killing it, and the other documents go
on in the other child. Calls are ``(function, args)`` pickled over the child's stdin and stdout;
the functions are module-level ones, so they pickle by name.
"""

from __future__ import annotations

import asyncio
import pickle
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any, BinaryIO, TypeVar

_T = TypeVar("_T")
_HEADER = 8  # bytes of a message's length, big-endian
# The child imports from where the server does: its sys.path, set before anything is imported.
# `python -c` would put the working folder first, the editor's workspace, whose modules must
# never run (a `libcst.py` there would).
_BOOT = "import sys; sys.path[:] = {path!r}; from lsp_server.worker import serve; serve()"


class WorkerError(Exception):
    """The child gave no answer: it crashed, or ran out of time."""


class _Child:
    def __init__(self) -> None:
        boot = _BOOT.format(path=sys.path)
        self.process = subprocess.Popen(
            [sys.executable, "-c", boot], stdin=subprocess.PIPE, stdout=subprocess.PIPE
        )

    def call(self, payload: bytes) -> bytes:
        """Send one call and wait for its answer (blocking: run in a thread)."""
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(len(payload).to_bytes(_HEADER, "big") + payload)
        self.process.stdin.flush()
        return _read_message(self.process.stdout)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()


class Worker:
    """At most ``size`` calls at a time, each in a child process of its own."""

    def __init__(self, size: int, timeout: float) -> None:
        self._size = size
        self._timeout = timeout
        self._slots: asyncio.Semaphore | None = None
        self._idle: list[_Child] = []
        self._busy: set[_Child] = set()
        self._closed = False

    def prepare(self) -> None:
        """Start a child ahead of the first call: it spends a second importing."""
        if not self._idle and not self._closed:
            self._idle.append(_Child())

    async def run(self, function: Callable[..., _T], *args: Any) -> _T:
        """``function(*args)`` in a child. Raises ``WorkerError`` if the child dies or runs past
        the timeout, and the child's own exception as ``WorkerError`` too, with its traceback."""
        if self._slots is None:
            self._slots = asyncio.Semaphore(self._size)
        payload = pickle.dumps((function, args), protocol=pickle.HIGHEST_PROTOCOL)
        async with self._slots:
            if self._closed:
                raise WorkerError("the server is shutting down")
            child = self._idle.pop() if self._idle else _Child()
            self._busy.add(child)
            started = time.monotonic()
            try:
                answer = await asyncio.wait_for(_in_thread(child.call, payload), self._timeout)
            except asyncio.TimeoutError:
                self._discard(child)
                raise WorkerError(f"the check ran for more than {self._timeout:.0f} s") from None
            except (OSError, EOFError) as error:
                self._discard(child)
                raise WorkerError(
                    f"the check crashed (exit code {child.process.poll()})"
                ) from error
            except BaseException:  # cancelled: the answer is no longer wanted, nor the child busy
                self._discard(child)
                raise
            self._busy.discard(child)
            self._idle.append(child)
        ok, value = pickle.loads(answer)
        if not ok:
            last = value.strip().splitlines()[-1]
            raise WorkerError(
                f"the check failed after {time.monotonic() - started:.1f} s: {last}\n{value}"
            )
        return value

    def close(self) -> None:
        """Kill every child, busy or not."""
        self._closed = True
        for child in [*self._idle, *self._busy]:
            child.kill()
        self._idle.clear()
        self._busy.clear()

    def _discard(self, child: _Child) -> None:
        self._busy.discard(child)
        child.kill()


async def _in_thread(function: Callable[[bytes], bytes], payload: bytes) -> bytes:
    """``function(payload)`` in a daemon thread: a thread still waiting on a child must never
    keep the server's process alive after its client has gone."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[bytes] = loop.create_future()

    def settle(result: bytes | None, error: BaseException | None) -> None:
        if future.done():
            return
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)  # type: ignore[arg-type]

    def work() -> None:
        try:
            result = function(payload)
        except BaseException as error:
            loop.call_soon_threadsafe(settle, None, error)
        else:
            loop.call_soon_threadsafe(settle, result, None)

    threading.Thread(target=work, name="siglint-child", daemon=True).start()
    return await future


def _read_message(stream: BinaryIO) -> bytes:
    header = _read_exactly(stream, _HEADER)
    return _read_exactly(stream, int.from_bytes(header, "big"))


def _read_exactly(stream: BinaryIO, size: int) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise EOFError("the other end closed")
    return data


def serve() -> None:
    """The child's loop: read a call, answer it, until the server closes the pipe."""
    requests, answers = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # the pipe carries answers only
    import lsp_server.analysis  # noqa: F401 -- imported while the server still has nothing to ask

    while True:
        try:
            function, args = pickle.loads(_read_message(requests))
        except EOFError:
            return
        try:
            reply = (True, function(*args))
        except Exception:
            reply = (False, traceback.format_exc())
        data = pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL)
        answers.write(len(data).to_bytes(_HEADER, "big") + data)
        answers.flush()
