"""Fixtures for the command line: a run of ``main([...])`` in a scratch folder, and a stand-in linter.

The stand-in replaces the engine where a test needs fixes, so these tests do not depend on which
rules exist or which of them fix: it flags ``model_input: str`` (safe fix: ``list[str]``),
``-> str`` (unsafe fix: ``-> list[str]``) and ``BREAK`` (a fix that leaves the file unparseable),
and reports only what the file's settings enable.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from siglint.analysis.project import Project
from siglint.cli.main import main
from siglint.config import Settings
from siglint.diagnostics import Applicability, Diagnostic, Edit, Fix, Range, Severity
from siglint.engine import CheckResult
from siglint.fixes import split_lines

_PATTERNS = (
    # (pattern, the part the fix replaces, replacement, code, name, applicability)
    (r"model_input: (str)\b", "list[str]", "SIG101", "input-not-list", Applicability.SAFE),
    (r"-> (str)\b", "list[str]", "SIG201", "output-hint-becomes-any", Applicability.UNSAFE),
    (r"(BREAK)", "def (", "SIG110", "unsupported-type", Applicability.SAFE),
)


def fake_check_source(
    text: str, path: Path, settings: Settings | None = None, project: Project | None = None
) -> CheckResult:
    settings = settings or Settings()
    found = []
    for number, line in enumerate(split_lines(text), start=1):
        for pattern, replacement, code, name, applicability in _PATTERNS:
            for match in re.finditer(pattern, line):
                where = Range(number, match.start(1), number, match.end(1))
                fix = Fix(f"Use `{replacement}`", applicability, (Edit(where, replacement),))
                message = f"`{match.group(1)}` is flagged"
                found.append(Diagnostic(code, name, Severity.WARNING, message, where, fix))
    enabled = tuple(d for d in sorted(found, key=lambda d: d.range) if settings.enabled(d.code))
    return CheckResult(path, (), enabled)


class _CheckEverything:
    """The pre-filter would skip the stand-in's files (they do not mention MLflow)."""

    def __init__(self, **_: object) -> None:
        pass

    def obviously_needs_check(self, *_: object) -> bool:
        return True

    needs_check = obviously_needs_check

    def state(self) -> dict:
        return {}


@pytest.fixture
def fake_linter(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("siglint.cli.check.check_source", fake_check_source)
    monkeypatch.setattr("siglint.cli.check.Screen", _CheckEverything)
    # The stand-in's findings must not be what a later real run finds in the cache.
    monkeypatch.setenv("SIGLINT_CACHE_DIR", str(tmp_path / ".fake-linter-cache"))


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def siglint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Callable[..., Run]:
    """``siglint(*argv)`` runs ``main`` in ``tmp_path`` (where paths are shown relative to)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SIGLINT_OUTPUT_FORMAT", raising=False)

    def run(*argv: str) -> Run:
        capsys.readouterr()
        code = main(list(argv))
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run
