"""``siglint diff --base REV``, in real git repositories."""

from __future__ import annotations

import json
import os
import textwrap
from pathlib import Path

import pytest

from siglint.cli.main import main

SCHEMAS = """\
    from typing import Optional

    from pydantic import BaseModel


    class Ticket(BaseModel):
        title: str
        priority: int
        note: Optional[str] = None
    """

ROUTER = """\
    from mlflow.pyfunc import PythonModel

    from schemas import Ticket


    class Router(PythonModel):
        def predict(self, model_input: list[Ticket]) -> list[str]:
            return [t.title for t in model_input]
    """

ECHO = """\
    from mlflow.pyfunc import PythonModel


    class Echo(PythonModel):
        def predict(self, model_input: list[str]) -> list[str]:
            return model_input
    """


def test_a_sibling_module_changed_is_read_at_the_revision(repository, siglint_diff) -> None:
    repository.commit({"schemas.py": SCHEMAS, "model.py": ROUTER})
    repository.write(
        {"schemas.py": SCHEMAS.replace("priority: int", "priority: str\n        team: str")}
    )
    code, out, err = siglint_diff("--base", "HEAD")
    assert out.splitlines() == [
        "model.py:6: Router input [].priority: type changed from long to string: "
        "MLflow now rejects int values — breaking",
        "model.py:6: Router input [].team: new required field (string) — breaking",
        "2 signature changes since HEAD: 2 breaking, 0 compatible.",
    ]
    assert code == 1, err


def test_nothing_is_written_and_nothing_checked_out(repository, siglint_diff) -> None:
    repository.commit({"schemas.py": SCHEMAS, "model.py": ROUTER})
    first = repository.git("rev-parse", "HEAD").strip()
    repository.commit({"model.py": ROUTER.replace("list[str]:", "list[int]:")})
    changed = ROUTER.replace("list[str]:", "list[int]:").replace("list[Ticket]", "list[str]")
    repository.write({"model.py": changed})
    before = _tree_state(repository.root)
    status = repository.git("status", "--porcelain")
    code, out, _ = siglint_diff("--base", first)
    assert code == 1
    assert "Router input []: type changed from Object(note, priority, title) to string" in out
    assert "Router output []: type changed from string to long" in out
    assert _tree_state(repository.root) == before
    assert repository.git("status", "--porcelain") == status
    assert repository.git("rev-parse", "HEAD").strip() != first


def _tree_state(root: Path) -> dict[str, tuple[int, int]]:
    return {
        str(path.relative_to(root)): (path.stat().st_mtime_ns, path.stat().st_size)
        for path in root.rglob("*")
        if path.is_file() and ".git" not in path.parts
    }


def test_no_change_exits_0(repository, siglint_diff) -> None:
    repository.commit({"schemas.py": SCHEMAS, "model.py": ROUTER, "echo.py": ECHO})
    code, out, _ = siglint_diff("--base", "HEAD")
    assert (code, out) == (0, "No signature changes since HEAD (2 models compared).\n")


def test_renamed_moved_removed_and_added_models(repository, siglint_diff) -> None:
    repository.commit(
        {
            "schemas.py": SCHEMAS,
            "model.py": ROUTER,
            "echo.py": ECHO,
            "pair.py": """\
                from mlflow.pyfunc import PythonModel


                class First(PythonModel):
                    def predict(self, model_input: list[int]) -> list[int]:
                        return model_input


                class Second(PythonModel):
                    def predict(self, model_input: list[float]) -> list[float]:
                        return model_input
                """,
        }
    )
    (repository.root / "echo.py").unlink()
    repository.write(
        {
            # moved to another file, under another name: the same signature
            "serving/echo_model.py": ECHO.replace("class Echo", "class Parrot"),
            # renamed in its file, and its signature changed: the only one gone and added there
            "model.py": ROUTER.replace("class Router", "class TicketRouter").replace(
                "-> list[str]", "-> list[int]"
            ),
            # one removed, one added: two gone would be ambiguous, one is not
            "pair.py": """\
                from mlflow.pyfunc import PythonModel


                class First(PythonModel):
                    def predict(self, model_input: list[int]) -> list[int]:
                        return model_input
                """,
            "new.py": ECHO.replace("class Echo", "class Brand").replace("list[str]", "list[bool]"),
        }
    )
    code, out, _ = siglint_diff("--base", "HEAD")
    assert out.splitlines() == [
        "model.py:6: TicketRouter: renamed from Router — compatible",
        "model.py:6: TicketRouter output []: type changed from string to long — breaking",
        "new.py:4: Brand: new model — compatible",
        "pair.py:9: Second: model removed (its input was double) — breaking",
        "serving/echo_model.py:4: Parrot: moved from echo.py:Echo — compatible",
        "5 signature changes since HEAD: 2 breaking, 3 compatible.",
    ]
    assert code == 1


def test_a_deleted_file_and_a_deleted_sibling(repository, siglint_diff) -> None:
    repository.commit({"schemas.py": SCHEMAS, "model.py": ROUTER, "echo.py": ECHO})
    (repository.root / "echo.py").unlink()
    # The pydantic model moves into model.py; the old schemas.py exists at HEAD only.
    (repository.root / "schemas.py").unlink()
    repository.write(
        {
            "model.py": SCHEMAS
            + ROUTER.replace("from schemas import Ticket\n", "").replace(
                "from mlflow.pyfunc import PythonModel", "\nfrom mlflow.pyfunc import PythonModel"
            )
        }
    )
    code, out, _ = siglint_diff("--base", "HEAD")
    assert out.splitlines() == [
        "echo.py:4: Echo: model removed (its input was string) — breaking",
        "1 signature change since HEAD: 1 breaking, 0 compatible.",
    ]
    assert code == 1


def test_fail_on(repository, siglint_diff) -> None:
    repository.commit({"echo.py": ECHO})
    repository.write({"new.py": ECHO.replace("class Echo", "class Other")})  # compatible
    assert siglint_diff("--base", "HEAD")[0] == 0
    assert siglint_diff("--base", "HEAD", "--fail-on", "any")[0] == 1
    assert siglint_diff("--base", "HEAD", "--fail-on", "none")[0] == 0
    repository.write({"echo.py": ECHO.replace("list[str]:", "list[int]:", 1)})  # breaking
    assert siglint_diff("--base", "HEAD")[0] == 1
    assert siglint_diff("--base", "HEAD", "--fail-on", "breaking")[0] == 1
    assert siglint_diff("--base", "HEAD", "--fail-on", "none")[0] == 0


def test_paths_limit_the_models_compared(repository, siglint_diff) -> None:
    repository.commit({"a/echo.py": ECHO, "b/echo.py": ECHO})
    (repository.root / "a" / "echo.py").unlink()
    (repository.root / "b" / "echo.py").unlink()
    code, out, _ = siglint_diff("--base", "HEAD", "b")
    assert (
        out.splitlines()[0] == "b/echo.py:4: Echo: model removed (its input was string) — breaking"
    )
    assert len(out.splitlines()) == 2
    assert code == 1


def test_a_file_that_does_not_parse_is_not_compared(repository, siglint_diff) -> None:
    repository.commit({"echo.py": ECHO, "other.py": ECHO.replace("Echo", "Other")})
    repository.write({"echo.py": "class Echo(:\n"})
    code, out, err = siglint_diff("--base", "HEAD")
    assert (code, out) == (0, "No signature changes since HEAD (1 model compared).\n")
    assert "echo.py: not compared, siglint cannot read it in the working tree" in err


def test_checks_in_forked_children_read_the_revision(repository, capsys) -> None:
    repository.commit({"schemas.py": SCHEMAS, "model.py": ROUTER, "echo.py": ECHO})
    repository.write({"schemas.py": SCHEMAS.replace("title: str", "title: bytes")})
    repository.write({"echo.py": ECHO.replace("list[str]:", "list[bytes]:", 1)})
    capsys.readouterr()
    assert main(["diff", "--base", "HEAD", "--output-format", "json"]) == 1
    items = json.loads(capsys.readouterr().out)
    assert [(i["name"], i["field"], i["verdict"]) for i in items] == [
        ("Echo", "[]", "breaking"),
        ("Router", "[].title", "breaking"),
    ]


def test_unknown_revision_and_no_repository_exit_2(
    repository, siglint_diff, tmp_path, monkeypatch
) -> None:
    repository.commit({"echo.py": ECHO})
    code, out, err = siglint_diff("--base", "no-such-branch")
    assert (code, out) == (2, "")
    assert err.startswith("siglint: error: unknown revision 'no-such-branch':")
    outside = tmp_path / "outside"
    outside.mkdir()
    monkeypatch.chdir(outside)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    code, out, err = siglint_diff("--base", "HEAD")
    assert (code, out) == (2, "")
    assert err.startswith(f"siglint: error: {outside} is not in a git repository")


def test_diff_base_from_the_configuration(repository, siglint_diff) -> None:
    first = repository.commit({"echo.py": ECHO})
    repository.commit({"echo.py": ECHO.replace("list[str]:", "list[int]:", 1)})
    code, _, err = siglint_diff()
    assert code == 2
    assert "give --base REV or --against PATH, or set diff-base" in err
    repository.write({"pyproject.toml": f'[tool.siglint]\ndiff-base = "{first}"\n'})
    code, out, _ = siglint_diff()
    assert code == 1
    assert f"since {first}" in out
    # --base wins over the configuration
    assert siglint_diff("--base", "HEAD")[0] == 0


def test_output_formats(repository, siglint_diff) -> None:
    repository.commit({"schemas.py": SCHEMAS, "model.py": ROUTER})
    repository.write(
        {"schemas.py": SCHEMAS.replace("priority: int", "priority: int\n        team: str")}
    )
    _, github, _ = siglint_diff("--base", "HEAD", "--output-format", "github")
    assert github == (
        "::error title=siglint diff (breaking),file=model.py,line=6::"
        "Router input [].team: new required field (string) — breaking\n"
    )
    _, markdown, _ = siglint_diff("--base", "HEAD", "--output-format", "markdown")
    assert (
        "| :x: breaking | `model.py:6` | `Router` | input | `[].team` | "
        "new required field (string) |" in markdown.splitlines()
    )
    _, sarif, _ = siglint_diff("--base", "HEAD", "--output-format", "sarif")
    result = json.loads(sarif)["runs"][0]["results"][0]
    assert result["ruleId"] == "breaking-signature-change"
    assert result["level"] == "error"
    assert result["locations"][0]["physicalLocation"]["region"] == {"startLine": 6}
    _, full, _ = siglint_diff("--base", "HEAD", "--output-format", "full")
    assert full.splitlines()[:2] == [
        "model.py:6: Router (python_model)",
        "  before: input [{note: string (optional), priority: long (required), "
        "title: string (required)} (required)], output [string (required)]",
    ]
    assert "  [breaking] input [].team: new required field (string)" in full
    output = repository.root / "out" / "diff.json"
    assert siglint_diff("--base", "HEAD", "--output-format", "json", "--output-file", str(output))[
        :2
    ] == (1, "")
    [item] = json.loads(output.read_text(encoding="utf-8"))
    assert item == {
        "path": "model.py",
        "line": 6,
        "cell": None,
        "name": "Router",
        "kind": "python_model",
        "before": {"path": "model.py", "line": 6, "cell": None, "name": "Router"},
        "part": "input",
        "field": "[].team",
        "change": "new required field (string)",
        "verdict": "breaking",
    }
    os.remove(output)


def test_the_pre_commit_hook_compares_what_is_staged_with_head(repository, capsys) -> None:
    yaml = pytest.importorskip("yaml")
    hooks_file = Path(__file__).parents[2] / ".pre-commit-hooks.yaml"
    [hook] = [h for h in yaml.safe_load(hooks_file.read_text()) if h["id"] == "siglint-diff"]
    repository.commit({"echo.py": ECHO})
    repository.write({"echo.py": ECHO.replace("list[str]:", "list[int]:", 1)})
    repository.git("add", "echo.py")
    capsys.readouterr()
    assert main([*hook["entry"].split()[1:], *hook["args"]]) == 1
    assert "echo.py:4: Echo output []: type changed from string to long" in capsys.readouterr().out


def _notebook(*cells: str) -> str:
    return json.dumps(
        {
            "nbformat": 4,
            "nbformat_minor": 5,
            "metadata": {"kernelspec": {"name": "python3", "language": "python"}},
            "cells": [
                {
                    "cell_type": "code",
                    "metadata": {},
                    "source": cell.splitlines(keepends=True),
                    "outputs": [],
                    "execution_count": None,
                }
                for cell in cells
            ],
        },
        indent=1,
    )


def test_a_model_in_a_notebook_is_placed_in_its_cell(repository, siglint_diff) -> None:
    setup = "%pip install mlflow\nfrom mlflow.pyfunc import PythonModel\n"
    model = "\n\nclass Echo(PythonModel):\n    def predict(self, model_input: list[str]) -> list[str]:\n        return model_input\n"
    repository.commit({"train.ipynb": _notebook(setup, model)})
    repository.write({"train.ipynb": _notebook(setup, model.replace("list[str])", "list[int])"))})
    code, out, _ = siglint_diff("--base", "HEAD")
    assert out.splitlines()[0] == (
        "train.ipynb:cell 2:3: Echo input []: type changed from string to long: "
        "MLflow now rejects str values — breaking"
    )
    assert code == 1
    _, github, _ = siglint_diff("--base", "HEAD", "--output-format", "github")
    # Annotations point into the notebook's own text (its JSON).
    line = int(github.split("line=")[1].split("::")[0])
    assert "class Echo" in (repository.root / "train.ipynb").read_text().splitlines()[line - 1]


def test_a_path_deleted_since_the_revision_and_a_path_found_nowhere(
    repository, siglint_diff
) -> None:
    repository.commit({"models/echo.py": ECHO, "other.py": ECHO.replace("Echo", "Other")})
    (repository.root / "models" / "echo.py").unlink()
    (repository.root / "models").rmdir()
    code, out, err = siglint_diff("--base", "HEAD", "models", "other.py")
    assert out.splitlines() == [
        "models/echo.py:4: Echo: model removed (its input was string) — breaking",
        "1 signature change since HEAD: 1 breaking, 0 compatible.",
    ]
    assert (code, err) == (1, "")
    code, out, err = siglint_diff("--base", "HEAD", "nowhere.py", "other.py")
    assert (code, out) == (2, "")
    assert "no such file or folder: nowhere.py (in the working tree or at HEAD)" in err


def test_run_from_a_subfolder(repository, siglint_diff, monkeypatch) -> None:
    repository.commit({"pkg/schemas.py": SCHEMAS, "pkg/model.py": ROUTER, "top.py": ECHO})
    repository.write({"pkg/schemas.py": SCHEMAS.replace("title: str", "title: bytes")})
    (repository.root / "top.py").unlink()
    monkeypatch.chdir(repository.root / "pkg")
    code, out, _ = siglint_diff("--base", "HEAD")
    assert out.splitlines() == [
        "model.py:6: Router input [].title: type changed from string to binary: "
        "MLflow now rejects str values — breaking",
        "1 signature change since HEAD: 1 breaking, 0 compatible.",
    ]
    assert code == 1


def test_a_file_git_sees_renamed_keeps_its_models_matched(repository, siglint_diff) -> None:
    first = (
        textwrap.dedent(ECHO)
        + "\n\nclass Second(PythonModel):\n    def predict(self, model_input: list[int]) -> list[int]:\n        return model_input\n"
    )
    repository.commit({"echo.py": first})
    repository.git("mv", "echo.py", "serving.py")
    # Both change: only git's rename detection can tell they are the same models.
    repository.write(
        {
            "serving.py": first.replace("list[str]:", "list[bytes]:", 1).replace(
                "list[int]:", "list[bool]:", 1
            )
        }
    )
    code, out, _ = siglint_diff("--base", "HEAD", "--output-format", "full")
    assert "serving.py:4: Echo (python_model)" in out
    assert "  [compatible] moved from echo.py:Echo" in out
    assert "  [breaking] output []: type changed from string to binary" in out
    assert "  [compatible] output []: type changed from long to boolean" in out
    assert "removed" not in out
    assert code == 1


def test_changes_since_for_the_hover(repository) -> None:
    from siglint.contract.since import changes_since
    from siglint.engine import check_source

    repository.commit({"schemas.py": SCHEMAS, "model.py": ROUTER})
    repository.write({"schemas.py": SCHEMAS.replace("title: str", "title: bytes")})
    path = repository.root / "model.py"
    targets = check_source(path.read_text(), path).targets
    since = changes_since(path, targets, "HEAD")
    assert since.problem is None
    [change] = since.diffs["Router"].changes
    assert (change.field, change.breaking) == ("[].title", True)
    assert changes_since(path, targets, "nope").problem.startswith("unknown revision 'nope'")


def test_a_shallow_clone_is_told_to_fetch_the_history(
    repository, siglint_diff, tmp_path, monkeypatch
) -> None:
    repository.commit({"echo.py": ECHO})
    repository.commit({"echo.py": ECHO.replace("list[str]:", "list[int]:", 1)})
    clone = tmp_path / "shallow"
    repository.git("clone", "-q", "--depth", "1", f"file://{repository.root}", str(clone))
    monkeypatch.chdir(clone)
    code, out, err = siglint_diff("--base", "HEAD~1")
    assert (code, out) == (2, "")
    assert "this clone is shallow: fetch the history, e.g. `fetch-depth: 0` in CI" in err


def test_a_file_given_up_on_is_named_and_not_compared(repository, capsys) -> None:
    repository.commit({"echo.py": ECHO})
    repository.write({"echo.py": ECHO.replace("list[str]:", "list[int]:", 1)})
    capsys.readouterr()
    # No time at all: every file is given up on, in both versions.
    code = main(["diff", "--base", "HEAD", "--per-file-timeout", "0.000001"])
    out, err = capsys.readouterr()
    assert (code, out) == (0, "No signature changes since HEAD (0 models compared).\n")
    assert "siglint: warning: echo.py: not compared" in err


def test_two_models_of_one_name_in_a_file(repository, siglint_diff) -> None:
    both = """\
        import sys

        from mlflow.pyfunc import PythonModel

        if sys.platform == "win32":

            class Echo(PythonModel):
                def predict(self, model_input: list[str]) -> list[str]:
                    return model_input

        else:

            class Echo(PythonModel):
                def predict(self, model_input: list[int]) -> list[int]:
                    return model_input
        """
    repository.commit({"echo.py": both})
    repository.write({"echo.py": both.replace("list[int]:", "list[float]:")})
    code, out, _ = siglint_diff("--base", "HEAD")
    assert out.splitlines() == [
        "echo.py:13: Echo output []: type changed from long to double — breaking",
        "1 signature change since HEAD: 1 breaking, 0 compatible.",
    ]
    assert code == 1


def test_a_path_outside_the_repository_exits_2(repository, siglint_diff, tmp_path) -> None:
    # Its models are not "new": the revision was never asked about them.
    repository.commit({"echo.py": ECHO})
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "echo.py").write_text(ECHO, encoding="utf-8")
    code, out, err = siglint_diff("--base", "HEAD", str(outside))
    assert (code, out) == (2, "")
    assert err.startswith(f"siglint: error: {outside} is outside the git repository")


def test_past_the_memory_bound_each_file_starts_afresh_and_finds_the_same(
    repository, siglint_diff, parsed, monkeypatch
) -> None:
    """As ``check`` and ``schema``: past ``PROJECT_BUDGET`` the next file starts from nothing
    parsed, on each side of the comparison."""
    from siglint import cli

    other = ROUTER.replace("Router", "Dispatcher")
    repository.commit({"schemas.py": SCHEMAS, "model.py": ROUTER, "other.py": other})
    repository.write({"schemas.py": SCHEMAS.replace("priority: int", "priority: str")})
    kept = siglint_diff("--base", "HEAD")
    assert kept[0] == 1 and "Dispatcher input [].priority" in kept[1]
    assert parsed.count("schemas.py") == 2  # once in the working tree, once at HEAD
    parsed.clear()
    monkeypatch.setattr(cli, "PROJECT_BUDGET", 0)
    assert siglint_diff("--base", "HEAD") == kept
    assert parsed.count("schemas.py") == 4  # for each model, on each side
