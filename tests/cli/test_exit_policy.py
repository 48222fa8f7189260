"""The exit policy: findings below ``fail-on`` (default: warning) are reported and do not fail."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

Siglint = Callable[..., Any]
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
# A model whose one finding is SIG306 [info]: the example its docstring calls "A correct model".
SENTIMENT = "sentiment_model.py"


@pytest.fixture
def sentiment(tmp_path: Path) -> Path:
    return Path(shutil.copy(EXAMPLES / SENTIMENT, tmp_path / SENTIMENT))


def test_an_info_finding_is_reported_and_does_not_fail(siglint: Siglint, sentiment: Path) -> None:
    run = siglint("check", SENTIMENT)
    assert run.code == 0
    assert f"{SENTIMENT}:15:5: SIG306 " in run.out
    assert run.out.endswith("Found 1 info finding.\n")


def test_fail_on_info_fails_on_it(siglint: Siglint, sentiment: Path) -> None:
    assert siglint("check", "--fail-on", "info", SENTIMENT).code == 1


@pytest.mark.parametrize(("fail_on", "code"), [("error", 0), ("warning", 1), ("info", 1)])
def test_fail_on_from_the_configuration(
    siglint: Siglint, tmp_path: Path, fail_on: str, code: int
) -> None:
    (tmp_path / "siglint.toml").write_text(f'fail-on = "{fail_on}"\n', encoding="utf-8")
    (tmp_path / "model.py").write_text(
        "import mlflow\n\n\nclass Model(mlflow.pyfunc.PythonModel):\n"
        "    def predict(self, model_input: str) -> list[str]:\n        return [model_input]\n",
        encoding="utf-8",
    )
    run = siglint("check", "model.py")
    assert (run.code, run.out.splitlines()[-2]) == (code, "Found 1 warning.")


def test_the_command_line_wins_over_the_configuration(
    siglint: Siglint, tmp_path: Path, sentiment: Path
) -> None:
    (tmp_path / "siglint.toml").write_text('fail-on = "info"\n', encoding="utf-8")
    assert siglint("check", SENTIMENT).code == 1
    assert siglint("check", "--fail-on", "warning", SENTIMENT).code == 0


def test_a_severity_override_decides_too(siglint: Siglint, tmp_path: Path, sentiment: Path) -> None:
    (tmp_path / "siglint.toml").write_text('severity = { SIG306 = "error" }\n', encoding="utf-8")
    run = siglint("check", SENTIMENT)
    assert (run.code, run.out.splitlines()[-1]) == (1, "Found 1 error.")


def test_a_bad_fail_on_is_a_configuration_error(siglint: Siglint, tmp_path: Path) -> None:
    (tmp_path / "siglint.toml").write_text('fail-on = "never"\n', encoding="utf-8")
    (tmp_path / "model.py").write_text("x = 1\n", encoding="utf-8")
    run = siglint("check", ".")
    assert run.code == 2
    assert 'fail-on: expected one of "error", "warning", "info", got "never"' in run.err
