"""The results siglint produces: ranges, diagnostics, and the fixes they carry.

Positions are stored once, in one convention: 1-based lines and 0-based columns counted in
code points, as libcst reports them. Front ends convert at the edge (1-based columns for the
command line, UTF-16 for the language server).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True, order=True)
class Range:
    line: int
    column: int
    end_line: int
    end_column: int

    def to_json(self) -> dict:
        """Ruff's JSON positions: 1-based rows and columns."""
        return {
            "location": {"row": self.line, "column": self.column + 1},
            "end_location": {"row": self.end_line, "column": self.end_column + 1},
        }


class Applicability(str, Enum):
    """How far a fix can be trusted: ``--fix`` applies safe ones, ``--unsafe-fixes`` the rest."""

    SAFE = "safe"
    UNSAFE = "unsafe"
    DISPLAY_ONLY = "display-only"


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace the text of ``range`` (same convention as ``Range``) with ``content``."""

    range: Range
    content: str

    def to_json(self) -> dict:
        return {
            "content": self.content,
            **self.range.to_json(),
        }


@dataclass(frozen=True, slots=True)
class Fix:
    """A fix is data: computed with the diagnostic, applied by the CLI or shipped by the server."""

    title: str
    applicability: Applicability
    edits: tuple[Edit, ...]

    def to_json(self) -> dict:
        return {
            "applicability": self.applicability.value,
            "message": self.title,
            "edits": [e.to_json() for e in self.edits],
        }


@dataclass(frozen=True, slots=True)
class Related:
    """Another place a diagnostic is about: in another module, what makes this file's model fail
    (a definition that raises when the module imported runs)."""

    path: Path  # absolute
    range: Range
    message: str

    @property
    def where(self) -> str:
        """``helpers.py:3``, for a message."""
        return f"{self.path.name}:{self.range.line}"

    def shown(self) -> str:
        """The path as the command line shows it: relative to the working folder when under it."""
        from siglint.config.paths import shown  # not at the top: siglint.config imports this module

        return shown(self.path)

    def to_json(self) -> dict:
        return {
            "message": self.message,
            "filename": self.shown(),
            **self.range.to_json(),
        }


@dataclass(frozen=True, slots=True)
class Diagnostic:
    code: str
    name: str
    severity: Severity
    message: str
    range: Range
    fix: Fix | None = None
    related: tuple[Related, ...] = ()

    def to_json(self) -> dict:
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "message": self.message,
            "line": self.range.line,
            "column": self.range.column + 1,
            "end_line": self.range.end_line,
            "end_column": self.range.end_column + 1,
            **({"related": [r.to_json() for r in self.related]} if self.related else {}),
        }
