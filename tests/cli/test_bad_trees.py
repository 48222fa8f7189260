"""Trees nobody keeps clean: each bad thing in them costs one finding or one warning, the rest is
checked, and nothing ends in a traceback. A path that does not exist is a usage error (exit 2)."""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from siglint.cli import check
from siglint.files import iter_python_files

Siglint = Callable[..., Any]

MODEL = """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: str) -> list[str]:
        return [model_input]
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def findings(run: Any) -> list[tuple[str, str]]:
    return [(item["filename"], item["code"]) for item in json.loads(run.out)]


def test_a_broken_configuration_in_a_subfolder_costs_a_warning(
    siglint: Siglint, tmp_path: Path
) -> None:
    template = tmp_path / "{{cookiecutter.repository}}"
    write(template, "pyproject.toml", "[tool.siglint\nname = {{ cookiecutter.name }}\n")
    write(template, "model.py", MODEL)
    write(tmp_path, "app/model.py", MODEL)
    run = siglint("check", "--no-cache", "--output-format", "json", ".")
    assert run.code == 1
    assert findings(run) == [("app/model.py", "SIG101")]
    [warning] = run.err.splitlines()
    assert warning.startswith(
        "siglint: warning: {{cookiecutter.repository}}/pyproject.toml: invalid TOML: "
    )
    assert warning.endswith("; {{cookiecutter.repository}}/ is not checked")
    schema = siglint("schema", "--output-format", "json", ".")
    assert schema.code == 0
    assert [item["path"] for item in json.loads(schema.out)] == ["app/model.py"]
    assert schema.err == run.err


def test_a_broken_configuration_over_a_given_path_is_an_error(
    siglint: Siglint, tmp_path: Path
) -> None:
    write(tmp_path, "pyproject.toml", "[tool.siglint]\nselect = 3\n")
    write(tmp_path, "model.py", MODEL)
    for command in ("check", "schema"):
        run = siglint(command, "model.py")
        assert (run.code, run.out) == (2, ""), command
        assert run.err.startswith("siglint: error: pyproject.toml: [tool.siglint] select")
        assert "Traceback" not in run.err


def test_a_symlink_loop_a_fifo_and_a_dangling_link_cost_one_finding_each(
    siglint: Siglint, tmp_path: Path
) -> None:
    write(tmp_path, "model.py", MODEL)
    os.symlink("b.py", tmp_path / "a.py")
    os.symlink("a.py", tmp_path / "b.py")
    os.symlink("gone.py", tmp_path / "dangling.py")
    os.mkfifo(tmp_path / "pipe.py")
    run = siglint("check", "--no-cache", "--output-format", "json", ".")
    assert run.code == 1
    assert findings(run) == [
        ("a.py", "SIG999"),
        ("b.py", "SIG999"),
        ("dangling.py", "SIG999"),
        ("pipe.py", "SIG999"),
        ("model.py", "SIG101"),
    ]
    messages = [item["message"] for item in json.loads(run.out)]
    assert messages[0] == "siglint cannot read this file: Too many levels of symbolic links"
    assert messages[3] == "siglint cannot read this file: not a regular file (a FIFO)"
    # Named on the command line, a FIFO is not read either (the read would never end).
    named = siglint("check", "--no-cache", "--output-format", "json", "pipe.py", "a.py")
    assert findings(named) == [("pipe.py", "SIG999"), ("a.py", "SIG999")]
    schema = siglint("schema", "--output-format", "json", ".")
    assert schema.code == 1
    assert [item["path"] for item in json.loads(schema.out)] == ["model.py"]
    assert len(schema.err.splitlines()) == 4


def test_an_unreadable_file_and_one_that_vanishes_cost_one_finding_each(
    siglint: Siglint, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, "model.py", MODEL)
    write(tmp_path, "locked.py", MODEL)
    write(tmp_path, "vanishing.py", MODEL)

    def files_then_vanish(*args: Any, **kwargs: Any) -> Iterator[tuple[str, Path]]:
        for shown, path in iter_python_files(*args, **kwargs):
            if path.name == "vanishing.py":
                path.unlink()  # found by the search, gone before it is read
            yield shown, path

    read_bytes = Path.read_bytes

    def locked(path: Path) -> bytes:
        if path.name == "locked.py":  # the tests may run as root, whom permissions do not stop
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return read_bytes(path)

    monkeypatch.setattr(check, "iter_python_files", files_then_vanish)
    monkeypatch.setattr(Path, "read_bytes", locked)
    run = siglint("check", "--no-cache", "--output-format", "json", ".")
    assert run.code == 1
    assert findings(run) == [
        ("locked.py", "SIG999"),
        ("model.py", "SIG101"),
        ("vanishing.py", "SIG999"),
    ]


@pytest.mark.parametrize("command", ["check", "schema", "config"])
def test_a_path_that_does_not_exist_is_a_usage_error(
    siglint: Siglint, tmp_path: Path, command: str
) -> None:
    write(tmp_path, "model.py", MODEL)
    paths = ["nonexist.py"] if command == "config" else ["model.py", "nonexist.py"]
    run = siglint(command, *paths)
    assert (run.code, run.out) == (2, "")
    assert run.err == "siglint: error: no such file or folder: nonexist.py\n"


@pytest.mark.parametrize(
    "output_format", ["concise", "full", "json", "json-lines", "github", "junit", "sarif"]
)
def test_a_file_name_that_is_not_utf8_is_reported_in_every_format(
    siglint: Siglint, tmp_path: Path, output_format: str
) -> None:
    os.makedirs(tmp_path / "models")
    # The name's byte \xff is no UTF-8: Python keeps it as the surrogate \udcff.
    (tmp_path / "models" / os.fsdecode(b"caf\xff.py")).write_text(MODEL, encoding="utf-8")
    run = siglint("check", "--no-cache", "--output-format", output_format, "models")
    assert run.code == 1, run.err
    assert "SIG101" in run.out


def test_a_gitignore_pattern_that_can_never_match_is_ignored_as_git_does(
    siglint: Siglint, tmp_path: Path
) -> None:
    (tmp_path / ".git").mkdir()
    write(tmp_path, ".gitignore", "[z-a]\n[\nignored.py\n")
    write(tmp_path, "model.py", MODEL)
    write(tmp_path, "ignored.py", MODEL)
    run = siglint("check", "--no-cache", "--output-format", "json", ".")
    assert findings(run) == [("model.py", "SIG101")]


@pytest.mark.parametrize(
    ("name", "text", "error"),
    [
        (
            "pyproject.toml",
            '[tool.siglint]\nextend-exclude = ["[z-a]"]\n',
            'pyproject.toml: [tool.siglint] extend-exclude: invalid glob pattern "[z-a]"',
        ),
        (
            "siglint.toml",
            'per-file-ignores = { "[z-a].py" = ["SIG101"] }\n',
            'siglint.toml: per-file-ignores: invalid glob pattern "[z-a].py"',
        ),
    ],
)
def test_a_configured_glob_that_can_never_match_is_a_configuration_error(
    siglint: Siglint, tmp_path: Path, name: str, text: str, error: str
) -> None:
    write(tmp_path, name, text)
    write(tmp_path, "model.py", MODEL)
    run = siglint("check", "model.py")
    assert (run.code, run.out) == (2, "")
    assert run.err.startswith(f"siglint: error: {error}: bad character range")
