"""The project's own configuration: ``siglint check`` at the repository root checks siglint's code,
not the fixtures that are wrong on purpose."""

from __future__ import annotations

from pathlib import Path

import pytest

from siglint.cli.main import main

ROOT = Path(__file__).resolve().parent.parent


def test_check_at_the_repository_root_passes(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    assert main(["check", "--no-cache"]) == 0
    assert capsys.readouterr().out == "All checks passed!\n"
    # The fixtures are excluded from the walk only: named, they are checked.
    assert main(["check", "--no-cache", "examples"]) == 1
    assert "examples/translator_model.py:10:45: SIG101 " in capsys.readouterr().out
