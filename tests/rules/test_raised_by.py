"""From a rule to the code that raises it in one step: each rule module names its checks
(``RAISED_BY``) and each check refers to the rule object, never to its code as a string."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from pathlib import Path
from types import ModuleType

import pytest

import siglint.rules as rules_package
from siglint.rules.registry import Rule

ROOT = Path(__file__).resolve().parents[2]
RULE_MODULES = [
    importlib.import_module(f"siglint.rules.{info.name}")
    for info in pkgutil.iter_modules(rules_package.__path__)
    if info.name != "registry" and not info.name.startswith("_")
]
CODE = re.compile(r"SIG\d{3}")
# Files that may spell a code as a string. The pre-filter's table classifies every rule by what a
# file must contain for it to fire (tests/perf/test_prefilter.py checks it covers the registry); it raises
# nothing, and fifty imports there would say no more than the code does.
CODES_ALLOWED = {"siglint/prefilter.py"}


def _resolve(dotted: str) -> tuple[ModuleType, object]:
    """The module and the object a dotted name (``package.module.Class.method``) names."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            module = importlib.import_module(".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        found: object = module
        for attribute in parts[cut:]:
            found = getattr(found, attribute)
        return module, found
    raise ModuleNotFoundError(dotted)


def _refers_to(module: ModuleType, check: object, rule: Rule) -> bool:
    """Whether the source of ``check`` names a global of ``module`` that is ``rule``, or a table
    (dict, tuple, set) holding it."""
    names = set(re.findall(r"\b\w+\b", inspect.getsource(check)))  # type: ignore[arg-type]
    for name in names:
        value = getattr(module, name, None)
        if value is rule:
            return True
        held = value.values() if isinstance(value, dict) else value
        if isinstance(held, (tuple, frozenset, set, type({}.values()))) and any(
            v is rule for v in held
        ):
            return True
    return False


@pytest.mark.parametrize("module", RULE_MODULES, ids=lambda m: m.__name__.rsplit(".", 1)[1])
def test_each_rule_names_checks_that_refer_to_it(module: ModuleType) -> None:
    rule = module.RULE
    raised_by = getattr(module, "RAISED_BY", ())
    assert raised_by, f"{module.__name__} names no check in RAISED_BY"
    for dotted in raised_by:
        owner, check = _resolve(dotted)
        assert callable(check), f"{dotted} is not a function"
        assert _refers_to(owner, check, rule), (
            f"{dotted} does not refer to {rule.code}'s rule object (import RULE from "
            f"{module.__name__} and use it there)"
        )


def _code_literals(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and CODE.fullmatch(node.value)
    ]


def test_no_code_is_spelled_as_a_string_outside_the_rules() -> None:
    spelled = []
    for folder in ("siglint", "lsp_server"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if relative.startswith("siglint/rules/") or relative in CODES_ALLOWED:
                continue
            spelled.extend(f"{relative}:{line}" for line in _code_literals(path))
    assert spelled == [], "refer to the rule object (RULE.code), not its code, at " + ", ".join(
        spelled
    )


def test_the_literal_check_sees_a_code(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('Finding("SIG101", "SIG101 in a message is fine")\n', encoding="utf-8")
    assert _code_literals(sample) == [1]
