"""``siglint diff --against``: the signature the real MLflow logged (``mlflow.pyfunc.save_model``
in a subprocess), or the JSON ``siglint schema`` wrote."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from siglint.cli.main import main
from siglint.contract.logged import LoggedError, read_logged

MODEL = """\
from typing import Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Ticket(BaseModel):
    title: str
    priority: int
    note: Optional[str] = None


class Router(PythonModel):
    def predict(self, model_input: list[Ticket]) -> list[str]:
        return [t.title for t in model_input]
"""

# Column names PyYAML quotes, escapes or folds, and a params schema.
SAVE = """\
import sys, warnings
warnings.simplefilter("ignore")
import mlflow, pandas as pd
from mlflow.models import infer_signature
sys.path.insert(0, sys.argv[1])
from model import Router

class Plain(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input, params=None):
        return model_input

mlflow.pyfunc.save_model(sys.argv[2], python_model=Router())
columns = {"a": [1], "b \\u00fc: 'q' \\"dq\\" #h": ["x"], "c" * 150: [1.5], "tab\\there": ["t"]}
params = {"temperature": 0.5, "tags": ["a"], "quote": "it's \\"x\\""}
signature = infer_signature(pd.DataFrame(columns), pd.Series([1.0]), params=params)
mlflow.pyfunc.save_model(sys.argv[3], python_model=Plain(), signature=signature)
mlflow.pyfunc.save_model(sys.argv[4], python_model=Plain())
"""


@pytest.fixture(scope="module")
def logged(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Models saved by the real MLflow: the Router, named columns with params, no signature."""
    folder = tmp_path_factory.mktemp("logged")
    (folder / "model.py").write_text(MODEL, encoding="utf-8")
    paths = {name: folder / name for name in ("router", "columns", "unsigned")}
    done = subprocess.run(
        [sys.executable, "-c", SAVE, str(folder), *map(str, paths.values())],
        capture_output=True,
        text=True,
        check=False,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return paths


def _diff(*arguments: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["diff", "--per-file-timeout", "0", *arguments])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_code_as_logged_has_no_change(logged, tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "model.py").write_text(MODEL, encoding="utf-8")
    code, out, _ = _diff("--against", str(logged["router"]), "model.py", capsys=capsys)
    assert (code, out) == (
        0,
        f"No signature changes since {logged['router']} (1 model compared).\n",
    )


def test_a_new_required_field_breaks_the_logged_contract(logged, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    source = MODEL.replace("    priority: int\n", "    priority: float\n    team: str\n")
    source += textwrap.dedent("""

        class Other(PythonModel):
            def predict(self, model_input: list[str]) -> list[str]:
                return model_input
        """)
    (tmp_path / "model.py").write_text(source, encoding="utf-8")
    mlmodel = logged["router"] / "MLmodel"
    code, out, _ = _diff("--against", str(mlmodel), "model.py:Router", capsys=capsys)
    assert out.splitlines() == [
        "model.py:14: Router input [].priority: type changed from long to double — compatible",
        "model.py:14: Router input [].team: new required field (string) — breaking",
        f"2 signature changes since {mlmodel}: 1 breaking, 1 compatible.",
    ]
    assert code == 1
    code, _, err = _diff("--against", str(mlmodel), "model.py", capsys=capsys)
    assert code == 2
    assert (
        "model.py holds 2 models: name one as FILE:QUALNAME (model.py:Router, model.py:Other)"
        in err
    )
    code, _, err = _diff("--against", str(mlmodel), "model.py:Nope", capsys=capsys)
    assert code == 2
    assert "no model Nope in model.py:Nope" in err


def test_against_the_json_of_siglint_schema(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "model.py").write_text(MODEL, encoding="utf-8")
    capsys.readouterr()
    assert main(["schema", "model.py", "--output-format", "json"]) == 0
    (tmp_path / "schema.json").write_text(capsys.readouterr().out, encoding="utf-8")
    (tmp_path / "model.py").write_text(
        MODEL.replace("-> list[str]", "-> list[Ticket]"), encoding="utf-8"
    )
    code, out, _ = _diff("--against", "schema.json", "model.py", capsys=capsys)
    assert out.splitlines()[0] == (
        "model.py:13: Router output []: type changed from string to "
        "Object(note, priority, title) — breaking"
    )
    assert code == 1


def test_an_unreadable_logged_model_exits_2(logged, tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "model.py").write_text(MODEL, encoding="utf-8")
    (tmp_path / "garbage").write_text("flavors: {\n", encoding="utf-8")
    cases = {
        str(tmp_path / "absent"): "cannot read",
        str(tmp_path / "garbage"): "the model was logged without a signature",
        str(logged["unsigned"]): "the model was logged without a signature",
    }
    for given, message in cases.items():
        code, out, err = _diff("--against", given, "model.py", capsys=capsys)
        assert (code, out) == (2, ""), given
        assert message in err, err


def test_the_mlmodel_reader_reads_what_pyyaml_reads(logged) -> None:
    yaml = pytest.importorskip("yaml")  # MLflow's own dependency, not siglint's
    for name in ("router", "columns"):
        text = (logged[name] / "MLmodel").read_text(encoding="utf-8")
        expected = yaml.safe_load(text)["signature"]
        [found] = read_logged(logged[name])
        for part, got in (
            ("inputs", found.signature.inputs),
            ("outputs", found.signature.outputs),
            ("params", found.signature.params),
        ):
            want = expected.get(part)
            assert got == (None if want is None else json.loads(want)), (name, part)
    assert "'q'" in json.dumps(read_logged(logged["columns"])[0].signature.inputs)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('signature:\n  inputs: \'[{"type": \n', "not a complete quoted string"),
        ("signature:\n  inputs: '[nope'\n", "signature.inputs is not a JSON schema"),
        ('signature:\n  inputs: "\\q"\n', "unknown escape \\q"),
        ("just: text\n", "is not an MLmodel file"),
    ],
)
def test_a_damaged_mlmodel_says_what_is_wrong(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "MLmodel"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LoggedError, match=None) as error:
        read_logged(path)
    assert message in str(error.value)


def test_double_quoted_and_folded_scalars(tmp_path: Path) -> None:
    path = tmp_path / "MLmodel"
    path.write_text(
        "flavors: {}\n"
        "signature:\n"
        '  inputs: "[{\\"type\\": \\"string\\",\n'
        '    \\"name\\": \\"caf\\u00e9\\", \\"required\\": true}]"\n'
        "  outputs: null\n"
        '  params: \'[{"name": "p", "type": "string", "default": "it\'\'s", "shape":\n'
        "    null}]'\n"
        "utc_time_created: '2026'\n",
        encoding="utf-8",
    )
    [found] = read_logged(path)
    assert found.signature.inputs == [{"type": "string", "name": "café", "required": True}]
    assert found.signature.outputs is None
    assert found.signature.params == [
        {"name": "p", "type": "string", "default": "it's", "shape": None}
    ]
