"""Shared helpers for the test-suite."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from siglint.analysis import project
from siglint.cli.main import main


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The modules libcst parsed (a check's file, and the modules it reads with libcst), by
    file name, in order."""
    names: list[str] = []
    parse = project.parse

    def parsing(path: Path, text: str) -> project.ModuleInfo:
        names.append(path.name)
        return parse(path, text)

    monkeypatch.setattr(project, "parse", parsing)
    monkeypatch.setattr("siglint.engine.parse", parsing)
    return names


@pytest.fixture
def schema_of(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    """Write ``source`` to a module and return ``siglint schema --output-format json`` for it."""

    def run(source: str, name: str = "model.py", files: dict[str, str] | None = None) -> list[dict]:
        for extra, text in (files or {}).items():
            path = tmp_path / extra
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text), encoding="utf-8")
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source), encoding="utf-8")
        capsys.readouterr()
        assert main(["schema", str(path), "--output-format", "json"]) == 0
        return json.loads(capsys.readouterr().out)

    return run
