"""Fixed models, logged by the real MLflow: what a fix makes, MLflow logs as siglint predicts.

Every case of the differential corpus (``tests/differential/models``) and every generated model
file (``hint_grammar``) that siglint can fix is fixed with all its fixes, unsafe ones included
(``siglint check --fix --unsafe-fixes``). The real MLflow then saves each target of the fixed
files with ``mlflow.pyfunc.save_model``, all in one subprocess (``tests/differential/oracle.py``),
and what it logs must equal what ``siglint schema`` predicts for the fixed file: outcome, input,
output and params schema. No target may end worse off than before its fixes (a signature beats
none beats a raise). The counts go into the suite's summary line, which the README quotes.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

from invariants import FIGURES, generated_models, mlflow_records

from siglint.analysis.project import Project
from siglint.engine import CheckResult, check_source
from siglint.fix_verification import outcome_rank
from siglint.fixes import fix_until_stable
from siglint.sources.python import read_python

DIFFERENTIAL = Path(__file__).parents[1] / "differential"
ORACLE = DIFFERENTIAL / "oracle.py"
COMPARED = ("kind", "outcome", "input_schema", "output_schema", "params_schema")


def _oracle_helpers():
    """``oracle.py``'s case listing (importing it does not import MLflow)."""
    spec = importlib.util.spec_from_file_location("siglint_fix_oracle", ORACLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _check(text: str, path: Path) -> CheckResult:
    return check_source(text, path, project=Project())


def _fix_file(path: Path) -> dict[str, str] | None:
    """Fix ``path`` in place with every fix; the outcome of each of its targets before, by
    name, when something changed (None when nothing did)."""
    text = read_python(path.read_bytes())
    before = _check(text, path)
    if not any(d.fix is not None for d in before.diagnostics):
        return None
    fixed = fix_until_stable(
        text, path, lambda source: _check(source, path).diagnostics, unsafe=True
    ).text
    if fixed == text:
        return None
    path.write_text(fixed, encoding="utf-8")
    return {target.name: target.outcome for target in before.targets}


def _corpus_cases(folder: Path) -> dict[Path, dict[str, str]]:
    """The differential corpus's fixable cases, copied into ``folder`` and fixed there."""
    fixed: dict[Path, dict[str, str]] = {}
    for case in _oracle_helpers().list_cases(DIFFERENTIAL / "models"):
        copy = folder / case.rel
        if case.is_package:
            shutil.copytree(case.path, copy)
        else:
            shutil.copyfile(case.path, copy)
        files = sorted(copy.rglob("*.py")) if case.is_package else [copy]
        changed = {file: before for file in files if (before := _fix_file(file)) is not None}
        if changed:
            fixed.update(changed)
        elif case.is_package:
            shutil.rmtree(copy)
        else:
            copy.unlink()
    return fixed


def _generated_cases(folder: Path) -> dict[Path, dict[str, str]]:
    """Generated model files that siglint can fix, written into ``folder`` and fixed there."""
    fixed: dict[Path, dict[str, str]] = {}
    for case in generated_models(300):
        path = folder / case.file_name
        path.write_text(case.source, encoding="utf-8")
        before = _fix_file(path)
        if before is None:
            path.unlink()
        else:
            fixed[path] = before
    return fixed


def _mlflow_records(root: Path, *folders: Path) -> dict[tuple[str, str], dict]:
    """What MLflow logs for each target in ``folders``, in one subprocess: (file relative to
    ``root``, name) -> record."""
    records = {}
    for record in mlflow_records(root, *folders):
        where = (root / record["path"]).resolve().relative_to(root.resolve()).as_posix()
        records[(where, record["name"])] = record
    return records


def test_mlflow_logs_fixed_models_as_siglint_predicts(tmp_path: Path) -> None:
    # Apart: the corpus keeps generated files that reproduced bugs, under their generated names.
    corpus, generated = tmp_path / "corpus", tmp_path / "generated"
    corpus.mkdir()
    generated.mkdir()
    fixed = {**_corpus_cases(corpus), **_generated_cases(generated)}
    assert len(fixed) >= 100, "the corpora must hold fixable models"

    mlflow = _mlflow_records(tmp_path, corpus, generated)
    problems = []
    for path, before in sorted(fixed.items()):
        problems += _disagreements(path, path.relative_to(tmp_path).as_posix(), before, mlflow)
        FIGURES["fixed files logged by mlflow"] += 1
    assert not problems, "\n\n".join(problems)


def _disagreements(
    path: Path, rel: str, before: dict[str, str], mlflow: dict[tuple[str, str], dict]
) -> list[str]:
    """How MLflow's records of the fixed file ``path`` differ from siglint's prediction, and
    which of its targets ended worse off than before the fixes."""
    text = read_python(path.read_bytes())
    problems = []
    for target in _check(text, path).targets:
        record = mlflow.get((rel, target.name))
        predicted = target.to_json(rel)
        if record is None or any(record[key] != predicted[key] for key in COMPARED):
            shown = {key: predicted[key] for key in COMPARED}
            logged = None if record is None else {key: record[key] for key in COMPARED}
            problems.append(f"== {rel}\n   MLflow : {logged}\n   siglint: {shown}\n{text}")
            continue
        was = before.get(target.name)
        if was is not None and outcome_rank(target.outcome) < outcome_rank(was):
            problems.append(f"== {rel}: {target.name} went from {was} to {target.outcome}\n{text}")
            continue
        FIGURES["fixed targets agreeing with mlflow"] += 1
        if target.outcome == "signature":
            FIGURES["fixed targets with a signature"] += 1
            FIGURES["fixed targets given a signature"] += was != "signature"
    return problems
