"""IPython's syntax masked line for line: what stays Python, what becomes a comment."""

from __future__ import annotations

import ast

import pytest

from siglint.sources.magics import mask_cell, writefile_of
from siglint.sources.notebook import lines_of
from siglint.sources.run import run_candidates, run_target


def masked(cell: str) -> str:
    return "".join(mask_cell(lines_of(cell)))


@pytest.mark.parametrize(
    "cell",
    [
        "%pip install mlflow\nimport mlflow\n",
        "!ls -la\nx = 1\n",
        "%%capture\n%pip install mlflow\nimport mlflow\n",
        "%time y = f()\n",
        "files = !ls\nx = 1\n",
        "a, b = %sx echo 1\n",
        "mlflow.pyfunc.log_model?\n",
        "?mlflow\n",
        "for x in y:\n    !echo {x}\n    %time f(x)\n",
        "%pip install \\\n    pandas \\\n    numpy\nimport pandas\n",
        "pip install mlflow\n",
        "%%sql\nSELECT * FROM t WHERE x = 1\n",
        "%%bash\nls -la | wc\n",
    ],
)
def test_masked_cells_parse_and_keep_their_lines(cell: str) -> None:
    text = masked(cell)
    ast.parse(text)
    assert len(lines_of(text)) == len(lines_of(cell))


def test_python_stays_as_written() -> None:
    cell = "import mlflow\n\n\nclass M(mlflow.pyfunc.PythonModel):\n    pass"
    assert masked(cell) == cell


def test_a_transparent_cell_magic_keeps_its_body() -> None:
    assert masked("%%time\nx = compute()\n") == "#%%time\nx = compute()\n"


def test_a_capture_still_binds_its_names() -> None:
    assert masked("files = !ls\n").startswith("files = None")


def test_a_magic_looking_line_inside_a_string_is_left_alone() -> None:
    cell = 'query = """\n%sql is not run here\n!nor this\n"""\n%pip install x\n'
    text = masked(cell)
    assert "\n%sql is not run here\n!nor this\n" in text
    assert "#%pip install x" in text


def test_run_becomes_a_star_import_of_its_target() -> None:
    text = masked("%run ./_resources/00-init\n")
    module = ast.parse(text).body[0]
    assert isinstance(module, ast.ImportFrom) and module.names[0].name == "*"
    assert run_target(module.module or "") == "./_resources/00-init"


def test_run_is_looked_for_with_and_without_suffixes(tmp_path) -> None:
    assert run_candidates("./init", str(tmp_path)) == (
        str(tmp_path / "init.py"),
        str(tmp_path / "init.ipynb"),
        str(tmp_path / "init"),
    )
    assert run_candidates("../x.ipynb", str(tmp_path / "a")) == (str(tmp_path / "x.ipynb"),)


def test_writefile_names_its_module() -> None:
    written = writefile_of("%%writefile -a agent.py\n")
    assert written is not None and written.path == "agent.py" and written.append
    assert writefile_of("%%writefile\n") is None
    assert writefile_of("%%time\n") is None


def test_top_level_await_is_taken_off_its_line_only() -> None:
    cell = "async def f():\n    await g()\n\nresult = await f()\nawait f()\nasync for x in y():\n    pass\n"
    text = masked(cell)
    compile(text, "<cell>", "exec")
    assert text.splitlines() == [
        "async def f():",
        "    await g()",  # an await inside a coroutine is its own
        "",
        "result = f()",
        "f()",
        "for x in y():",
        "    pass",
    ]


def test_writefile_of_another_file_than_a_module_is_none() -> None:
    assert writefile_of("%%writefile config.yml\n") is None
    assert writefile_of("%%writefile requirements.txt\n") is None
    assert writefile_of("%%writefile src/agent.py\n") is not None
