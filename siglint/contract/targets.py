"""The targets of two versions matched, and each pair's changes.

Targets are matched by file and qualname. Of those left, a target whose signature is found once
among the new ones (and nowhere else among the old) was renamed or moved; then, in each file,
one target gone and one new are the same target renamed. The rest were removed or added.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from siglint.contract.changes import Change
from siglint.contract.collect import Found
from siglint.contract.compare import compare, describe

# The outcomes with schemas to compare.
WITH_SCHEMAS = ("signature", "builtin")


@dataclass(frozen=True, slots=True)
class TargetDiff:
    """One target's changes, placed where it is now (or was, when it is gone)."""

    old: Found | None
    new: Found | None
    changes: tuple[Change, ...]

    @property
    def where(self) -> Found:
        found = self.new or self.old
        assert found is not None
        return found

    @property
    def breaking(self) -> bool:
        return any(change.breaking for change in self.changes)


def diff_targets(
    old: list[Found], new: list[Found], renamed: dict[str, str] | None = None
) -> list[TargetDiff]:
    """Every target of either version, with its changes (none when it did not change).

    ``renamed`` maps files git saw renamed (old key to new): their targets are matched as if the
    file had kept its name."""
    renamed = renamed or {}
    olds = _by_place(old, lambda t: renamed.get(t.key, t.key))
    news = _by_place(new, lambda t: t.key)
    diffs = [diff_pair(olds.pop(key), news.pop(key)) for key in list(news) if key in olds]
    for pairs in (_same_signature, _alone_in_file):
        for before, after in pairs(olds, news):
            olds = {key: t for key, t in olds.items() if t is not before}
            news = {key: t for key, t in news.items() if t is not after}
            diffs.append(diff_pair(before, after))
    for target in olds.values():
        what = f"model removed ({_outcome_text(target)})"
        diffs.append(TargetDiff(target, None, (Change("model", "", what, True),)))
    for target in news.values():
        diffs.append(TargetDiff(None, target, (Change("model", "", "new model", False),)))
    return sorted(diffs, key=lambda d: (d.where.key, d.where.line, d.where.qualname))


_Place = tuple[str, str, int]  # file, qualname, and which of the targets of that name there


def _by_place(targets: list[Found], file_of: Callable[[Found], str]) -> dict[_Place, Found]:
    """Targets by file and qualname; the second of a name in a file (a class defined in both
    branches of an ``if``) by its rank."""
    found: dict[_Place, Found] = {}
    seen: Counter[tuple[str, str]] = Counter()
    for target in targets:
        name = (file_of(target), target.qualname)
        found[(*name, seen[name])] = target
        seen[name] += 1
    return found


def _same_signature(
    olds: dict[_Place, Found], news: dict[_Place, Found]
) -> list[tuple[Found, Found]]:
    """Pairs whose signature is that of no other target left, on either side."""
    by_signature: dict[str, tuple[list[Found], list[Found]]] = defaultdict(lambda: ([], []))
    for side, targets in ((0, olds), (1, news)):
        for target in targets.values():
            if target.outcome in WITH_SCHEMAS:
                by_signature[repr((target.outcome, target.signature))][side].append(target)
    return [
        (before[0], after[0])
        for before, after in by_signature.values()
        if len(before) == 1 and len(after) == 1
    ]


def _alone_in_file(
    olds: dict[_Place, Found], news: dict[_Place, Found]
) -> list[tuple[Found, Found]]:
    """In each file, the one target gone and the one new."""
    gone: dict[str, list[Found]] = defaultdict(list)
    added: dict[str, list[Found]] = defaultdict(list)
    for (key, _, _), target in olds.items():
        gone[key].append(target)
    for target in news.values():
        added[target.key].append(target)
    return [
        (gone[key][0], added[key][0])
        for key in gone
        if len(gone[key]) == 1 and len(added.get(key, ())) == 1
    ]


def diff_pair(old: Found, new: Found) -> TargetDiff:
    """The changes from ``old`` to ``new``, the same target in two versions."""
    changes = []
    if (old.key, old.qualname) != (new.key, new.qualname):
        if old.key == new.key:
            what = f"renamed from {old.qualname}"
        else:
            what = f"moved from {old.key}:{old.qualname}"
        changes.append(Change("model", "", what, False))
    changes += _outcome_changes(old, new)
    return TargetDiff(old, new, tuple(changes))


def _outcome_changes(old: Found, new: Found) -> list[Change]:
    if old.outcome in WITH_SCHEMAS and new.outcome in WITH_SCHEMAS:
        return compare(old.signature, new.signature)
    if old.outcome == new.outcome:
        return []
    if new.outcome == "error":
        what = "MLflow now raises: the model can no longer be defined or logged"
        return [Change("model", "", what, True)]
    if old.outcome in WITH_SCHEMAS:
        what = (
            "MLflow no longer logs a signature from the type hints: the endpoint stops "
            "validating requests and gives predict a DataFrame"
        )
        return [Change("model", "", what, True)]
    if new.outcome in WITH_SCHEMAS:
        if old.outcome == "error":
            return [Change("model", "", "MLflow no longer raises: the model can be logged", False)]
        what = (
            'MLflow now logs a signature from the type hints: the endpoint takes {"inputs": ...} '
            "only, and rejects what does not match it"
        )
        return [Change("model", "", what, True)]
    return [Change("model", "", "MLflow no longer raises: the model can be logged", False)]


def _outcome_text(target: Found) -> str:
    if target.outcome in WITH_SCHEMAS and target.signature.inputs:
        inputs = ", ".join(describe(column) for column in target.signature.inputs)
        return f"its input was {inputs}"
    return "it had no signature"
