"""Mutated real files and generated models: whatever the pre-filter skips, a check finds nothing in.

The pre-filter's anchors (``siglint.analysis.anchors``) read a file with CPython's ``ast`` and
over-estimate what its names may be: a file they skip must be clean for the engine too, however
broken or odd the file is. The engine runs in a ``CheckWorker`` child, as in
``test_mutated_files``: a crash or a hang fails the test with the input.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hint_grammar import ModelFile, model_files
from hypothesis import given
from invariants import FIGURES, fuzz_settings
from mutations import Mutant, mutants

from siglint.analysis.project import Project
from siglint.cli.worker import CheckWorker
from siglint.config import Settings
from siglint.engine import check_source
from siglint.prefilter import Screen
from siglint.sources.python import UnreadableSource, read_python


def _found(text: str, path: Path) -> tuple[list[str], list[str]]:
    """In the worker: what a check of ``text`` reports, and the models it finds."""
    result = check_source(text, path, Settings(), Project())
    return [d.code for d in result.diagnostics], [target.name for target in result.targets]


@pytest.fixture(scope="module")
def engine():
    with CheckWorker(_found, seconds=120) as worker:
        yield worker


def _skipped_is_clean(text: str, path: Path, engine: CheckWorker) -> None:
    """What ``check`` skips has no finding; what ``schema`` skips, no model and no SIG999."""
    screen = Screen(texts={path: text})
    checked = screen.needs_check(path, text, Settings())
    shown = screen.may_hold_model(path, text)
    if checked and shown:
        return
    codes, models = engine.run(text, path)
    if not checked:
        assert codes == []
    if not shown:
        assert models == []
        assert "SIG999" not in codes


@fuzz_settings(200)
@given(mutant=mutants())
def test_a_mutated_file_the_pre_filter_skips_has_no_finding(
    mutant: Mutant, engine: CheckWorker, tmp_path_factory
) -> None:
    FIGURES["inputs"] += 1
    FIGURES["mutated files"] += 1
    try:
        text = read_python(mutant.data)
    except UnreadableSource:
        return
    _skipped_is_clean(text, tmp_path_factory.getbasetemp() / mutant.original.name, engine)


@fuzz_settings(100)
@given(case=model_files())
def test_a_generated_model_is_never_skipped(
    case: ModelFile, engine: CheckWorker, tmp_path_factory
) -> None:
    FIGURES["inputs"] += 1
    FIGURES["generated models"] += 1
    path = tmp_path_factory.getbasetemp() / case.file_name
    screen = Screen(texts={path: case.source})
    assert screen.needs_check(path, case.source, Settings())
    assert screen.may_hold_model(path, case.source)
