"""Suppression comments: which findings the author silenced, and which silencers did nothing.

Forms, at the end of a line or on a line of their own:

- ``# noqa`` (every code) and ``# noqa: SIG101, SIG102`` (codes or code prefixes), as flake8 and
  Ruff read them, so one comment can serve several tools; codes that are not siglint's
  (``E501``) are left to their tools and never reported unused;
- ``# siglint: ignore[SIG101, input-not-list]`` (codes, prefixes or siglint's rule names; another
  tool's name, ``unused-import``, is left to it);
- ``# siglint: noqa`` or ``# siglint: noqa: SIG1`` on a line of its own: the whole file.

A comment anywhere on a logical line (the trailing one of any of its physical lines, or one on
its own line inside its brackets) covers the whole logical line, so a finding anywhere in a
multi-line ``def`` can be silenced once. A comment on its own line between logical lines covers
the next one.
"""

from __future__ import annotations

import bisect
import io
import re
import tokenize
from collections.abc import Iterator
from dataclasses import dataclass, replace

from siglint.config.selectors import LINTER_PREFIX, is_code_prefix, rule_named

_CODE = r"[A-Z]+[0-9]*(?![\w-])"
_NOQA = re.compile(
    r"#\s*(?P<siglint>siglint\s*:\s*)?(?i:noqa)"
    # Codes after a colon; a colon followed by anything else is not a directive (as in Ruff).
    rf"(?:\s*:\s*(?P<codes>{_CODE}(?:[\s,]+{_CODE})*)|(?![\w-]|\s*:))"
)
_IGNORE = re.compile(r"#\s*siglint\s*:\s*ignore\[(?P<codes>[^\]]*)\]")
# A word every directive holds.
_DIRECTIVE_WORD = re.compile(r"noqa|siglint", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s,]+")


@dataclass(frozen=True, slots=True)
class Suppression:
    """One suppression directive: where it is, which codes it names and which lines it covers.

    ``codes`` is empty for a bare ``# noqa``, which silences everything. ``column`` and
    ``end_column`` (0-based, in code points) delimit the directive within its comment.
    ``named`` when it names siglint (``# siglint: noqa``, ``# siglint: ignore[...]``): a bare
    ``# noqa`` serves every linter, so siglint never calls it unused.
    """

    line: int
    column: int
    end_column: int
    codes: tuple[str, ...]
    lines: range
    file_level: bool = False
    named: bool = False


class Suppressions:
    """The suppressions of one file, remembering which were used."""

    def __init__(self, items: tuple[Suppression, ...], logical: _LogicalLines) -> None:
        self.items = items
        self._logical = logical
        self._used: dict[int, set[str]] = {}  # index in items → tokens used ("" for a bare noqa)

    def suppresses(self, code: str, name: str, line: int) -> bool:
        """Whether a finding ``code`` (``name``) on ``line`` is silenced; marks what silenced it."""
        silenced = False
        for index, item in enumerate(self.items):
            if not (item.file_level or line in item.lines):
                continue
            tokens = [t for t in item.codes if _picks(t, code, name)] if item.codes else [""]
            if tokens:
                self._used.setdefault(index, set()).update(tokens)
                silenced = True
        return silenced

    def unused(self) -> list[Suppression]:
        """Each suppression that silenced nothing, with only its never-used siglint codes."""
        result = []
        for index, item in enumerate(self.items):
            used = self._used.get(index, set())
            if not item.codes and not used and item.named:
                result.append(item)
            idle = tuple(t for t in item.codes if t not in used and _is_ours(t))
            if idle:
                result.append(replace(item, codes=idle))
        return result

    def noqa_row(self, line: int) -> int:
        """The line where a ``# noqa`` for a finding on ``line`` goes: its logical line's last."""
        around = self._logical.around(line)
        return line if around is None else around[1]


def parse_suppressions(text: str) -> Suppressions:
    """Read the suppression comments of a module; never fails, even on code that does not parse."""
    try:
        comments, spans = _scan_tokens(text)
    except (tokenize.TokenError, SyntaxError):
        comments, spans = _scan_lines(text)
    logical = _LogicalLines(spans)
    whole_file = range(1, text.count("\n") + 2)
    items = []
    for comment in comments:
        for found, codes, named, file_wide in _directives(comment.text):
            file_level = file_wide and comment.own_line
            lines = whole_file if file_level else logical.covered_by(comment.line)
            start, end = found.span()
            column = comment.column
            items.append(
                Suppression(
                    comment.line, column + start, column + end, codes, lines, file_level, named
                )
            )
    return Suppressions(tuple(items), logical)


def may_suppress(text: str) -> bool:
    """Whether ``text`` may hold a directive: true whenever ``parse_suppressions`` would find
    one, and without tokenizing (most files have neither word a directive needs)."""
    return next(_possible_directives(text), None) is not None


def may_report_unused(text: str) -> bool:
    """Whether ``text`` may hold a directive siglint would call unused (SIG900): one that names
    siglint or one of its codes; a bare ``# noqa`` or one of other tools' codes never is."""
    # Such a directive spells ``siglint`` or a code (``SIG1``), as is: two plain searches tell
    # most files apart, faster than a case-blind one.
    if "siglint" not in text and LINTER_PREFIX not in text:
        return False
    return any(
        named or any(map(_is_ours, codes)) for _, codes, named, _ in _possible_directives(text)
    )


def _possible_directives(
    text: str,
) -> Iterator[tuple[re.Match[str], tuple[str, ...], bool, bool]]:
    """The directives of ``text``, or more: each line holding ``noqa`` or ``siglint`` is read
    from its first ``#``: its comment, and maybe a string that looks like one, which only errs on
    the safe side."""
    lowered = text.lower()
    if "noqa" not in lowered and "siglint" not in lowered:  # faster than the search below
        return
    carriage = "\r" in text
    line_end = -1
    for at in _word_positions(text, lowered):
        if at < line_end:  # the line was read already
            continue
        start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        if carriage:  # a lone \r ends a line too
            start = max(start, text.rfind("\r", 0, at) + 1)
            found = text.find("\r", at, line_end)
            line_end = line_end if found < 0 else found
        line = text[start:line_end]
        comment = line.find("#")
        if comment >= 0:
            yield from _directives(line[comment:])


def _word_positions(text: str, lowered: str) -> list[int]:
    """Where a word every directive holds starts in ``text``: found in ``lowered`` (a plain
    search, many times faster than a case-blind pattern) when lowering kept every position."""
    if len(lowered) != len(text):
        return [found.start() for found in _DIRECTIVE_WORD.finditer(text)]
    positions = []
    for word in ("noqa", "siglint"):
        at = lowered.find(word)
        while at >= 0:
            positions.append(at)
            at = lowered.find(word, at + 1)
    return sorted(positions)


def _picks(token: str, code: str, name: str) -> bool:
    return token == name or (is_code_prefix(token) and code.startswith(token))


def _is_ours(token: str) -> bool:
    """A code prefix or the name of one of siglint's rules; any other word (``unused-import``,
    a Ruff or pylint name) belongs to another tool."""
    return is_code_prefix(token) or rule_named(token) is not None


def _directives(comment: str) -> Iterator[tuple[re.Match[str], tuple[str, ...], bool, bool]]:
    """Each siglint directive in a comment, with the codes it names, whether it names siglint,
    and whether it is a ``siglint: noqa`` (for the whole file, when on a line of its own)."""
    for found in _NOQA.finditer(comment):
        codes = _split(found["codes"])
        # A list of only other tools' codes is theirs, not ours to judge.
        if found["siglint"] or not codes or any(map(_is_ours, codes)):
            yield found, codes, bool(found["siglint"]), bool(found["siglint"])
    for found in _IGNORE.finditer(comment):
        codes = _split(found["codes"])
        if codes:
            yield found, codes, True, False


def _split(codes: str | None) -> tuple[str, ...]:
    return tuple(c for c in _SEPARATORS.split(codes or "") if c)


@dataclass(frozen=True, slots=True)
class _Comment:
    line: int
    column: int
    text: str
    own_line: bool


class _LogicalLines:
    """The logical lines of a module, each as its first and last physical line."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._spans = spans
        self._firsts = [first for first, _ in spans]

    def around(self, line: int) -> tuple[int, int] | None:
        at = bisect.bisect_right(self._firsts, line) - 1
        return self._spans[at] if at >= 0 and self._spans[at][1] >= line else None

    def covered_by(self, line: int) -> range:
        """The lines a comment on ``line`` covers: its logical line, or else the next one."""
        span = self.around(line)
        if span is None:
            at = bisect.bisect_right(self._firsts, line)
            span = self._spans[at] if at < len(self._spans) else (0, -1)
        return range(span[0], span[1] + 1)


_NOT_CODE = {tokenize.NL, tokenize.INDENT, tokenize.DEDENT, tokenize.ENCODING, tokenize.ENDMARKER}


def _scan_tokens(text: str) -> tuple[list[_Comment], list[tuple[int, int]]]:
    """Comments and logical lines as the tokenizer sees them."""
    comments: list[_Comment] = []
    spans: list[tuple[int, int]] = []
    first: int | None = None
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        if token.type == tokenize.COMMENT:
            row, column = token.start
            own_line = not token.line[:column].strip()
            comments.append(_Comment(row, column, token.string, own_line))
        elif token.type == tokenize.NEWLINE:
            if first is not None:
                spans.append((first, token.start[0]))
            first = None
        elif first is None and token.type not in _NOT_CODE:
            first = token.start[0]
    return comments, spans


def _scan_lines(text: str) -> tuple[list[_Comment], list[tuple[int, int]]]:
    """A cruder reading for code the tokenizer rejects: every line with code is a logical line,
    and a ``#`` starts a comment (even inside a string)."""
    comments: list[_Comment] = []
    spans: list[tuple[int, int]] = []
    for row, line in enumerate(text.splitlines(), start=1):
        column = line.find("#")
        code = line if column < 0 else line[:column]
        if column >= 0:
            comments.append(_Comment(row, column, line[column:], not code.strip()))
        if code.strip():
            spans.append((row, row))
    return comments, spans
