"""Findings: problems on the way, before the engine places them in a file."""

from __future__ import annotations

from dataclasses import dataclass

import libcst as cst

from siglint.analysis.edits import FixPlan
from siglint.analysis.module import ModuleInfo


@dataclass(frozen=True, slots=True)
class Finding:
    """A problem on the way, before it is placed in a file (``where`` is a CST node + module)."""

    code: str
    message: str
    module: ModuleInfo | None
    node: cst.CSTNode | None
    fix: FixPlan | None = None

    @property
    def node_line(self) -> int | None:
        if self.module is None or self.node is None:
            return None
        return self.module.range_of(self.node).line


class Raised(Exception):
    """MLflow (or Python) raises: the model cannot be defined or logged."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.message)
        self.finding = finding


def first_sentence(message: str) -> str:
    head = message.split(". ")[0].rstrip(".")
    return head if len(head) < 160 else head[:157] + "..."


def dedupe(findings: list[Finding]) -> list[Finding]:
    seen = set()
    result = []
    for f in findings:
        key = (f.code, id(f.module), id(f.node))
        if key not in seen:
            seen.add(key)
            result.append(f)
    return result
