"""Rendering a ``siglint diff``: one module per ``--output-format``, each ``render(report)``."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from siglint.contract.changes import Change
from siglint.contract.targets import TargetDiff

FORMATS = ("concise", "full", "json", "github", "sarif", "markdown")
DEFAULT_FORMAT = "concise"


@dataclass(frozen=True, slots=True)
class DiffReport:
    """What a run compared: ``base`` names the old version (a revision, an MLmodel file)."""

    base: str
    targets: tuple[TargetDiff, ...]

    @property
    def changed(self) -> list[TargetDiff]:
        return [t for t in self.targets if t.changes]

    def counts(self) -> tuple[int, int]:
        """The breaking changes, and the compatible ones."""
        changes = [c for t in self.targets for c in t.changes]
        breaking = sum(c.breaking for c in changes)
        return breaking, len(changes) - breaking


def render(format_name: str, report: DiffReport) -> str:
    if format_name not in FORMATS:
        raise ValueError(f"unknown output format {format_name!r}")
    module = importlib.import_module(f"siglint.contract.render.{format_name}")
    return module.render(report)


def headline(target: TargetDiff, change: Change) -> str:
    """``Router input [].team: new required field (string)``: the target and what changed."""
    if change.part == "model":
        return f"{target.where.qualname}: {change.what}"
    return f"{target.where.qualname} {described(change)}"


def described(change: Change) -> str:
    """``input [].team: new required field (string)``; a change to the model: what it is."""
    if change.part == "model":
        return change.what
    field = f" {change.field}" if change.field else ""
    return f"{change.part}{field}: {change.what}"


def summary(report: DiffReport) -> str:
    breaking, compatible = report.counts()
    if not breaking and not compatible:
        models = len(report.targets)
        return f"No signature changes since {report.base} ({models} model{'' if models == 1 else 's'} compared)."
    parts = [f"{breaking} breaking", f"{compatible} compatible"]
    total = breaking + compatible
    return f"{total} signature change{'' if total == 1 else 's'} since {report.base}: {', '.join(parts)}."
