"""Gitignore-style path patterns, shared by ``exclude``, ``per-file-ignores`` and ``.gitignore``.

One matcher for all three keeps their meaning identical: a pattern without a slash matches a name
at any depth, one with a slash is anchored to its base folder, a trailing slash matches folders
only, ``**`` crosses folders, ``!`` re-includes, and the last matching pattern decides.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from siglint.config.paths import below

# Unescaped trailing blanks are not part of a gitignore pattern.
_TRAILING_BLANKS = re.compile(r"(?<!\\)[ \t]+$")


@dataclass(frozen=True, slots=True)
class Pattern:
    regex: re.Pattern[str]
    negated: bool
    dir_only: bool

    def matches(self, relative: str, *, is_dir: bool) -> bool:
        return (is_dir or not self.dir_only) and self.regex.fullmatch(relative) is not None


@lru_cache(maxsize=4096)
def compile_pattern(line: str) -> Pattern | None:
    """The pattern on one line of a gitignore file, or ``None`` for a blank line or a comment."""
    body = _TRAILING_BLANKS.sub("", line.rstrip("\r\n"))
    if not body or body.startswith("#"):
        return None
    negated = body.startswith("!")
    body = body.removeprefix("!")
    dir_only = body.endswith("/")
    body = body.rstrip("/")
    anchored = "/" in body
    body = body.removeprefix("/")
    if not body:
        return None
    regex = _translate(body) if anchored else "(?:.*/)?" + _translate(body)
    try:
        return Pattern(re.compile(regex, re.DOTALL), negated, dir_only)
    except re.error:  # ``[z-a]``: git's wildmatch matches nothing with it, nor does siglint
        return None


def glob_problem(glob: str) -> str | None:
    """Why ``glob`` can never match (a reversed range such as ``[z-a]``), or ``None``."""
    try:
        re.compile(_translate(glob.strip("/")), re.DOTALL)
    except re.error as error:
        return str(error)
    return None


def _translate(glob: str) -> str:
    parts: list[str] = []
    i, size = 0, len(glob)
    while i < size:
        char = glob[i]
        if glob.startswith("**", i) and (i == 0 or glob[i - 1] == "/"):
            if i + 2 == size:
                parts.append(".*")
                i += 2
                continue
            if glob[i + 2] == "/":
                parts.append("(?:.*/)?")
                i += 3
                continue
        if char == "*":
            while glob.startswith("*", i + 1):  # other runs of stars are one star, as in git
                i += 1
            parts.append("[^/]*")
        elif char == "?":
            parts.append("[^/]")
        elif char == "[" and (end := _class_end(glob, i)) != -1:
            parts.append(_translate_class(glob[i + 1 : end]))
            i = end
        elif char == "\\" and i + 1 < size:
            i += 1
            parts.append(re.escape(glob[i]))
        else:
            parts.append(re.escape(char))
        i += 1
    return "".join(parts)


def _class_end(glob: str, start: int) -> int:
    """Index of the ``]`` closing the class opened at ``start`` (a leading ``]`` is literal)."""
    i = start + 1
    if i < len(glob) and glob[i] in "!^":
        i += 1
    if i < len(glob) and glob[i] == "]":
        i += 1
    return glob.find("]", i)


def _translate_class(body: str) -> str:
    negated = body[:1] in ("!", "^")
    body = body[1:] if negated else body
    members = "".join(char if char == "-" else re.escape(char) for char in body)
    # A class never matches the folder separator, negated or not.
    return f"[^/{members}]" if negated else f"(?!/)[{members}]"


@dataclass(frozen=True, slots=True)
class PatternList:
    """Patterns relative to ``base``, like one ``.gitignore`` file: the last match decides."""

    base: Path
    patterns: tuple[Pattern, ...]
    # Any pattern at all, for a folder, and any but those of folders only, for a file, in one
    # regular expression each: most paths a search meets match none, and are told so at once.
    _any_for_folder: re.Pattern[str] = field(repr=False, compare=False)
    _any_for_file: re.Pattern[str] = field(repr=False, compare=False)

    @classmethod
    def parse(cls, base: Path, lines: Iterable[str]) -> PatternList:
        return _parsed(base, tuple(lines))

    def decide(self, path: Path | str, *, is_dir: bool) -> bool | None:
        """``True`` if the path itself is matched, ``False`` if re-included, ``None`` if neither."""
        relative = _relative(str(path), str(self.base))
        if not relative:
            return None
        if (self._any_for_folder if is_dir else self._any_for_file).fullmatch(relative) is None:
            return None
        for pattern in reversed(self.patterns):
            if pattern.matches(relative, is_dir=is_dir):
                return not pattern.negated
        return None

    def covers(self, path: Path, *, is_dir: bool) -> bool:
        """Whether the path, or one of its folders below ``base``, is matched.

        A matched folder takes everything in it: as in git, nothing inside can be re-included.
        """
        candidates = [(path, is_dir)]
        candidates += [
            (folder, True) for folder in path.parents if _strictly_below(folder, self.base)
        ]
        return any(self.decide(p, is_dir=d) for p, d in candidates)


@lru_cache(maxsize=1024)
def _parsed(base: Path, lines: tuple[str, ...]) -> PatternList:
    """The patterns of ``lines``, once per run: each file's settings ask for their excludes."""
    patterns = tuple(p for p in map(compile_pattern, lines) if p is not None)
    return PatternList(
        base,
        patterns,
        _any_of(patterns),
        _any_of(p for p in patterns if not p.dir_only),
    )


def _any_of(patterns: Iterable[Pattern]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p.regex.pattern})" for p in patterns), re.DOTALL)


def _relative(path: str, base: str) -> str:
    """``path`` relative to ``base``, with ``/``; outside it, the absolute path, where unanchored
    patterns still match names (so the default excludes apply to a folder given from elsewhere)."""
    relative = below(path, base)
    if relative is None:
        return path.replace(os.sep, "/").lstrip("/")
    return relative.replace(os.sep, "/")


def _strictly_below(path: Path, base: Path) -> bool:
    return path != base and path.is_relative_to(base)
