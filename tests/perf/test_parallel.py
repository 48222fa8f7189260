"""Checking in several children gives the report of checking in this process, order included;
and what needs no check (a warm cache, ``--version``) does not import libcst."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from perf_files import MODELS, write

from siglint.analysis.imports import Packages
from siglint.cli.main import main
from siglint.cli.pool import WORTH_A_CHILD, CheckPool
from siglint.cli.worker import CheckWorker

PROJECT = {
    "pkg/__init__.py": "",
    "pkg/base.py": "import mlflow\n\n\nclass Base(mlflow.pyfunc.PythonModel):\n    pass\n",
    "pkg/model.py": """\
        from pkg.base import Base


        class Model(Base):
            def predict(self, context, model_input: str) -> list[str]:
                return [model_input]
        """,
    "pkg/plain.py": "VALUE = 1  # noqa\n",
}


def _project(folder: Path) -> None:
    write(folder, PROJECT)
    for model in MODELS[:60]:
        (folder / "models").mkdir(exist_ok=True)
        (folder / "models" / model.name).write_bytes(model.read_bytes())


def test_parallel_and_serial_reports_are_identical(
    tmp_path: Path, check: Callable[..., list[dict]]
) -> None:
    _project(tmp_path)
    serial = check("--no-cache", "--jobs", "1", "--per-file-timeout", "0")
    assert len({item["filename"] for item in serial}) > 30
    assert check("--no-cache", "--jobs", "2") == serial
    assert check("--no-cache", "--jobs", "3") == serial
    cold = check("--jobs", "2")
    assert cold == serial
    assert check("--jobs", "2") == serial  # warm


def test_schema_in_several_children_shows_what_one_shows(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    _project(tmp_path)
    monkeypatch.chdir(tmp_path)

    def schema(*flags: str) -> list[dict]:
        capsys.readouterr()
        main(["schema", ".", "--output-format", "json", *flags])
        return json.loads(capsys.readouterr().out)

    serial = schema("--jobs", "1", "--per-file-timeout", "0")
    assert len({item["path"] for item in serial}) > 30
    assert schema("--jobs", "2") == serial
    assert schema("--jobs", "3") == serial


# What checking costs: libcst and the engine (in the children only), the pool that starts them.
_COSTLY = ("libcst", "siglint.engine", "siglint.analysis.module", "siglint.cli.pool")


def _loaded(*arguments: str, cwd: Path, costly: tuple[str, ...] = _COSTLY) -> set[str]:
    """Which of ``costly`` a run of ``siglint`` imports in its own process."""
    probe = (
        "import json, sys\n"
        "from siglint.cli.main import main\n"
        f"main({list(arguments)!r})\n"
        f"print(json.dumps(sorted(set({list(costly)!r}) & set(sys.modules))), file=sys.stderr)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", probe], cwd=cwd, capture_output=True, text=True, check=True
    )
    return set(json.loads(run.stderr.strip().splitlines()[-1]))


def test_what_checks_nothing_does_not_import_libcst(tmp_path: Path) -> None:
    write(tmp_path, PROJECT)
    assert _loaded("--version", cwd=tmp_path) == set()
    # The first run checks in children; this process never parses anything itself.
    assert _loaded("check", ".", "--exit-zero", cwd=tmp_path) == {"siglint.cli.pool"}
    # Every file from the cache: not even a child is started.
    assert _loaded("check", ".", "--exit-zero", cwd=tmp_path) == set()


def test_schema_reads_its_files_in_a_child_only(tmp_path: Path) -> None:
    """``siglint schema`` finds, reads and screens the files; its child parses and infers."""
    write(tmp_path, PROJECT)
    assert _loaded("schema", ".", cwd=tmp_path) == {"siglint.cli.pool"}


def test_a_tree_without_mlflow_loads_no_engine_and_no_name_resolver(tmp_path: Path) -> None:
    """The pre-filter's anchors follow names across the project, for files that name MLflow."""
    write(tmp_path, {"pkg/__init__.py": "", "pkg/plain.py": "import os  # noqa: F401\n"})
    screening = ("siglint.analysis.abstract", "siglint.analysis.anchors")
    assert _loaded("check", ".", "--no-cache", cwd=tmp_path, costly=_COSTLY + screening) == set()


def _pid_after(seconds: float) -> int:
    time.sleep(seconds)
    return os.getpid()


def test_the_files_of_a_package_go_to_one_child_and_the_others_to_any() -> None:
    with CheckPool(_pid_after, 30, 2) as pool:
        for index in range(6):
            # Files this large are worth a second child's imports.
            pool.submit(("package", index), 0.05, group="package", size=WORTH_A_CHILD)
            pool.submit(("loose", index), 0.05, size=WORTH_A_CHILD)
        results = pool.results()
    assert len(results) == 12
    package = {results[("package", index)] for index in range(6)}
    assert len(package) == 1  # every module of the package parsed in one child only
    # The other child was not idle: it took the files of no package meanwhile.
    assert {results[("loose", index)] for index in range(6)} - package


def test_the_package_of_a_module(tmp_path: Path) -> None:
    write(tmp_path, {"src/app/__init__.py": "", "src/app/sub/__init__.py": "", "loose.py": ""})
    packages = Packages()
    assert packages.of(tmp_path / "src" / "app" / "sub" / "m.py") == (tmp_path / "src", "app")
    assert packages.of(tmp_path / "src" / "app" / "m.py") == (tmp_path / "src", "app")
    assert packages.of(tmp_path / "loose.py") is None


def _prepare_for(seconds: float) -> Callable[[], None]:
    def prepare() -> None:
        time.sleep(seconds)

    return prepare


def test_a_child_still_preparing_takes_no_file_while_another_is_ready() -> None:
    """A child started early (``siglint check`` forks one before its search) checks the few
    files of a run alone, while the children forked later still import what checks need; the
    results do not wait for those imports."""
    ready = CheckWorker(_pid_after, 30, _prepare_for(0))
    ready.start()
    while ready.preparing():
        time.sleep(0.01)
    begun = time.monotonic()
    with CheckPool(_pid_after, 30, 3, _prepare_for(30), started=ready) as pool:
        for index in range(4):
            # Enough for the other children to start their imports.
            pool.submit(("loose", index), 0.01, size=WORTH_A_CHILD)
            pool.submit(("package", index), 0.01, group="package", size=WORTH_A_CHILD)
        results = pool.results()
    assert len(set(results.values())) == 1  # all from the child started early
    assert time.monotonic() - begun < 20  # never waited for the others' 30 s imports


def _log_pid(log: Path) -> Callable[[], None]:
    def prepare() -> None:
        with log.open("a") as stream:
            stream.write(f"{os.getpid()}\n")

    return prepare


def test_a_second_child_imports_nothing_for_a_few_small_files(tmp_path: Path) -> None:
    """Its imports would cost a core 0.2 s while the first child checks them all."""
    log = tmp_path / "prepared.txt"
    with CheckPool(_pid_after, 30, 2, _log_pid(log)) as pool:
        for index in range(5):
            pool.submit(index, 0.01, size=2_000)
        results = pool.results()
    assert len(set(results.values())) == 1
    assert log.read_text().split() == [str(results[0])]


def test_a_second_child_imports_once_the_files_are_worth_it(tmp_path: Path) -> None:
    log = tmp_path / "prepared.txt"
    with CheckPool(_pid_after, 30, 2, _log_pid(log)) as pool:
        for index in range(8):
            pool.submit(index, 0.1, size=WORTH_A_CHILD // 4)
        results = pool.results()
    assert len(set(results.values())) == 2
    assert sorted(log.read_text().split()) == sorted(map(str, set(results.values())))


def test_the_time_limit_counts_from_when_the_child_is_ready() -> None:
    """What a child imports before its first file is not that file's time."""
    with CheckWorker(_pid_after, 2, _prepare_for(1.2)) as worker:
        assert worker.run(1.2) != os.getpid()


def _now_after(seconds: float) -> float:
    time.sleep(seconds)
    return time.monotonic()


def test_of_the_files_waiting_the_largest_goes_first() -> None:
    """Files are submitted as they are found to need a check; a long one found last still
    goes before the short ones waiting, so that no child is left checking it alone at the end."""
    with CheckPool(_now_after, 30, 1) as pool:
        pool.submit("first", 0.5, size=10**9)  # the child is busy with it meanwhile
        time.sleep(0.1)
        for key, size in (("small", 10), ("large", 1000), ("middle", 100), ("small too", 10)):
            pool.submit(key, 0, size=size)
        results = pool.results()
    order = sorted(results, key=results.__getitem__)
    assert order == ["first", "large", "middle", "small", "small too"]


def test_each_result_is_given_as_soon_as_it_is_done() -> None:
    """``completed``: the run stores a result while the children check the others."""
    with CheckPool(_now_after, 30, 2) as pool:
        pool.submit("slow", 1.0, group="slow", size=WORTH_A_CHILD)
        pool.submit("quick", 0, group="quick", size=WORTH_A_CHILD)
        given = [(key, time.monotonic()) for key, _ in pool.completed()]
        finished = pool.results()
    assert [key for key, _ in given] == ["quick", "slow"]
    assert given[0][1] < finished["slow"]  # given before the slow one was done
    assert set(finished) == {"quick", "slow"}


def test_without_children_each_result_is_given_too() -> None:
    with CheckPool(_now_after, 0, 2) as pool:  # no time limit: checked in this process
        pool.submit("a", 0)
        pool.submit("b", 0)
        assert sorted(key for key, _ in pool.completed()) == ["a", "b"]
        assert sorted(pool.results()) == ["a", "b"]
