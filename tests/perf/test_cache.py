"""The cache of results: used while nothing a result depends on changes, and only then."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from perf_files import write

from siglint.analysis import imports
from siglint.engine import check_source

MODEL = """\
    import mlflow

    from schema import Request


    class Model(mlflow.pyfunc.PythonModel):
        def predict(self, context, model_input: list[Request]) -> list[str]:
            return []
    """
SCHEMA = """\
    from pydantic import BaseModel


    class Request(BaseModel):
        text: str
    """
# An Optional field without a default: MLflow raises (SIG301), reported on the model's file.
BROKEN_SCHEMA = """\
    from typing import Optional

    from pydantic import BaseModel


    class Request(BaseModel):
        text: Optional[str]
    """


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files the engine checks (in this process: no time limit, no child)."""
    names: list[str] = []

    def counting(text, path, settings, project):
        names.append(path.name)
        return check_source(text, path, settings, project)

    monkeypatch.setattr("siglint.cli.check.check_source", counting)
    return names


@pytest.fixture
def run(check: Callable[..., list[dict]]) -> Callable[..., list[str]]:
    """``siglint check .`` in this process, as the codes found."""

    def codes(*flags: str) -> list[str]:
        return [item["code"] for item in check("--per-file-timeout", "0", *flags)]

    return codes


@pytest.fixture
def project(tmp_path: Path) -> Path:
    # schema.py reaches nothing of MLflow: the pre-filter skips it, and only model.py is checked.
    write(tmp_path, {"model.py": MODEL, "schema.py": SCHEMA})
    return tmp_path


def test_a_second_run_checks_nothing(project: Path, run, checked: list[str]) -> None:
    first = run()
    assert checked == ["model.py"]
    assert run() == first
    assert checked == ["model.py"]


def test_a_second_run_writes_nothing(
    project: Path, run, monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # Outside the project: the first run's new folder would change what the project holds.
    elsewhere = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("SIGLINT_CACHE_DIR", str(elsewhere))
    # A file the pre-filter skips, and imports that lead nowhere: the state of both is kept.
    write(project, {"plain.py": "import helpers.missing\nVALUE = 1\n"})
    run()
    (stored,) = elsewhere.rglob("cache.json")
    written = stored.stat().st_mtime_ns, stored.read_bytes()
    run()
    assert (stored.stat().st_mtime_ns, stored.read_bytes()) == written


def test_an_edit_of_the_file_is_a_miss(project: Path, run, checked: list[str]) -> None:
    run()
    write(project, {"model.py": MODEL.replace("-> list[str]", "-> str")})
    run()
    assert checked == ["model.py", "model.py"]


def test_an_edit_of_an_imported_module_is_a_miss(project: Path, run, checked: list[str]) -> None:
    assert "SIG301" not in run()
    write(project, {"schema.py": BROKEN_SCHEMA})
    assert "SIG301" in run()
    assert checked == ["model.py", "model.py"]


def test_a_module_created_where_an_import_looked_is_a_miss(
    project: Path, run, checked: list[str]
) -> None:
    run()
    # ``import mlflow`` found no project module; now it would find this one.
    write(project, {"mlflow.py": "class pyfunc:\n    PythonModel = object\n"})
    run()
    assert checked.count("model.py") == 2


def test_a_run_after_a_cold_one_searches_for_no_import(
    project: Path, run, monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # The first run confirmed where every import of every module led, and kept the listings of
    # the folders that search read: while they list the same, no import is searched for again.
    # (The cache outside the project: its new folder would change what the project lists.)
    monkeypatch.setenv("SIGLINT_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    first = run()
    searches: list[str] = []
    original = imports.Folders.modules_for

    def counted(self, dotted: str, root: Path, folder: Path) -> list[str]:
        searches.append(dotted)
        return original(self, dotted, root, folder)

    monkeypatch.setattr(imports.Folders, "modules_for", counted)
    assert run() == first
    assert searches == []
    # A folder listing otherwise: each import is searched for again (and found where it was).
    (project / "notes.txt").write_text("")
    write(project, {"other.py": "VALUE = 1\n"})
    assert run() == first
    assert "schema" in searches


@pytest.mark.parametrize("runs_before", [1, 2])
def test_a_module_created_where_an_import_looked_after_warm_runs_is_a_miss(
    project: Path, run, checked: list[str], runs_before: int
) -> None:
    for _ in range(runs_before):
        run()
    write(project, {"mlflow.py": "class pyfunc:\n    PythonModel = object\n"})
    run()
    assert checked.count("model.py") == 2


def test_a_package_created_where_an_import_looked_is_a_miss_for_the_screen(
    project: Path, run, checked: list[str]
) -> None:
    # ``helpers/bases`` did not exist: the screen kept no fingerprint of those absent folders,
    # only of the project's folder, whose listing gains ``helpers``.
    write(project, {"app.py": "from helpers.bases import Base\n\n\nclass App(Base):\n    pass\n"})
    run()
    assert "app.py" not in checked  # nothing it imports reaches MLflow
    write(project, {"helpers/bases.py": "import mlflow\n\nBase = mlflow.pyfunc.PythonModel\n"})
    run()
    assert "app.py" in checked


def test_a_new_package_changes_the_module_name(project: Path, run, checked: list[str]) -> None:
    run()
    (project / "__init__.py").write_text("")
    run()
    assert checked.count("model.py") == 2


def test_other_settings_are_a_miss(project: Path, run, checked: list[str]) -> None:
    run()
    run("--ignore", "SIG306")
    assert checked == ["model.py"] * 2


def test_no_cache_reads_and_writes_nothing(project: Path, run, checked: list[str]) -> None:
    run("--no-cache")
    run("--no-cache")
    assert checked == ["model.py"] * 2
    assert not (project / ".cache").exists()


def test_a_damaged_cache_is_ignored(project: Path, run, checked: list[str]) -> None:
    first = run()
    for stored in (project / ".cache").rglob("cache.json"):
        stored.write_text('{"code": "not json')
    assert run() == first
    assert checked == ["model.py"] * 2
    assert run() == first
    assert checked == ["model.py"] * 2


def test_the_cache_folder_is_git_ignored(project: Path, run) -> None:
    run()
    assert (project / ".cache" / ".gitignore").read_text().splitlines()[-1] == "*"


def test_fixing_neither_reads_nor_writes_the_cache(project: Path, run, checked: list[str]) -> None:
    run()
    run("--fix")
    assert checked == ["model.py"] * 2


def _age(project: Path, seconds: int = 60) -> None:
    """Every file of the project as if written ``seconds`` ago (long before the next run)."""
    for path in project.rglob("*.py"):
        when = path.stat().st_mtime - seconds
        os.utime(path, (when, when))


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the modules read from the disk for their text."""
    names: list[str] = []
    text_of = imports.python_text

    def reading(path: Path) -> str | None:
        names.append(path.name)
        return text_of(path)

    monkeypatch.setattr(imports, "python_text", reading)
    return names


def test_a_second_run_reads_no_unchanged_module_again(
    project: Path, run, checked: list[str], reads: list[str]
) -> None:
    _age(project)
    first = run()
    assert "schema.py" in reads
    reads.clear()
    assert run() == first
    # The files given to check are read, to know what they hold; the module their results
    # depend on is known unchanged from its time and size.
    assert "schema.py" not in reads
    assert checked == ["model.py"]


def test_an_edit_that_keeps_the_size_is_a_miss(project: Path, run, checked: list[str]) -> None:
    _age(project)
    assert "SIG301" not in run()
    schema = project / "schema.py"
    before = schema.stat()
    broken = textwrap.dedent(SCHEMA).replace("text: str", "text: set")  # same length
    schema.write_text(broken)
    os.utime(schema, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000_000))
    assert schema.stat().st_size == before.st_size
    assert "SIG302" in run()
    assert checked == ["model.py", "model.py"]


def test_a_module_modified_just_before_the_run_is_read_again(
    project: Path, run, checked: list[str], reads: list[str]
) -> None:
    run()  # the files were written a moment ago: not to be trusted from their times
    reads.clear()
    run()
    assert "schema.py" in reads
    assert checked == ["model.py"]
