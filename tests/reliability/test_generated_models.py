"""Generated model files (``hint_grammar``): siglint never crashes, and agrees with MLflow.

The differential test draws a batch of files, runs the real MLflow on all of them in one
subprocess (``tests/differential/oracle.py``; importing MLflow costs seconds, a save tens of
milliseconds) and compares each target's kind, outcome and schemas with ``siglint schema``'s.
A disagreement fails the test with both answers and the file; with ``SIGLINT_FUZZ_SAVE`` set to
a folder (``tests/differential/models`` to keep them as regression cases) the file is saved there.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from hint_grammar import ModelFile, model_files
from hypothesis import given
from invariants import FIGURES, checked, fuzz_settings, generated_models, mlflow_records

from siglint.cli.main import main

# Every field of the oracle's records but where the target is: kind, outcome and the schemas.
LOCATION = ("path", "name")
NOT_SHOWN = (*LOCATION, "line", "diagnostics")


@fuzz_settings(300)
@given(case=model_files())
def test_siglint_never_crashes_on_generated_models(case: ModelFile, tmp_path_factory) -> None:
    FIGURES["generated models"] += 1
    # Never written: the engine reads only the text it is given (and the file's neighbours).
    result = checked(case.source, tmp_path_factory.getbasetemp() / case.file_name)
    assert [(t.name, t.kind) for t in result.targets] == [(case.name, case.kind)]


def test_siglint_agrees_with_mlflow_on_generated_models(tmp_path: Path, capsys) -> None:
    cases = {case.file_name: case for case in generated_models(150)}
    for case in cases.values():
        (tmp_path / case.file_name).write_text(case.source, encoding="utf-8")
    expected = _mlflow_records(tmp_path)
    capsys.readouterr()
    assert main(["schema", str(tmp_path), "--output-format", "json"]) == 0
    actual = {Path(item["path"]).name: item for item in json.loads(capsys.readouterr().out)}

    disagreements = []
    for file_name, case in sorted(cases.items()):
        FIGURES["compared with mlflow"] += 1
        mlflow, siglint = expected.get(file_name), actual.get(file_name)
        if siglint is None or mlflow is None or _differing(mlflow, siglint):
            disagreements.append(_explain(case, mlflow, siglint))
            _save(case)
    assert not disagreements, "\n\n".join(disagreements)


def _mlflow_records(folder: Path) -> dict[str, dict]:
    """The oracle's record per file name (every generated file has one target)."""
    return {Path(record["path"]).name: record for record in mlflow_records(folder, folder)}


def _differing(mlflow: dict, siglint: dict) -> list[str]:
    return [key for key in mlflow if key not in LOCATION and mlflow[key] != siglint.get(key)]


def _explain(case: ModelFile, mlflow: dict | None, siglint: dict | None) -> str:
    def answer(record: dict | None) -> str:
        if record is None:
            return "no target"
        shown = {key: value for key, value in record.items() if key not in NOT_SHOWN}
        return json.dumps(shown, sort_keys=True)

    diagnostics = [(d["code"], d["message"]) for d in (siglint or {}).get("diagnostics", [])]
    return (
        f"== {case.file_name}\n   MLflow : {answer(mlflow)}\n   siglint: {answer(siglint)}\n"
        f"   siglint diagnostics: {diagnostics}\n{case.source}"
    )


def _save(case: ModelFile) -> None:
    folder = os.environ.get("SIGLINT_FUZZ_SAVE")
    if folder:
        Path(folder, case.file_name).write_text(case.source, encoding="utf-8")
