"""Rendering diagnostics for people and tools: one module per ``--output-format``.

Every format module exposes ``render(reports) -> str``; ``render(format_name, reports)`` picks
the module by name. The formats are Ruff's, field for field where Ruff has them, so tooling that
reads Ruff's output (reviewdog, code-scanning uploads, CI annotations) reads siglint's.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from siglint.diagnostics import Diagnostic

FORMATS = ("concise", "full", "json", "json-lines", "sarif", "github", "junit")
DEFAULT_FORMAT = "concise"
# The formats written for people: they end with a summary and can list what --fix changed.
TEXT_FORMATS = ("concise", "full")


@dataclass(frozen=True, slots=True)
class FileReport:
    """One checked file: its name as shown, the source the diagnostics point into, and findings."""

    path: str
    source: str
    diagnostics: tuple[Diagnostic, ...]
    fixed: tuple[Diagnostic, ...] = ()  # what --fix changed in this file
    unsafe_fixes: bool = False  # whether this file's settings let --fix apply unsafe fixes


def render(format_name: str, reports: list[FileReport], *, show_fixes: bool = False) -> str:
    """``reports`` in ``format_name``; ``show_fixes`` lists what --fix changed (text formats)."""
    if format_name not in FORMATS:
        raise ValueError(f"unknown output format {format_name!r}")
    # Imported on use: a run needs one format, and format modules import ``FileReport`` from here.
    module = importlib.import_module(f"siglint.output.{format_name.replace('-', '_')}")
    if format_name in TEXT_FORMATS:
        return module.render(reports, show_fixes=show_fixes)
    return module.render(reports)
