"""A check after an edit reuses the last version's parse, and finds what a fresh check finds."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from lsp_server import analysis
from lsp_server.analysis import Snapshot, analyse
from lsp_server.settings import EditorSettings

sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
import models  # the benchmark's model modules

# Four models, each with its request schema and helpers, in one module.
SERVICE = models.small(0) + "".join(models.small(i).split("\n\n\n", 1)[1] for i in range(1, 4))


@pytest.fixture(autouse=True)
def fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analysis, "_PARSED", {})


def _analyse(path: Path, text: str):
    return analyse(Snapshot(path, text, True, {path: text}, EditorSettings(debounce_ms=0)))


def test_an_edit_is_checked_from_the_last_parse(tmp_path: Path) -> None:
    path = tmp_path / "service.py"
    path.write_text(SERVICE, encoding="utf-8")
    first = _analyse(path, SERVICE)
    previous = analysis._PARSED[path]
    edited = SERVICE.replace("model_input: Request0,", "model_input: list[Request0],")
    assert edited != SERVICE
    second = _analyse(path, edited)
    module = analysis._PARSED[path]
    assert module.text == edited
    # The statements the edit did not touch are the previous parse's.
    assert module.tree.body[0] is previous.tree.body[0]
    assert module.tree.body[-1] is previous.tree.body[-1]
    assert second.diagnostics != first.diagnostics  # the hint is now list[...]
    analysis._PARSED.clear()
    assert _analyse(path, edited).diagnostics == second.diagnostics
    assert _analyse(path, SERVICE).diagnostics == first.diagnostics


def test_a_version_that_does_not_parse_is_reported_and_forgotten(tmp_path: Path) -> None:
    path = tmp_path / "service.py"
    _analyse(path, SERVICE)
    broken = _analyse(path, SERVICE.replace("class Model0(", "class Model0(("))
    assert [d.code for d in broken.diagnostics] == ["SIG999"]
    assert path not in analysis._PARSED
    assert _analyse(path, SERVICE).diagnostics == _analyse(path, SERVICE).diagnostics
