"""Checking files in a child process, so that one pathological file cannot stall or kill a run.

libcst parses in native code: on some inputs it takes minutes or overflows the stack and takes
the process down, and no signal or thread can interrupt it. So ``siglint check`` hands each file
to a forked child and waits at most ``--per-file-timeout`` seconds for its report. A child that
runs out of time is killed; one that dies is buried; either way that file gets one diagnostic and
the next file goes to a new child. The child lives from file to file otherwise, so the modules it
has parsed for one file's imports serve the next one, as they would in one process.

Without ``fork`` (Windows) or with a limit of 0, files are checked in this process, with no limit.
"""

from __future__ import annotations

import contextlib
import io
import multiprocessing
import signal
import sys
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar

from siglint.collector import rare_collections

Report = TypeVar("Report")

# What an idle child is told to start with, and what a child sends once ``prepare`` is done.
_PREPARE = "prepare"
_PREPARED = "prepared"


class FileAbandoned(Exception):
    """The check of one file ran out of time, crashed the child, or raised: the message says which."""


class CheckWorker(Generic[Report]):
    """Calls ``check(*arguments)`` in a child process, ``seconds`` at most per call.

    What ``check`` prints on standard error is printed here too; its result must pickle.
    """

    def __init__(
        self,
        check: Callable[..., Report],
        seconds: float,
        prepare: Callable[[], object] | None = None,
    ) -> None:
        """``prepare`` runs in each child as soon as it starts (importing what ``check`` needs
        while this process is still busy elsewhere)."""
        self._check = check
        self._prepare = prepare
        self._seconds = seconds
        self._child: Any = None  # the child process, started on the first call
        self._connection: Connection | None = None
        self._told = False  # whether the child was told to run ``prepare`` (or runs it at once)
        self._prepared = False  # whether the child has said that ``prepare`` is done

    @property
    def isolated(self) -> bool:
        """Whether checks run in a child (else in this process, with no time limit)."""
        return bool(self._seconds) and "fork" in multiprocessing.get_all_start_methods()

    def start(self, *, prepare: bool = True) -> None:
        """Fork the child now rather than on the first call: before a run starts threads, after
        which forking could copy a lock some thread holds. Without ``prepare``, the child does
        nothing (``idle``) until told to ``prepare``, or given a file."""
        if self.isolated:
            self._start(prepare)

    @property
    def idle(self) -> bool:
        """Whether the child is started and waits to be told to ``prepare``."""
        return self._child is not None and not self._told

    def prepare(self) -> None:
        """Have an ``idle`` child run ``prepare`` now."""
        if self.idle:
            self._told = True
            # A child that died meanwhile: the next call finds out how.
            with contextlib.suppress(OSError):
                self._connection.send(_PREPARE)

    def preparing(self) -> bool:
        """Whether the child is started and still in ``prepare``: a file sent now would wait
        for its imports. Never waits."""
        if self._child is None or not self._told:
            return False
        try:
            return not self._await_prepared(0)
        except EOFError:  # it died on the way: the next call finds out how
            return False

    def run(self, *arguments: Any) -> Report:
        """``check(*arguments)``'s result; ``FileAbandoned`` when there is none."""
        if self.isolated:
            result = self._in_child(arguments)
        else:
            with rare_collections():
                result = _reply(self._check, arguments)
        if isinstance(result, FileAbandoned):
            raise result
        return result

    def _in_child(self, arguments: tuple) -> Report | FileAbandoned:
        """The check in the child; the time limit counts from when the child is ready for it."""
        connection = self._start()
        self.prepare()
        try:
            if not self._await_prepared(self._seconds):
                return self._gave_up()
            connection.send(arguments)
            if not connection.poll(self._seconds):
                return self._gave_up()
            result, errors = connection.recv()
        except (EOFError, BrokenPipeError):
            return FileAbandoned(
                f"siglint crashed on this file ({self._death()}); the other files are checked"
            )
        sys.stderr.write(errors)
        return result

    def _await_prepared(self, seconds: float) -> bool:
        """Whether the child's word that ``prepare`` is done came within ``seconds``."""
        if not self._prepared:
            if not self._connection.poll(seconds):
                return False
            self._connection.recv()
            self._prepared = True
        return True

    def _gave_up(self) -> FileAbandoned:
        self.close()
        return FileAbandoned(
            f"siglint gave up on this file after {self._seconds:g} s "
            "(--per-file-timeout); the other files are checked"
        )

    def close(self) -> None:
        """Stop the child (killing it if it is busy) and wait for it to be gone."""
        if self._child is not None:
            self._connection.close()
            self._child.kill()
            self._child.join()
            self._child = self._connection = None

    def __enter__(self) -> CheckWorker[Report]:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _start(self, prepare: bool = True) -> Connection:
        if self._child is None:
            context = multiprocessing.get_context("fork")
            self._connection, theirs = context.Pipe()
            self._child = context.Process(
                target=_serve,
                args=(self._check, theirs, self._prepare, prepare),
                name="siglint-check",
                daemon=True,
            )
            self._child.start()
            theirs.close()
            self._told, self._prepared = prepare, False
        return self._connection

    def _death(self) -> str:
        """How the child died, once it has."""
        self._child.join()
        code = self._child.exitcode
        self._connection.close()
        self._child = self._connection = None
        if code is not None and code < 0:
            return f"killed by {signal.Signals(-code).name}"
        return f"exit code {code}"


def _serve(
    check: Callable[..., Any],
    connection: Connection,
    prepare: Callable[[], object] | None,
    at_once: bool,
) -> None:
    """The child: ``prepare`` (at once, or when told), then check what comes in, send back
    (result or FileAbandoned, what it printed)."""
    if not at_once:
        try:
            connection.recv()  # _PREPARE
        except EOFError:  # the parent is done with us
            return
    if prepare is not None:
        # A failure here is the first check's to report, with the file it happened on.
        with contextlib.suppress(Exception):
            prepare()
    connection.send(_PREPARED)
    with rare_collections():
        _answer(check, connection)


def _answer(check: Callable[..., Any], connection: Connection) -> None:
    while True:
        try:
            arguments = connection.recv()
        except EOFError:  # the parent is done with us
            return
        errors = io.StringIO()
        with contextlib.redirect_stderr(errors):
            result = _reply(check, arguments)
        connection.send((result, errors.getvalue()))


def _reply(check: Callable[..., Any], arguments: tuple) -> Any:
    """``check(*arguments)``, or a ``FileAbandoned`` saying what it raised."""
    try:
        return check(*arguments)
    except Exception as error:  # a bug on one file is that file's finding, not the run's end
        return FileAbandoned(
            f"siglint failed on this file: {type(error).__name__}: {error}; "
            "the other files are checked"
        )
