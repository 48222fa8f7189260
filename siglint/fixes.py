"""Applying fixes: text edits onto source, Ruff's fix-until-stable loop, and safe file writes.

A fix is all or nothing: its edits are applied together or not at all. Edits are positioned in
the ``Range`` convention (1-based lines, 0-based code-point columns) and converted to string
offsets here, the only place that knows how a file's lines end (LF, CRLF or a lone CR).
"""

from __future__ import annotations

import bisect
import os
import re
import stat
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from siglint.diagnostics import Applicability, Diagnostic, Edit, Fix, Range
from siglint.sources.python import encode_python, plain_text

# The line terminators of Python source (the tokenizer's, not str.splitlines' longer list).
_LINE_BREAK = re.compile(r"\r\n|\r|\n")

# An edit as string offsets: (start, end, replacement).
_Span = tuple[int, int, str]


class FileChangedError(OSError):
    """The file on disk is no longer the one that was read: writing it would lose someone's edit."""


@dataclass(frozen=True, slots=True)
class FixResult:
    """The outcome of ``fix_until_stable``."""

    text: str  # the fixed source (the input when nothing applied)
    fixed: tuple[Diagnostic, ...]  # every diagnostic whose fix was applied, over all passes
    diagnostics: tuple[Diagnostic, ...]  # what the linter still reports on ``text``
    notes: tuple[str, ...] = ()  # why fixing stopped early, for the user


def applies(fix: Fix, *, unsafe: bool) -> bool:
    """Whether ``--fix`` applies ``fix``: safe ones always, unsafe ones only when asked."""
    if fix.applicability is Applicability.SAFE:
        return True
    return unsafe and fix.applicability is Applicability.UNSAFE


def apply_fixes(
    text: str, diagnostics: Iterable[Diagnostic], *, unsafe: bool
) -> tuple[str, list[Diagnostic]]:
    """Apply every applicable fix that does not overlap an earlier one; return the diagnostics fixed.

    Fixes are taken in source order. One whose edits overlap an accepted edit (or each other, or
    fall outside the text) is skipped whole; the fix-until-stable loop gets another chance at it
    once the text has settled.
    """
    offsets = _LineOffsets(text)
    candidates: list[tuple[tuple[int, str], Diagnostic, list[_Span]]] = []
    for diagnostic in diagnostics:
        fix = diagnostic.fix
        if fix is None or not fix.edits or not applies(fix, unsafe=unsafe):
            continue
        try:
            spans = offsets.spans(fix.edits)
        except ValueError:
            continue
        candidates.append(((spans[0][0], diagnostic.code), diagnostic, spans))
    candidates.sort(key=lambda candidate: candidate[0])

    accepted: list[_Span] = []
    applied: list[Diagnostic] = []
    for _, diagnostic, spans in candidates:
        if all(span in accepted for span in spans):
            # Another diagnostic carried the very same fix: it is fixed too, but only once.
            applied.append(diagnostic)
        elif not any(_overlap(span, other) for span in spans for other in accepted):
            accepted.extend(spans)
            applied.append(diagnostic)
    return _splice(text, accepted), applied


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """``text`` with ``edits`` applied together; ``ValueError`` if they overlap or fall outside it."""
    return _splice(text, _LineOffsets(text).spans(edits))


def narrowed(text: str, edit: Edit) -> Edit:
    """``edit`` replacing only what it changes in ``text``: the text it would write back as it
    was, at either end, is left out (an edit regenerating a whole call to drop one argument
    becomes the deletion of that argument)."""
    offsets = _LineOffsets(text)
    where = edit.range
    start = offsets.offset(where.line, where.column)
    end = offsets.offset(where.end_line, where.end_column)
    old, new = text[start:end], edit.content
    prefix = _shared_length(old, new)
    suffix = _shared_length(old[prefix:][::-1], new[prefix:][::-1])
    # Never between the halves of a CRLF: either half alone is a line break of its own.
    while prefix and old[prefix - 1] == "\r":
        prefix -= 1
    while suffix and old[len(old) - suffix] == "\n":
        suffix -= 1
    return Edit(
        Range(*offsets.position(start + prefix), *offsets.position(end - suffix)),
        new[prefix : len(new) - suffix],
    )


def _shared_length(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` share at their start."""
    return next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )


def split_lines(text: str) -> list[str]:
    """The lines of ``text`` as Python numbers them (so ``Range.line`` indexes this list)."""
    return _LINE_BREAK.split(text)


def fix_until_stable(
    text: str,
    path: Path,
    check: Callable[[str], Sequence[Diagnostic]],
    *,
    unsafe: bool,
    max_passes: int = 10,
) -> FixResult:
    """Ruff's ``lint_fix``: check, apply fixes, check again, until no fix applies.

    A pass whose result no longer parses is thrown away and the loop stops with the last text
    that parsed, so a broken fix can never reach the disk.
    """
    diagnostics = tuple(check(text))
    fixed: list[Diagnostic] = []
    for _ in range(max_passes):
        new_text, applied = apply_fixes(text, diagnostics, unsafe=unsafe)
        if not applied or new_text == text:
            return FixResult(text, tuple(fixed), diagnostics)
        if not parses(new_text):
            codes = ", ".join(sorted({d.code for d in applied}))
            note = f"{path}: fixes for {codes} would leave the file unparseable; not applied"
            return FixResult(text, tuple(fixed), diagnostics, (note,))
        text = new_text
        fixed.extend(applied)
        diagnostics = tuple(check(text))
    note = f"{path}: fixes did not settle after {max_passes} passes"
    return FixResult(text, tuple(fixed), diagnostics, (note,))


def parses(text: str) -> bool:
    """Whether libcst (what the engine parses with) accepts ``text``."""
    # Imported here: reading sources and reporting must not wait for libcst's import.
    import libcst as cst

    try:
        cst.parse_module(plain_text(text))
    except (cst.ParserSyntaxError, RecursionError, ValueError):
        return False
    return True


def write_atomically(path: Path, text: str, original_bytes: bytes) -> None:
    """Write ``text`` over ``path`` in the file's own encoding, BOM and mode, or not at all.

    The new content goes to a temporary file in the same folder that then replaces the original
    in one ``os.replace``, so a crash leaves either the old file or the new one. Raises
    ``FileChangedError`` when the file no longer holds ``original_bytes`` (edited meanwhile),
    ``UnicodeEncodeError`` when the fixed text does not fit the file's encoding.
    """
    target = path.resolve()  # write through a symlink instead of replacing the link itself
    data = encode_python(text, original_bytes)
    if target.read_bytes() != original_bytes:
        raise FileChangedError(f"{path} changed on disk since it was read; not written")
    mode = target.stat().st_mode
    import tempfile  # here: only a run that writes a file needs it (3 ms of start-up)

    descriptor, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".siglint"
    )
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            # On disk before the rename: else a crash of the machine can keep the rename and
            # lose the data, leaving an empty file where the old one was.
            os.fsync(stream.fileno())
        os.chmod(temporary, stat.S_IMODE(mode))
        os.replace(temporary, target)
    except BaseException:
        os.unlink(temporary)
        raise


def _line_ending(text: str) -> str:
    first = _LINE_BREAK.search(text)
    return first.group() if first else "\n"


class _LineOffsets:
    """Converts (line, code-point column) positions of one text into string offsets."""

    def __init__(self, text: str) -> None:
        breaks = list(_LINE_BREAK.finditer(text))
        self._starts = [0, *(match.end() for match in breaks)]
        # Where each line's content ends, before its terminator: a column may not go past it.
        self._ends = [*(match.start() for match in breaks), len(text)]

    def offset(self, line: int, column: int) -> int:
        if not 1 <= line <= len(self._starts):
            raise ValueError(f"line {line} is outside the text")
        start = self._starts[line - 1]
        if not 0 <= column <= self._ends[line - 1] - start:
            raise ValueError(f"column {column} is outside line {line}")
        return start + column

    def position(self, offset: int) -> tuple[int, int]:
        """The (line, column) of a string offset."""
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line]

    def spans(self, edits: Iterable[Edit]) -> list[_Span]:
        """The edits as sorted offset spans; ``ValueError`` if one is misplaced or they overlap."""
        spans = []
        for edit in edits:
            where = edit.range
            start = self.offset(where.line, where.column)
            end = self.offset(where.end_line, where.end_column)
            if end < start:
                raise ValueError(f"edit range {where} ends before it starts")
            spans.append((start, end, edit.content))
        if any(_overlap(a, b) for a, b in combinations(spans, 2)):
            raise ValueError("the edits of one fix overlap")
        return sorted(spans, key=lambda span: (span[0], span[1]))


def _overlap(a: _Span, b: _Span) -> bool:
    """Edits overlap when they share text, or insert at the same point (their order is unknown)."""
    (a_start, a_end, _), (b_start, b_end, _) = a, b
    if a_start == a_end == b_start == b_end:
        return True
    return a_start < b_end and b_start < a_end


def _splice(text: str, spans: list[_Span]) -> str:
    # Edits are written with "\n"; the file keeps its own line endings.
    line_ending = _line_ending(text)
    parts: list[str] = []
    position = 0
    for start, end, content in sorted(spans, key=lambda span: (span[0], span[1])):
        parts.append(text[position:start])
        parts.append(_LINE_BREAK.sub(line_ending, content))
        position = end
    parts.append(text[position:])
    return "".join(parts)
