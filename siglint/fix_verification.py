"""Fixes you can trust: a fix is kept only if the code it makes is better, checked by re-analysis.

A rule builds its fix from the syntax tree, but only applying it says what it really does. For
each diagnostic with a fix, the fix is applied alone to the text and the result checked again;
the fix is kept only when the fixed code compiles, the finding is gone, no target's outcome
(what MLflow does with it) got worse and, unless one got better, no new finding appeared. Any
other fix is dropped from its diagnostic: not applied by ``--fix``, not counted as fixable, not
offered by the server, which all read the diagnostics this returns.

The title of a kept fix that changes what MLflow logs says what it logs afterwards.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import replace
from typing import TYPE_CHECKING

from siglint.diagnostics import Applicability, Diagnostic, Fix
from siglint.fixes import apply_edits
from siglint.notation import schema_repr
from siglint.rules.internal_error import RULE as INTERNAL_ERROR
from siglint.rules.syntax_error import RULE as SYNTAX_ERROR

if TYPE_CHECKING:
    from siglint.results import CheckResult, TargetReport

_RANK = {"error": 0, "no_signature": 1, "signature": 2, "builtin": 2}
# Findings that say siglint could not read or check the fixed code at all.
_BROKEN = frozenset({INTERNAL_ERROR.code, SYNTAX_ERROR.code})
# A title that would not fit on a line of a menu says less.
_LONGEST_SCHEMA = 60


def trusted_fixes(
    result: CheckResult,
    text: str,
    recheck: Callable[[str], CheckResult],
    only: Collection[Diagnostic] | None = None,
) -> CheckResult:
    """``result`` with only the fixes that re-analysis confirms (of ``only``'s diagnostics when
    given; the others stay as they are); ``recheck`` checks a fixed ``text`` (without verifying
    its fixes in turn). Costs one check per fix, and nothing for a file without fixes."""
    checked: dict[str, CheckResult | None] = {}
    compiled: list[bool] = []  # whether CPython compiles ``text``, once asked

    def after(fixed: str) -> CheckResult | None:
        """The check of ``fixed``; None when a fix made code CPython refuses."""
        if fixed not in checked:
            if not compiled:
                compiled.append(_compiles(text))
            # Only what the fix broke counts: a file CPython refuses already may still be fixed.
            # (What libcst refuses, the check reports as SIG999.)
            accepted = _compiles(fixed) or not compiled[0]
            checked[fixed] = recheck(fixed) if accepted else None
        return checked[fixed]

    kept: dict[Diagnostic, Diagnostic] = {}
    for diagnostic in result.diagnostics:
        fix = diagnostic.fix
        if fix is None or fix.applicability is Applicability.DISPLAY_ONLY:
            continue
        if only is not None and diagnostic not in only:
            continue
        try:
            fixed = apply_edits(text, fix.edits)
        except ValueError:
            fixed_result = None
        else:
            fixed_result = after(fixed) if fixed != text else None
        verdict = None if fixed_result is None else _verdict(diagnostic, result, fixed_result)
        kept[diagnostic] = replace(diagnostic, fix=verdict)
    if not kept:
        return result
    targets = tuple(
        replace(target, diagnostics=tuple(kept.get(d, d) for d in target.diagnostics))
        for target in result.targets
    )
    diagnostics = tuple(kept.get(d, d) for d in result.diagnostics)
    return replace(result, targets=targets, diagnostics=diagnostics)


def outcome_rank(outcome: str) -> int:
    """How good a target's outcome is for the user: a signature (or MLflow's own one) beats
    none, which beats a raise."""
    return _RANK[outcome]


def _verdict(diagnostic: Diagnostic, before: CheckResult, after: CheckResult) -> Fix | None:
    """``diagnostic``'s fix if what it made (``after``) is better than ``before``, else None;
    with a title that says what MLflow then logs, when that changed."""
    assert diagnostic.fix is not None
    key = (diagnostic.code, diagnostic.message)
    if _count(after.diagnostics)[key] >= _count(before.diagnostics)[key]:
        return None  # the finding is still there
    pairs = _paired_targets(before.targets, after.targets)
    if pairs is None:
        return None  # a target vanished (or appeared): not what a fix should do
    ranks = [(outcome_rank(old.outcome), outcome_rank(new.outcome)) for old, new in pairs]
    if any(new < old for old, new in ranks):
        return None
    codes_before = Counter(d.code for d in before.diagnostics)
    new_codes = Counter(d.code for d in after.diagnostics) - codes_before
    if new_codes.keys() & _BROKEN:
        return None
    if new_codes and not any(new > old for old, new in ranks):
        return None  # one problem traded for another
    owner = next((old for old in before.targets if diagnostic in old.diagnostics), None)
    pair = next(((old, new) for old, new in pairs if old is owner), None)
    return _titled(diagnostic.fix, *pair) if pair is not None else diagnostic.fix


def _titled(fix: Fix, old: TargetReport, new: TargetReport) -> Fix:
    """``fix`` with what MLflow logs as input after it, when that is new and fits a title."""
    if new.outcome != "signature" or not new.input_schema:
        return fix
    if old.outcome == "signature" and old.input_schema == new.input_schema:
        return fix
    logged = schema_repr(new.input_schema)
    if len(logged) > _LONGEST_SCHEMA:
        return replace(fix, title=f"{fix.title}: MLflow then logs a signature from the hints")
    return replace(fix, title=f"{fix.title}: the input becomes {logged}")


def _paired_targets(
    before: tuple[TargetReport, ...], after: tuple[TargetReport, ...]
) -> list[tuple[TargetReport, TargetReport]] | None:
    """Each target before a fix with itself after it (by name and kind, in order); None when
    the fix made a target vanish or appear."""
    if sorted((t.name, t.kind) for t in before) != sorted((t.name, t.kind) for t in after):
        return None
    remaining = list(after)
    pairs = []
    for old in before:
        new = next(t for t in remaining if (t.name, t.kind) == (old.name, old.kind))
        remaining.remove(new)
        pairs.append((old, new))
    return pairs


def _count(diagnostics: tuple[Diagnostic, ...]) -> Counter[tuple[str, str]]:
    return Counter((d.code, d.message) for d in diagnostics)


def _compiles(text: str) -> bool:
    """Whether CPython compiles ``text``, which runs none of it: beyond the grammar, its compiler
    refuses a parameter named twice or ``return`` outside a function."""
    try:
        compile(text, "<fixed>", "exec", dont_inherit=True)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    return True
