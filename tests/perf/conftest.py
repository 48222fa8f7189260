"""A run of ``siglint check`` in a scratch folder, with its cache there too."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from siglint.cli.main import main


@pytest.fixture
def check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Callable[..., list[dict]]:
    """``check(*flags)``: ``siglint check .`` in ``tmp_path``, its findings as JSON."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SIGLINT_OUTPUT_FORMAT", raising=False)
    monkeypatch.setenv("SIGLINT_CACHE_DIR", str(tmp_path / ".cache"))

    def run(*flags: str) -> list[dict]:
        capsys.readouterr()
        main(["check", ".", "--output-format", "json", "--exit-zero", *flags])
        return json.loads(capsys.readouterr().out)

    return run
