"""A checking process keeps what it parsed for the next files, up to a bound: past it, the next
file starts from nothing parsed, so a huge tree does not grow the memory without end."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from perf_files import write

from siglint import cli, engine
from siglint.analysis import project
from siglint.cli.main import main

# Three models of one package, each importing the same helper (which raises when imported).
FILES = {
    "app/__init__.py": "",
    "app/helpers.py": "def normalise(text: Text) -> str:\n    return text\n",
    **{
        f"app/model_{index}.py": (
            "import mlflow\n\nfrom app import helpers\n\n\n"
            f"class Model{index}(mlflow.pyfunc.PythonModel):\n"
            "    def predict(self, context, model_input: list[str]) -> list[str]:\n"
            "        return model_input\n"
        )
        for index in range(3)
    },
}


def _run(check: Callable[..., list[dict]]) -> list[tuple[str, str]]:
    found = check("--per-file-timeout", "0", "--no-cache", "--jobs", "1")
    return [(item["filename"], item["code"]) for item in found]


def test_under_the_bound_each_module_is_parsed_once(
    tmp_path: Path, check: Callable[..., list[dict]], parsed: list[str]
) -> None:
    write(tmp_path, FILES)
    found = _run(check)
    assert ("app/model_2.py", "SIG009") in found
    assert parsed.count("helpers.py") == 1


def test_past_the_bound_the_next_file_starts_afresh_and_finds_the_same(
    tmp_path: Path,
    check: Callable[..., list[dict]],
    parsed: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    write(tmp_path, FILES)
    kept = _run(check)
    parsed.clear()
    monkeypatch.setattr(cli, "PROJECT_BUDGET", 0)
    assert _run(check) == kept
    # Each model's check parsed the helper again: nothing was kept from one file to the next.
    assert parsed.count("helpers.py") == 3


def test_schema_too_starts_afresh_past_the_bound_and_shows_the_same(
    tmp_path: Path,
    parsed: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    write(tmp_path, FILES)

    def schema() -> list[dict]:
        capsys.readouterr()
        main(["schema", str(tmp_path), "--per-file-timeout", "0", "--output-format", "json"])
        return json.loads(capsys.readouterr().out)

    kept = schema()
    assert [item["outcome"] for item in kept] == ["error"] * 3
    assert parsed.count("helpers.py") == 1
    parsed.clear()
    monkeypatch.setattr(cli, "PROJECT_BUDGET", 0)
    assert schema() == kept
    assert parsed.count("helpers.py") == 3


# A model importing a chain of modules, each read with ``ast`` by the import walk.
CHAIN = {
    "model.py": (
        "import mlflow\n\nimport link_0\n\n\nclass Model(mlflow.pyfunc.PythonModel):\n"
        "    def predict(self, context, model_input: list[str]) -> list[str]:\n"
        "        return model_input\n"
    ),
    **{f"link_{i}.py": f"import link_{i + 1}\n\nVALUE = {i}\n" for i in range(5)},
    "link_5.py": "VALUE = 5\n",
}


def _kept(project_: project.Project) -> list[str]:
    return [path.name for path in project_._syntax._syntax]


def test_the_modules_read_with_ast_are_kept_while_under_the_budget(tmp_path: Path) -> None:
    write(tmp_path, CHAIN)
    checked = project.Project()
    engine.check_source((tmp_path / "model.py").read_text(), tmp_path / "model.py", None, checked)
    assert sorted(_kept(checked)) == [f"link_{i}.py" for i in range(6)]


def test_past_the_budget_the_oldest_modules_read_with_ast_are_forgotten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, CHAIN)
    model = tmp_path / "model.py"
    kept = engine.check_source(model.read_text(), model, None, project.Project())
    size = len((tmp_path / "link_0.py").read_text())
    monkeypatch.setattr(project, "SYNTAX_BUDGET", 2 * size)  # two of the links at most
    checked = project.Project()
    assert engine.check_source(model.read_text(), model, None, checked) == kept
    held = _kept(checked)
    assert 1 <= len(held) <= 2
    assert sum(len((tmp_path / name).read_text()) for name in held) <= 2 * size
