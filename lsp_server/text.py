"""Positions between the core's convention and the client's, and edits applied to a text.

The core counts 1-based lines and 0-based columns in code points; LSP counts 0-based lines and
columns in the negotiated encoding's code units (UTF-16 unless the client offered another).
Both split lines at ``\\n``, ``\\r\\n`` and a lone ``\\r`` only. pygls' own documents split
with ``str.splitlines``, which also breaks at form feeds, ``\\x1c``-``\\x1e``, ``\\x85`` and
``\\u2028``: a form feed in a file would shift every finding below it, which is why the server
keeps its own texts and converts positions here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property

from lsprotocol import types

from siglint.diagnostics import Range

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def code_units(text: str, encoding: str) -> int:
    """How many code units ``text`` takes in ``encoding`` (an LSP ``PositionEncodingKind``)."""
    if encoding == types.PositionEncodingKind.Utf8:
        return len(text.encode("utf-8", "surrogatepass"))
    if encoding == types.PositionEncodingKind.Utf32:
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


class Text:
    """One version of a document's text, and conversions between positions in it."""

    def __init__(self, source: str, encoding: str) -> None:
        self.source = source
        self.encoding = encoding

    @cached_property
    def _starts(self) -> list[int]:
        return [0, *(found.end() for found in _LINE_BREAK.finditer(self.source))]

    @cached_property
    def lines(self) -> list[str]:
        """The lines without their terminators; ``Range.line`` ``n`` is ``lines[n - 1]``."""
        return _LINE_BREAK.split(self.source)

    def to_client(self, line: int, column: int) -> types.Position:
        """The LSP position of a core position (clamped to the text)."""
        if line > len(self.lines):
            return types.Position(len(self.lines) - 1, code_units(self.lines[-1], self.encoding))
        row = max(line, 1) - 1
        before = self.lines[row][: max(column, 0)]
        return types.Position(row, code_units(before, self.encoding))

    def range_to_client(self, where: Range) -> types.Range:
        return types.Range(
            self.to_client(where.line, where.column),
            self.to_client(where.end_line, where.end_column),
        )

    def from_client(self, position: types.Position) -> tuple[int, int]:
        """The core position (1-based line, code-point column) of an LSP position, clamped."""
        if position.line >= len(self.lines):
            return len(self.lines), len(self.lines[-1])
        line = self.lines[max(position.line, 0)]
        if self.encoding == types.PositionEncodingKind.Utf32:
            return position.line + 1, min(max(position.character, 0), len(line))
        units = 0
        for column, char in enumerate(line):
            if units >= position.character:
                return position.line + 1, column
            units += code_units(char, self.encoding)
        return position.line + 1, len(line)

    def offset(self, position: types.Position) -> int:
        """The string index of an LSP position."""
        line, column = self.from_client(position)
        return self._starts[line - 1] + column

    def position_at(self, offset: int) -> types.Position:
        """The LSP position of a string index."""
        row = bisect_right(self._starts, offset) - 1
        return self.to_client(row + 1, offset - self._starts[row])

    def apply_change(self, change: types.TextDocumentContentChangeEvent) -> str:
        """The source after one ``didChange`` content change (a range edit or the whole text)."""
        if isinstance(change, types.TextDocumentContentChangePartial):
            start = self.offset(change.range.start)
            end = max(self.offset(change.range.end), start)
            return self.source[:start] + change.text + self.source[end:]
        return change.text

    def replacement(self, new_source: str) -> types.TextEdit | None:
        """One edit turning this text into ``new_source``: the span between their common ends.

        Smaller than replacing the whole document, so the client keeps the cursor, folds and
        marks outside it; ``None`` when nothing changes.
        """
        old = self.source
        if old == new_source:
            return None
        start = 0
        limit = min(len(old), len(new_source))
        while start < limit and old[start] == new_source[start]:
            start += 1
        end = 0
        while end < limit - start and old[-1 - end] == new_source[-1 - end]:
            end += 1
        # Never split a "\r\n" pair: a position between them does not exist for the client.
        if 0 < start < len(old) and old[start - 1] == "\r" and old[start] == "\n":
            start -= 1
        if end and len(old) - end > 0 and old[-end] == "\n" and old[-end - 1] == "\r":
            end -= 1
        where = types.Range(self.position_at(start), self.position_at(len(old) - end))
        return types.TextEdit(where, new_source[start : len(new_source) - end])
