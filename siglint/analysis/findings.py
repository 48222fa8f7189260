"""Findings: problems on the way, before the engine places them in a file."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import libcst as cst

from siglint.analysis.edits import FixPlan
from siglint.analysis.module import ModuleInfo
from siglint.diagnostics import Related
from siglint.rules.annotation_type_error import RULE as ANNOTATION_TYPE_ERROR
from siglint.rules.module_import_fails import RULE as MODULE_IMPORT_FAILS
from siglint.rules.name_error_at_definition import RULE as NAME_ERROR_AT_DEFINITION

if TYPE_CHECKING:
    from siglint.analysis.consequences import NoSignature
    from siglint.analysis.evaluate import NameNotFound, OperatorError


@dataclass(frozen=True, slots=True)
class Finding:
    """A problem on the way, before it is placed in a file (``where`` is a CST node + module)."""

    code: str
    message: str
    module: ModuleInfo | None
    node: cst.CSTNode | None
    # Or what works the fix out, when that costs a walk (renaming parameters reads the whole
    # body): called only if the finding is placed, with its fix, in the file being checked.
    fix: FixPlan | Callable[[], FixPlan | None] | None = None
    # What the message says MLflow logs, when the log call decides it (``consequences``).
    consequence: NoSignature | None = None
    # Where, in another module than the model's, what it reports happens (``related_at``).
    related: tuple[Related, ...] = ()

    def fix_plan(self) -> FixPlan | None:
        return self.fix() if callable(self.fix) else self.fix

    @property
    def node_line(self) -> int | None:
        if self.module is None or self.node is None:
            return None
        return self.module.range_of(self.node).line

    def root_cause(self) -> Related | None:
        """Where the problem itself is: the first related place, else the finding's own."""
        if self.related:
            return self.related[0]
        if self.module is None or self.node is None:
            return None
        return related_at(self.message, self.module, self.node)


def related_at(message: str, module: ModuleInfo, node: cst.CSTNode) -> Related:
    """``node`` of ``module`` as related information: shown beside a finding placed in another
    file (SARIF ``relatedLocations``, LSP ``relatedInformation``)."""
    return Related(module.path, module.range_of(node), message)


class Raised(Exception):
    """MLflow (or Python) raises: the model cannot be defined or logged."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.message)
        self.finding = finding


# How the messages of what raises when a module runs end.
_IMPORT_RAISES = ": importing this module raises"


def name_error(module: ModuleInfo, error: NameNotFound, when: str) -> Finding:
    """SIG901: evaluating an annotation ``when`` the module runs raises ``NameError``."""
    raised = f"NameError: name '{error.name}' is not defined"
    return _raised_in(module, error, NAME_ERROR_AT_DEFINITION.code, raised, when)


def operator_error(module: ModuleInfo, error: OperatorError, when: str) -> Finding:
    """SIG902: ``A | B`` between things that are not types raises ``TypeError`` ``when``."""
    operands = " and ".join(f"`{o.runtime_str()}`" for o in error.operands)
    raised = f"TypeError: `|` is not supported between {operands}"
    return _raised_in(module, error, ANNOTATION_TYPE_ERROR.code, raised, when)


def _raised_in(
    module: ModuleInfo, error: NameNotFound | OperatorError, code: str, raised: str, when: str
) -> Finding:
    """``code`` where ``error`` arose in ``module``; SIG009 when it arose in an alias of a
    project module it imports (``Alias = Missing`` in ``helpers.py``): importing that module
    raises first, which the model's file reports, the alias being related information."""
    if error.module is module:
        return Finding(code, f"{raised} when {when}{_IMPORT_RAISES}.", module, error.node)
    runs = f"`{error.alias} = ...` runs" if error.alias else "it runs"
    cause = related_at(f"{raised} when {runs}{_IMPORT_RAISES}.", error.module, error.node)
    return imported_failure(module, error.module.name, cause)


def imported_failure(module: ModuleInfo | None, imported: str, cause: Related | None) -> Finding:
    """SIG009 for ``module``: importing the project module ``imported`` raises, ``cause`` saying
    where (there, or further down its imports), which the finding carries as related information."""
    why = "" if cause is None else f" ({cause.where}: {what_raises(cause.message)})"
    return Finding(
        MODULE_IMPORT_FAILS.code,
        f"Importing `{imported}` raises{why}.",
        module,
        None,
        related=() if cause is None else (cause,),
    )


def what_raises(message: str) -> str:
    """What raises, from the message of a finding about a module that raises when it runs."""
    return first_sentence(message).removesuffix(_IMPORT_RAISES)


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
