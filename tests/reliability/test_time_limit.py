"""``--per-file-timeout``: a file that hangs, kills or breaks the check costs one finding, no more.

The check is replaced by one that misbehaves on a chosen file (the worker is a fork, so it
inherits the replacement); ``test_mutated_files`` runs the same through real pathological files.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import time
from pathlib import Path

import pytest

from siglint.cli.main import main
from siglint.engine import check_source

EXAMPLE = Path(__file__).parents[2] / "examples" / "translator_model.py"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder of three copies of an example; checking ``bad.py`` misbehaves as asked."""
    for name in ("a.py", "bad.py", "c.py"):
        (tmp_path / name).write_bytes(EXAMPLE.read_bytes())
    monkeypatch.chdir(tmp_path)
    return tmp_path


def misbehave(monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    def check(text, path, settings=None, project=None):
        if path.name == "bad.py":
            if how == "hangs":
                time.sleep(600)
            elif how == "dies":
                os.kill(os.getpid(), signal.SIGKILL)
            elif how == "raises":
                raise RuntimeError("boom")
        return check_source(text, path, settings, project)

    monkeypatch.setattr("siglint.cli.check.check_source", check)


def findings(*arguments: str, output: Path) -> tuple[int, dict[str, list[dict]]]:
    code = main(["check", ".", "--output-format", "json", "--output-file", str(output), *arguments])
    by_file: dict[str, list[dict]] = {}
    for item in json.loads(output.read_text()):
        by_file.setdefault(item["filename"], []).append(item)
    return code, by_file


@pytest.mark.parametrize(
    ("how", "limit", "message"),
    [
        ("hangs", "1", "siglint gave up on this file after 1 s (--per-file-timeout)"),
        ("dies", "60", "siglint crashed on this file (killed by SIGKILL)"),
        ("raises", "60", "siglint failed on this file: RuntimeError: boom"),
        ("raises", "0", "siglint failed on this file: RuntimeError: boom"),
    ],
)
def test_a_misbehaving_file_costs_one_finding_and_the_run_goes_on(
    how: str, limit: str, message: str, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    misbehave(monkeypatch, how)
    started = time.monotonic()
    code, by_file = findings("--per-file-timeout", limit, output=project.parent / "out.json")
    assert time.monotonic() - started < 30
    assert code == 1
    assert [(d["code"], d["message"]) for d in by_file["bad.py"]] == [
        ("SIG998", f"{message}; the other files are checked")
    ]
    assert [d["code"] for d in by_file["a.py"]] == [d["code"] for d in by_file["c.py"]] != []
    assert multiprocessing.active_children() == []  # no worker left behind


def test_a_file_given_up_on_is_not_written_by_fix(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    misbehave(monkeypatch, "hangs")
    before = (project / "bad.py").read_bytes()
    main(["check", ".", "--fix", "--unsafe-fixes", "--per-file-timeout", "1"])
    assert (project / "bad.py").read_bytes() == before
    assert (project / "a.py").read_bytes() != before  # the others were fixed


def test_one_worker_checks_file_after_file_until_one_stalls(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worker outlives each file (its parsed modules serve the next); a stalled one is
    replaced; with no limit, files are checked in this process."""
    log = project.parent / "checked-by.txt"

    def check(text, path, settings=None, project=None):
        stalls = path.name == "bad.py" and not log.exists()
        with log.open("a") as stream:
            stream.write(f"{path.name} {os.getpid()}\n")
        if stalls:
            time.sleep(600)
        return check_source(text, path, settings, project)

    monkeypatch.setattr("siglint.cli.check.check_source", check)
    for name in ("a.py", "c.py"):
        (project / name).rename(project / f"z_{name}")  # after bad.py in the run's order
    # One worker, and every file checked by it: none from the first run's cache.
    main(["check", ".", "--per-file-timeout", "1", "--jobs", "1", "--no-cache"])
    main(["check", ".", "--per-file-timeout", "0", "--jobs", "1", "--no-cache"])
    runs = [line.split() for line in log.read_text().splitlines()]
    assert [name for name, _ in runs] == ["bad.py", "z_a.py", "z_c.py"] * 2
    stalled, first, second, *in_process = (int(pid) for _, pid in runs)
    assert first == second != stalled
    assert os.getpid() not in (stalled, first)
    assert in_process == [os.getpid()] * 3
