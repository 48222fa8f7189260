"""Real files, mutated (``mutations``): siglint never crashes or hangs, and a run always goes on.

The engine runs in a ``CheckWorker`` child, so that a crash or a hang on one input fails its test
with the input instead of taking pytest down. Inputs beyond what CPython itself accepts (nesting
deeper than 200 brackets, boolean chains of 20000 operands) go through ``siglint`` subprocesses.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, note
from invariants import FIGURES, assert_range_inside, checked, fuzz_settings
from mutations import Mutant, mutants, read

from siglint.cli.main import main
from siglint.cli.worker import CheckWorker, FileAbandoned
from siglint.engine import check_source
from siglint.fixes import parses, split_lines
from siglint.scope import names_mlflow
from siglint.sources.python import UnreadableSource, read_python

GOOD = Path(__file__).parents[2] / "examples" / "translator_model.py"


def _engine_checks(text: str, path: Path) -> int:
    """In the worker: the engine's invariants on ``text``; the number of diagnostics."""
    return len(checked(text, path).diagnostics)


@pytest.fixture(scope="module")
def engine():
    with CheckWorker(_engine_checks, seconds=120) as worker:
        yield worker


@fuzz_settings(400)
@given(mutant=mutants())
def test_engine_survives_mutated_files(mutant: Mutant, engine, tmp_path_factory) -> None:
    FIGURES["inputs"] += 1
    FIGURES["mutated files"] += 1
    try:
        text = read_python(mutant.data)
    except UnreadableSource:
        return  # the command line reports it (test_a_run_over_broken_files_goes_on)
    folder = tmp_path_factory.getbasetemp()
    try:
        # Never written there: the engine reads only the text it is given (and the neighbours).
        engine.run(text, folder / mutant.original.name)
    except FileAbandoned:
        kept = folder / f"failing_{mutant.original.name}"
        kept.write_bytes(mutant.data)
        note(f"the mutated file is kept in {kept}")
        raise


def test_a_syntax_error_is_placed_inside_the_text(tmp_path: Path) -> None:
    text = "class A:\nimport mlflow\n\n\nx = 1\n"
    [diagnostic] = check_source(text, tmp_path / "model.py").diagnostics
    assert diagnostic.code == "SIG999"
    assert_range_inside(diagnostic.range, split_lines(text), diagnostic)


def test_a_run_over_broken_files_goes_on(tmp_path: Path) -> None:
    """Each file that cannot be read or parsed costs one SIG999; the other files' findings stay."""
    folder = tmp_path / "project"
    folder.mkdir()
    fixed_cases = {
        "invalid_utf8.py": read(GOOD) + b"\nx = '\xff'\n",
        "nul_byte.py": read(GOOD).replace(b"\n", b"\x00\n", 1),
        "unknown_cookie.py": b"# coding: klingon\n" + read(GOOD),
        "undefined_codec.py": b"# coding: undefined\n" + read(GOOD),
        "bom_and_latin1_cookie.py": b"\xef\xbb\xbf# coding: latin-1\n" + read(GOOD),
        "unterminated.py": read(GOOD) + b'\n"""never closed\n',
    }
    broken: dict[str, bytes] = dict(fixed_cases)

    @fuzz_settings(40)
    @given(mutant=mutants())
    def collect(mutant: Mutant) -> None:
        broken[f"mutant_{len(broken)}.py"] = mutant.data

    collect()
    for name, data in broken.items():
        (folder / name).write_bytes(data)
    (folder / GOOD.name).write_bytes(read(GOOD))
    FIGURES["inputs"] += len(broken)

    by_file = _check_json(folder, tmp_path / "report.json")
    alone = _check_json(folder / GOOD.name, tmp_path / "alone.json")
    assert by_file[GOOD.name] == alone[GOOD.name] != []
    for name, data in broken.items():
        codes = [item["code"] for item in by_file.get(name, [])]
        assert "SIG998" not in codes, (name, by_file[name])
        try:
            text = read_python(data)
        except UnreadableSource:  # what cannot be read is always said
            assert codes == ["SIG999"], (name, by_file.get(name))
            continue
        if not parses(text):
            # Reported where it names MLflow; any other file is not siglint's business (scope).
            assert codes == (["SIG999"] if names_mlflow(text) else []), (name, by_file.get(name))
    for name in fixed_cases:
        assert by_file[name][0]["message"].startswith(
            ("siglint cannot ", "Python cannot ", "SyntaxError: ")
        ), by_file[name]


def _check_json(path: Path, output: Path) -> dict[str, list[dict]]:
    """``siglint check PATH --output-format json`` (exit code 1 asserted), by file name."""
    code = main(["check", str(path), "--output-format", "json", "--output-file", str(output)])
    assert code == 1
    by_file: dict[str, list[dict]] = {}
    for item in json.loads(output.read_text(encoding="utf-8")):
        by_file.setdefault(Path(item["filename"]).name, []).append(item)
    return by_file


# Inputs CPython rejects or barely accepts, on which libcst's native parser overflows its stack
# (the first two: at once) or works for minutes.
CRASHING = {
    "deep_parentheses.py": "x = " + "(" * 5000 + "1" + ")" * 5000 + "\n",
    "long_and_chain.py": "x = " + " and ".join(["a"] * 20000) + "\n",
}
PATHOLOGICAL = {
    **CRASHING,
    "deep_subscripts.py": "x: " + "list[" * 3000 + "int" + "]" * 3000 + "\n",
    "long_subscript_chain.py": "x = a" + "[1]" * 3000 + "\n",
    "deep_not.py": "x = " + "not " * 10000 + "a\n",
}


def _folder(files: dict[str, str], folder: Path) -> Path:
    """``folder`` holding ``files`` and the good example."""
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / GOOD.name).write_bytes(read(GOOD))
    return folder


def _siglint(*arguments: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    # Started in the repository, not in the checked folder: ``python -m`` puts its working folder
    # first on sys.path (test_no_user_code_runs).
    command = [sys.executable, "-m", "siglint", *arguments]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout)


def test_pathological_files_cost_one_diagnostic_each(tmp_path: Path) -> None:
    folder = _folder(PATHOLOGICAL, tmp_path)
    started = time.monotonic()
    # Every file goes to the engine: the pre-filter would report clean those it proves have
    # nothing for siglint (CPython parses them and they mention nothing siglint checks).
    run = _siglint(
        "check", str(folder), "--output-format", "json", "--per-file-timeout", "3", "--no-prefilter"
    )
    elapsed = time.monotonic() - started
    FIGURES["inputs"] += len(PATHOLOGICAL)
    assert run.returncode == 1, run.stderr
    by_file: dict[str, list[str]] = {}
    for item in json.loads(run.stdout):
        by_file.setdefault(Path(item["filename"]).name, []).append(item["code"])
    for name in PATHOLOGICAL:
        assert len(by_file[name]) == 1 and by_file[name][0] in ("SIG998", "SIG999"), by_file
    assert by_file[GOOD.name] == ["SIG101", "SIG108"]
    # Each file at worst its 3 seconds, plus start-up: no file stalled the run.
    assert elapsed < 3 * len(PATHOLOGICAL) + 30


def test_schema_survives_pathological_files(tmp_path: Path) -> None:
    # Every file goes to the engine, as in the test above (the pre-filter proves that
    # ``long_and_chain.py`` can hold no model).
    folder = str(_folder(CRASHING, tmp_path))
    run = _siglint("schema", folder, "--output-format", "json", "--no-prefilter")
    assert run.returncode == 1, run.stderr[-2000:]
    for name in CRASHING:  # each one said why it has no answer
        assert f"{name}: siglint crashed on this file" in run.stderr, run.stderr[-2000:]
    alone = _siglint("schema", str(tmp_path / GOOD.name), "--output-format", "json")
    expected = [{**item, "path": str(tmp_path / GOOD.name)} for item in json.loads(alone.stdout)]
    assert [
        {**item, "path": str(tmp_path / item["path"])} for item in json.loads(run.stdout)
    ] == expected


def test_a_huge_file_costs_at_most_its_time_limit(tmp_path: Path) -> None:
    """A generated 5 MB module (a data table): libcst alone needs minutes and gigabytes for it,
    so the run must give up on it at the limit, say so, and still report the other file."""
    row = "    {'id': 1, 'name': 'x', 'tags': ['a', 'b']},\n"
    (tmp_path / "table.py").write_text("TABLE = [\n" + row * (5_000_000 // len(row)) + "]\n")
    (tmp_path / GOOD.name).write_bytes(read(GOOD))
    started = time.monotonic()
    run = _siglint("check", str(tmp_path), "--output-format", "json", "--per-file-timeout", "5")
    FIGURES["inputs"] += 1
    assert run.returncode == 1, run.stderr
    by_file: dict[str, list[str]] = {}
    for item in json.loads(run.stdout):
        by_file.setdefault(Path(item["filename"]).name, []).append(item["code"])
    assert by_file == {"table.py": ["SIG998"], GOOD.name: ["SIG101", "SIG108"]}
    assert time.monotonic() - started < 35
