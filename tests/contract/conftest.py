"""A real git repository to change, and ``siglint diff`` run in it."""

from __future__ import annotations

import subprocess
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from siglint.cli.main import main


@dataclass
class Repository:
    root: Path

    def git(self, *arguments: str) -> str:
        done = subprocess.run(
            ["git", *arguments], cwd=self.root, capture_output=True, text=True, check=True
        )
        return done.stdout

    def write(self, files: dict[str, str]) -> None:
        for name, text in files.items():
            path = self.root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text), encoding="utf-8")

    def commit(self, files: dict[str, str] | None = None, message: str = "change") -> str:
        self.write(files or {})
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)
        return self.git("rev-parse", "HEAD").strip()


@pytest.fixture
def repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Repository:
    root = tmp_path / "repo"
    root.mkdir()
    repo = Repository(root)
    repo.git("init", "-q", "-b", "main")
    repo.git("config", "user.email", "siglint@example.com")
    repo.git("config", "user.name", "siglint")
    repo.git("config", "commit.gpgsign", "false")
    monkeypatch.chdir(root)
    monkeypatch.setenv("SIGLINT_CACHE_DIR", str(tmp_path / "cache"))
    return repo


@pytest.fixture
def siglint_diff(capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    """``siglint diff ARGS`` in this process: (exit code, stdout, stderr)."""

    def run(*arguments: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(["diff", "--per-file-timeout", "0", *arguments])
        out, err = capsys.readouterr()
        return code, out, err

    return run
