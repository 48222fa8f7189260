"""The results siglint produces: ranges, diagnostics, and (later) the fixes they carry.

Positions are stored once, in one convention: 1-based lines and 0-based columns counted in
code points, as libcst reports them. Front ends convert at the edge (1-based columns for the
command line, UTF-16 for the language server).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


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


@dataclass(frozen=True, slots=True)
class Diagnostic:
    code: str
    name: str
    severity: Severity
    message: str
    range: Range

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
        }
