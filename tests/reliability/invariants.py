"""What must hold for any input: the checks shared by the reliability tests, and their budget.

``checked(text, path)`` runs the engine and asserts that it did not crash (no exception, no
``SIG998`` internal error) and that every range it produced, of a diagnostic or of a fix's edit,
lies inside the text. ``FIGURES`` counts what the tests tried (in the pytest process: what a
``CheckWorker`` child counts is lost), for the summary line that conftest.py prints and the
README's "Reliability" section quotes.

Budget: each property runs its own modest number of examples, or ``SIGLINT_FUZZ_EXAMPLES`` each
when that is set. Inputs are derandomized (the same in every run) unless ``SIGLINT_FUZZ_RANDOM=1``
asks for new ones.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from hint_grammar import ModelFile, model_files
from hypothesis import HealthCheck, given, settings

from siglint.diagnostics import Diagnostic, Range
from siglint.engine import CheckResult, check_source
from siglint.fixes import apply_edits, split_lines
from siglint.rules.registry import rule

# Filled by the tests, printed by conftest.py at the end of the run.
FIGURES: Counter[str] = Counter()
OUTCOMES = ("signature", "no_signature", "error", "builtin")


def fuzz_settings(default_examples: int) -> settings:
    """Hypothesis settings for one property: its budget, no deadline, no example database."""
    examples = int(os.environ.get("SIGLINT_FUZZ_EXAMPLES") or default_examples)
    return settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=os.environ.get("SIGLINT_FUZZ_RANDOM", "") in ("", "0"),
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def generated_models(default_examples: int) -> list[ModelFile]:
    """Model files drawn from ``hint_grammar`` (repeats dropped), for one run of the oracle."""
    cases: dict[str, ModelFile] = {}

    @fuzz_settings(default_examples)
    @given(model_files())
    def collect(case: ModelFile) -> None:
        cases[case.file_name] = case

    collect()
    FIGURES["inputs"] += len(cases)
    FIGURES["generated models"] += len(cases)
    return list(cases.values())


ORACLE = Path(__file__).parents[1] / "differential" / "oracle.py"


def mlflow_records(cwd: Path, *folders: Path) -> list[dict]:
    """What the real MLflow does with each target of the model files in ``folders``: the
    records of one oracle subprocess (``tests/differential/oracle.py``), run in ``cwd``."""
    proc = subprocess.run(
        [sys.executable, str(ORACLE), *map(str, folders)],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=cwd,
    )
    if proc.returncode != 0:
        pytest.fail(f"the MLflow oracle failed:\n{proc.stderr[-4000:]}", pytrace=False)
    return json.loads(proc.stdout)


def checked(text: str, path: Path) -> CheckResult:
    """``check_source`` on ``text``, asserting it neither raised nor reported an internal error."""
    FIGURES["inputs"] += 1
    result = check_source(text, path)
    internal = [d for d in result.diagnostics if d.code == "SIG998"]
    assert not internal, f"siglint failed internally: {internal}"
    assert_well_formed(text, result)
    return result


def assert_well_formed(text: str, result: CheckResult) -> None:
    """Every diagnostic, fix edit and target report of ``result`` makes sense for ``text``."""
    lines = split_lines(text)
    for diagnostic in result.diagnostics:
        where = diagnostic.range
        assert_range_inside(where, lines, diagnostic)
        assert rule(diagnostic.code).name == diagnostic.name
        if diagnostic.fix is not None:
            for edit in diagnostic.fix.edits:
                assert_range_inside(edit.range, lines, diagnostic)
            apply_edits(text, diagnostic.fix.edits)  # raises when the edits overlap
    for target in result.targets:
        assert target.outcome in OUTCOMES, target
        assert_range_inside(target.range, lines, target)
        for schema in (target.input_schema, target.output_schema, target.params_schema):
            assert schema is None or isinstance(schema, list), target


def assert_range_inside(where: Range, lines: list[str], about: Diagnostic | object) -> None:
    """``where`` starts before it ends and both ends are positions of ``lines``."""
    assert (where.line, where.column) <= (where.end_line, where.end_column), about
    for line, column in ((where.line, where.column), (where.end_line, where.end_column)):
        assert 1 <= line <= len(lines), f"line {line} outside 1..{len(lines)}: {about}"
        assert 0 <= column <= len(lines[line - 1]), f"column {column} outside line {line}: {about}"
