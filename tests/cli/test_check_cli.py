"""``siglint check`` in process: exit codes, --fix on real files, --diff, stdin, reports.

Tests marked ``fake_linter`` run the stand-in linter of ``conftest.py`` (``model_input: str`` has
a safe fix, ``-> str`` an unsafe one); the others run the real engine.
"""

from __future__ import annotations

import io
import json
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

# ``siglint(*argv)`` (conftest.py) returns the exit code, standard output and standard error.
Siglint = Callable[..., Any]
fake = pytest.mark.usefixtures("fake_linter")

MODEL = """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: str) -> list[str]:
        return [model_input]
"""
FIXED = MODEL.replace("model_input: str", "model_input: list[str]")
CLEAN = "x = 1\n"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_clean_file_exits_0(siglint: Siglint, tmp_path: Path) -> None:
    write(tmp_path, "clean.py", CLEAN)
    run = siglint("check", "clean.py")
    assert (run.code, run.out) == (0, "All checks passed!\n")


@fake
def test_findings_exit_1_in_ruffs_concise_format(siglint: Siglint, tmp_path: Path) -> None:
    write(tmp_path, "pkg/model.py", MODEL)
    run = siglint("check")  # the current folder by default
    assert run.code == 1
    assert run.out == (
        "pkg/model.py:5:45: SIG101 [*] `str` is flagged\n"
        "Found 1 warning.\n"
        "[*] 1 fixable with the `--fix` option.\n"
    )


@fake
def test_exit_zero_keeps_the_report(siglint: Siglint, tmp_path: Path) -> None:
    write(tmp_path, "model.py", MODEL)
    run = siglint("check", "--exit-zero", "model.py")
    assert run.code == 0
    assert "SIG101" in run.out


def test_a_syntax_error_is_one_diagnostic_and_the_run_goes_on(
    siglint: Siglint, tmp_path: Path
) -> None:
    write(tmp_path, "a_broken.py", "import mlflow\n\n\ndef predict(:\n")
    # A file that does not parse and never names MLflow is Python's business, not siglint's.
    write(tmp_path, "a_broken_helper.py", "def helper(:\n")
    write(tmp_path, "b_clean.py", CLEAN)
    run = siglint("check", "--output-format", "json", ".")
    items = json.loads(run.out)
    assert run.code == 1
    assert [(item["filename"], item["code"]) for item in items] == [("a_broken.py", "SIG999")]


@fake
def test_an_undecodable_file_is_reported_and_the_run_goes_on(
    siglint: Siglint, tmp_path: Path
) -> None:
    write(tmp_path, "model.py", MODEL)
    (tmp_path / "bad.py").write_bytes(b"x = '\xff'\n")
    run = siglint("check", "bad.py", "model.py")
    assert run.code == 1
    lines = run.out.splitlines()
    assert lines[0].startswith("bad.py:1:6: SIG999 Python cannot read this file: invalid UTF-8")
    assert lines[1].startswith("model.py:5:45: SIG101")


@fake
def test_a_missing_path_is_a_usage_error(siglint: Siglint, tmp_path: Path) -> None:
    write(tmp_path, "model.py", MODEL)
    run = siglint("check", "missing.py", "model.py")
    assert (run.code, run.out) == (2, "")
    assert run.err == "siglint: error: no such file or folder: missing.py\n"


@fake
def test_fix_writes_the_fixed_file_and_exits_0_when_nothing_remains(
    siglint: Siglint, tmp_path: Path
) -> None:
    path = write(tmp_path, "model.py", MODEL)
    run = siglint("check", "--fix", "model.py")
    assert path.read_text(encoding="utf-8") == FIXED
    assert (run.code, run.out) == (0, "Found 1 warning (1 fixed, 0 remaining).\n")


@fake
@pytest.mark.parametrize(
    ("original", "expected"),
    [
        pytest.param(
            MODEL.replace("\n", "\r\n").encode(), FIXED.replace("\n", "\r\n").encode(), id="crlf"
        ),
        pytest.param(
            MODEL.replace("\n", "\r").encode(), FIXED.replace("\n", "\r").encode(), id="lone-cr"
        ),
        pytest.param(
            b"\xef\xbb\xbf" + MODEL.encode(), b"\xef\xbb\xbf" + FIXED.encode(), id="utf-8-bom"
        ),
        pytest.param(
            ("# -*- coding: latin-1 -*-\n# café\n" + MODEL).encode("latin-1"),
            ("# -*- coding: latin-1 -*-\n# café\n" + FIXED).encode("latin-1"),
            id="latin-1-cookie",
        ),
    ],
)
def test_fix_keeps_line_endings_bom_and_encoding(
    siglint: Siglint, tmp_path: Path, original: bytes, expected: bytes
) -> None:
    path = tmp_path / "model.py"
    path.write_bytes(original)
    os.chmod(path, 0o754)
    run = siglint("check", "--fix", "model.py")
    assert run.code == 0
    assert path.read_bytes() == expected
    assert stat.S_IMODE(path.stat().st_mode) == 0o754


@fake
def test_exit_non_zero_on_fix(siglint: Siglint, tmp_path: Path) -> None:
    write(tmp_path, "model.py", MODEL)
    assert siglint("check", "--fix", "--exit-non-zero-on-fix", "model.py").code == 1
    # Nothing left to fix: back to 0.
    assert siglint("check", "--fix", "--exit-non-zero-on-fix", "model.py").code == 0


@fake
def test_unsafe_fixes_only_with_the_option(siglint: Siglint, tmp_path: Path) -> None:
    source = MODEL.replace("-> list[str]", "-> str")
    path = write(tmp_path, "model.py", source)
    run = siglint("check", "--fix", "model.py")
    assert run.code == 1
    assert "-> str:" in path.read_text(encoding="utf-8")
    assert run.out.splitlines() == [
        "model.py:5:59: SIG201 `str` is flagged",
        "Found 2 warnings (1 fixed, 1 remaining).",
        "No fixes available (1 hidden fix can be enabled with the `--unsafe-fixes` option).",
    ]
    run = siglint("check", "--fix", "--unsafe-fixes", "model.py")
    assert run.code == 0
    assert "-> list[str]:" in path.read_text(encoding="utf-8")


@fake
def test_fix_never_writes_a_file_that_does_not_parse(siglint: Siglint, tmp_path: Path) -> None:
    source = MODEL + "BREAK = 1\n"
    path = write(tmp_path, "model.py", source)
    run = siglint("check", "--fix", "model.py")
    # One pass applies both fixes; its result does not parse, so the whole pass is dropped.
    assert path.read_text(encoding="utf-8") == source
    assert run.code == 1
    assert "fixes for SIG101, SIG110 would leave the file unparseable; not applied" in run.err
    assert run.out.startswith("model.py:5:45: SIG101 [*] `str` is flagged\n")


@fake
def test_show_fixes_lists_what_was_fixed(siglint: Siglint, tmp_path: Path) -> None:
    write(tmp_path, "model.py", MODEL)
    run = siglint("check", "--fix", "--show-fixes", "model.py")
    assert run.out == (
        "\nFixed 1 warning:\n- model.py:\n    1 × SIG101 (input-not-list)\n\n"  # noqa: RUF001
        "Found 1 warning (1 fixed, 0 remaining).\n"
    )


@fake
def test_diff_prints_what_fix_would_change_and_writes_nothing(
    siglint: Siglint, tmp_path: Path
) -> None:
    path = write(tmp_path, "model.py", MODEL)
    before = path.stat().st_mtime_ns
    run = siglint("check", "--diff", "model.py")
    assert run.code == 1
    assert path.read_text(encoding="utf-8") == MODEL
    assert path.stat().st_mtime_ns == before
    assert run.out.splitlines()[:2] == ["--- model.py", "+++ model.py"]
    assert "-    def predict(self, context, model_input: str) -> list[str]:" in run.out
    assert "+    def predict(self, context, model_input: list[str]) -> list[str]:" in run.out
    assert run.err == "Would fix 1 warning.\n"


@fake
def test_diff_without_fixes_exits_0(siglint: Siglint, tmp_path: Path) -> None:
    write(tmp_path, "model.py", CLEAN)
    run = siglint("check", "--diff", "model.py")
    assert (run.code, run.out) == (0, "")


@fake
def test_diff_marks_a_last_line_without_newline(siglint: Siglint, tmp_path: Path) -> None:
    write(tmp_path, "model.py", MODEL.rstrip("\n"))
    run = siglint("check", "--diff", "model.py")
    assert run.out.endswith("\n\\ No newline at end of file\n")


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


@fake
def test_stdin_is_checked_under_the_given_name(
    siglint: Siglint, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, MODEL.encode())
    run = siglint("check", "--stdin-filename", "models/piped.py")
    assert run.code == 1
    assert run.out.startswith("models/piped.py:5:45: SIG101")
    assert not (tmp_path / "models").exists()


@fake
def test_stdin_with_fix_prints_the_fixed_source(
    siglint: Siglint, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = MODEL.replace("-> list[str]", "-> str").replace("\n", "\r\n")
    _stdin(monkeypatch, source.encode())
    run = siglint("check", "--fix", "--stdin-filename", "piped.py")
    assert run.code == 1
    # Line endings kept, the unsafe fix left alone; the report goes to standard error.
    assert run.out == source.replace("model_input: str", "model_input: list[str]")
    assert run.err.startswith("piped.py:5:59: SIG201 `str` is flagged\n")


@fake
def test_statistics(siglint: Siglint, tmp_path: Path) -> None:
    write(tmp_path, "a.py", MODEL)
    write(tmp_path, "b.py", MODEL.replace("-> list[str]", "-> str"))
    run = siglint("check", "--statistics", ".")
    assert run.code == 1
    assert run.out.splitlines()[:2] == [
        "2\tSIG101\t[*] input-not-list",
        "1\tSIG201\t[ ] output-hint-becomes-any",
    ]


def test_statistics_refuses_formats_it_cannot_print(siglint: Siglint) -> None:
    run = siglint("check", "--statistics", "--output-format", "sarif")
    assert run.code == 2
    assert run.err.startswith("siglint: error: --statistics prints in the")


@fake
def test_output_file_gets_the_report(siglint: Siglint, tmp_path: Path) -> None:
    write(tmp_path, "model.py", MODEL)
    run = siglint("check", "--output-format", "sarif", "--output-file", "out/report.sarif")
    assert (run.code, run.out) == (1, "")
    log = json.loads((tmp_path / "out" / "report.sarif").read_text(encoding="utf-8"))
    assert [r["ruleId"] for r in log["runs"][0]["results"]] == ["SIG101"]


@fake
def test_output_format_from_the_environment(
    siglint: Siglint, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, "model.py", MODEL)
    monkeypatch.setenv("SIGLINT_OUTPUT_FORMAT", "github")
    assert siglint("check").out.startswith("::warning title=siglint (SIG101),file=model.py,")
    # The option wins over the variable.
    assert json.loads(siglint("check", "--output-format", "json").out)[0]["code"] == "SIG101"
    monkeypatch.setenv("SIGLINT_OUTPUT_FORMAT", "yaml")
    run = siglint("check")
    assert run.code == 2
    assert run.err.startswith(
        "siglint: error: SIGLINT_OUTPUT_FORMAT='yaml' is not an output format"
    )


@fake
def test_select_and_ignore_reach_the_settings(siglint: Siglint, tmp_path: Path) -> None:
    write(tmp_path, "model.py", MODEL.replace("-> list[str]", "-> str"))
    codes = lambda run: [item["code"] for item in json.loads(run.out)]  # noqa: E731
    assert codes(siglint("check", "--output-format", "json")) == ["SIG101", "SIG201"]
    assert codes(siglint("check", "--output-format", "json", "--ignore", "SIG101")) == ["SIG201"]
    selected = siglint("check", "--output-format", "json", "--select", "input-not-list")
    assert codes(selected) == ["SIG101"]
    assert siglint("check", "--select", "SIG2", "--ignore", "SIG201").code == 0


def test_an_unknown_selector_is_a_configuration_error(siglint: Siglint) -> None:
    run = siglint("check", "--select", "NOPE123")
    assert run.code == 2
    assert run.err.startswith("siglint: error: ")
    assert "NOPE123" in run.err


def test_a_bad_configuration_file_exits_2(siglint: Siglint, tmp_path: Path) -> None:
    write(tmp_path, "pyproject.toml", '[tool.siglint]\nselect = "SIG1"\n')
    write(tmp_path, "model.py", CLEAN)
    run = siglint("check", "model.py")
    assert run.code == 2
    assert run.err.startswith("siglint: error: ")
    assert "select" in run.err


@fake
def test_config_option_picks_the_configuration(siglint: Siglint, tmp_path: Path) -> None:
    write(tmp_path, "model.py", MODEL)
    write(tmp_path, "conf/siglint.toml", 'ignore = ["SIG101"]\n')
    assert siglint("check", "model.py").code == 1
    assert siglint("check", "--config", "conf/siglint.toml", "model.py").code == 0


@fake
def test_force_exclude_applies_excludes_to_named_files(siglint: Siglint, tmp_path: Path) -> None:
    write(tmp_path, "pyproject.toml", '[tool.siglint]\nextend-exclude = ["generated"]\n')
    write(tmp_path, "generated/model.py", MODEL)
    assert siglint("check", "generated/model.py").code == 1
    run = siglint("check", "--force-exclude", "generated/model.py")
    assert run.code == 0
    # One message, not also "All checks passed!" for files that were never checked.
    assert (run.out, run.err) == (
        "",
        "siglint: warning: no Python files found under the given paths\n",
    )
    json_run = siglint("check", "--force-exclude", "--output-format", "json", "generated/model.py")
    assert json_run.out == "[]\n"


def test_no_cache_is_accepted(siglint: Siglint, tmp_path: Path) -> None:
    write(tmp_path, "clean.py", CLEAN)
    assert siglint("check", "--no-cache", "clean.py").code == 0


def test_a_usage_error_exits_2(siglint: Siglint) -> None:
    run = siglint("check", "--output-format", "yaml")
    assert run.code == 2
    assert "invalid choice" in run.err


def test_an_unknown_option_shows_the_usage_of_its_command(siglint: Siglint) -> None:
    run = siglint("check", "--bogus", ".")
    assert run.code == 2
    assert run.err.startswith("usage: siglint check [-h]"), run.err
    assert run.err.endswith("siglint check: error: unrecognized arguments: --bogus\n"), run.err
    # Without a command, the usage lists every command.
    run = siglint("--bogus")
    assert run.code == 2
    assert run.err.startswith("usage: siglint [-h] [--version] {check,rule,config,schema,"), run.err


@fake
def test_diff_mentions_fixes_that_need_unsafe_fixes(siglint: Siglint, tmp_path: Path) -> None:
    write(tmp_path, "model.py", CLEAN + "def f() -> str: ...\n")
    run = siglint("check", "--diff", "model.py")
    assert (run.code, run.out) == (0, "")
    assert run.err == "Nothing would be fixed (1 fix available with `--unsafe-fixes`).\n"
