"""Parsing an edited module again, by the top-level statements the edit touched.

The language server checks a document after each edit, and libcst takes a fifth of a second for a
2,000-line module. Between two versions, the text before the first changed character and after
the last one is the same, and so are the top-level statements that lie entirely there: only the
statements the edit touched are parsed again, between one unchanged statement on each side.
Those two must come out of the parse exactly as before, which proves that the edit did not change
how the text around it reads (a string or a bracket left open, a comment that now belongs to
another block). The tree is then the one a whole parse gives: the module's settings that libcst
reads from the whole text (line break, indentation, encoding, final line break) come from text
the edit did not reach. When anything is in doubt, the whole text is parsed.
"""

from __future__ import annotations

import bisect

import libcst as cst

from siglint.analysis.imports import module_name_for
from siglint.analysis.module import ModuleInfo, Splice
from siglint.analysis.project import PARSE_ERRORS, parse, unvalidated


def reparse(previous: ModuleInfo, text: str) -> ModuleInfo:
    """``text`` (an edit of ``previous.text``) parsed as the module ``previous`` was; raises one
    of ``PARSE_ERRORS`` as ``parse`` does."""
    if text == previous.text:
        return previous
    spliced = _splice(previous, text)
    if spliced is None:
        return parse(previous.path, text)
    tree, starts, splice = spliced
    # Named again: an ``__init__.py`` created or deleted since changes the package it is in.
    module = ModuleInfo(previous.path, module_name_for(previous.path)[0], text, tree)
    module.__dict__["statement_starts"] = starts  # known: no need to generate the code again
    module.reuse(previous, splice)
    return module


def _splice(previous: ModuleInfo, text: str) -> tuple[cst.Module, list[int], Splice] | None:
    """The new tree, its statements' offsets, and how it was made; None to parse it all."""
    old, tree = previous.text, previous.tree
    body, starts = tree.body, previous.statement_starts
    if starts is None:
        return None
    shortest = min(len(old), len(text))
    same_start = _common_prefix(old, text, shortest)
    same_end = _common_suffix(old, text, shortest - same_start)
    changed_from, changed_to = same_start, len(old) - same_end
    # The statements the change touches (one that starts where it starts may have grown from
    # the one before), and one unchanged statement on each side.
    before = bisect.bisect_left(starts, changed_from) - 2
    after = bisect.bisect_right(starts, changed_to)
    if before < 0 or after >= len(body) - 1:  # the module's first or last lines: parse it all
        return None
    # libcst's default indentation is the first block's: it must lie before the change.
    if not any(_has_block(statement) for statement in body[: before + 1]):
        return None
    shift = len(text) - len(old)
    newline = tree.default_newline
    fragment = text[starts[before] : starts[after + 1] + shift]
    try:
        with unvalidated():
            parsed = cst.parse_module(f"pass{newline}{fragment}")
    except PARSE_ERRORS:
        return None
    if (
        parsed.header
        or parsed.footer
        or parsed.default_indent != tree.default_indent
        or parsed.default_newline != newline
        or len(parsed.body) < 3
        or not parsed.body[1].deep_equals(body[before])
        or not parsed.body[-1].deep_equals(body[after])
    ):
        return None
    edited = parsed.body[2:-1]
    spliced = tree.with_changes(body=[*body[: before + 1], *edited, *body[after:]])
    codes = [spliced.code_for_node(statement) for statement in edited]
    if "".join(codes) != text[starts[before + 1] : starts[after] + shift]:
        return None  # libcst would not give the text back: its offsets would be wrong
    new_starts = starts[: before + 2]
    for code in codes:
        new_starts.append(new_starts[-1] + len(code))
    new_starts += [start + shift for start in starts[after + 1 :]]
    splice = Splice(before + 1, len(edited), after, starts[before + 1], starts[after])
    return spliced, new_starts, splice


def _has_block(statement: cst.BaseStatement) -> bool:
    return isinstance(getattr(statement, "body", None), cst.IndentedBlock)


def _common_prefix(a: str, b: str, limit: int) -> int:
    """The length of the longest common prefix of ``a`` and ``b``, at most ``limit``: slices
    compared in halves (each comparison runs in C)."""
    low, high = 0, limit
    while low < high:
        middle = (low + high + 1) // 2
        if a[low:middle] == b[low:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _common_suffix(a: str, b: str, limit: int) -> int:
    """The length of the longest common suffix of ``a`` and ``b``, at most ``limit``."""
    low, high = 0, limit
    while low < high:
        middle = (low + high + 1) // 2
        if a[len(a) - middle : len(a) - low] == b[len(b) - middle : len(b) - low]:
            low = middle
        else:
            high = middle - 1
    return low
