"""``ModuleInfo.range_of`` gives exactly libcst's ``PositionProvider`` ranges, for every node.

It generates the code of one top-level statement and finds it in the text (or, when that code is
not found exactly once, the whole module), where ``PositionProvider`` generates the whole module
and builds a position object per token and node.
"""

from __future__ import annotations

from pathlib import Path

import libcst as cst
import pytest
from libcst.metadata import MetadataWrapper, PositionProvider
from perf_files import MODELS

from siglint.analysis.module import ModuleInfo
from siglint.analysis.project import parse
from siglint.diagnostics import Range

EDGE_CASES = {
    "crlf": "import mlflow\r\n\r\nclass M(mlflow.pyfunc.PythonModel):\r\n    def predict(self, context, model_input: str):\r\n        return model_input\r\n",
    "lone_cr": "x = 1\ry = (\r  2,\r)\r",
    "no_trailing_newline": "def f(a: int) -> int:\n    return a",
    "the_last_statement_twice_without_newline": "x = 1\nx = 1",
    "tabs_and_unicode": "if True:\n\tcafé = 'naïve'  # ünïcode\n\tx = [\n\t\t1,\n\t]\n",
    "form_feed": "x = 1\n\x0c\ndef f():\n    pass\n",
    "duplicated_statements": "x = 1\nx = 1\n\nclass A:\n    pass\n\nclass A:\n    pass\n",
    "comments_everywhere": "# header\n\n# before\nclass A:  # trailing\n    # inside\n    x: int  # field\n    # footer of the body\n# after\n",
    "decorators": "@d\n# between\n@e(1)\nclass A:\n    @property\n    def f(self):\n        return 1\n",
    "empty": "",
}


def _expected(module: ModuleInfo) -> dict[cst.CSTNode, Range]:
    positions = MetadataWrapper(module.tree, unsafe_skip_copy=True).resolve(PositionProvider)
    return {
        node: Range(r.start.line, r.start.column, r.end.line, r.end.column)
        for node, r in positions.items()
    }


def _assert_identical(text: str, path: Path) -> None:
    # Statement by statement (a fresh module, asked only for nodes inside statements)...
    module = parse(path.absolute(), text)
    expected = _expected(module)
    inside = [node for node in expected if not isinstance(node, cst.Module)]
    assert {n: module.range_of(n) for n in inside} == {n: expected[n] for n in inside}
    # ... and the whole module at once (asked for the module first).
    module = parse(path.absolute(), text)
    expected = _expected(module)
    assert {n: module.range_of(n) for n in expected} == expected


@pytest.mark.parametrize("path", MODELS, ids=lambda p: p.name)
def test_every_node_of_every_model(path: Path) -> None:
    _assert_identical(path.read_text(encoding="utf-8"), path)


@pytest.mark.parametrize("name", EDGE_CASES)
def test_edge_cases(name: str, tmp_path: Path) -> None:
    _assert_identical(EDGE_CASES[name], tmp_path / f"{name}.py")


def test_only_the_statements_asked_for_are_generated(tmp_path: Path) -> None:
    text = "".join(f"def f{i}(x: int) -> int:\n    return x\n\n\n" for i in range(50))
    module = parse(tmp_path / "many.py", text)
    target = module.tree.body[20]
    assert module.range_of(target.name) == Range(81, 4, 81, 7)
    assert module._generated == {20}


def test_a_statement_found_twice_falls_back_to_the_whole_module(tmp_path: Path) -> None:
    module = parse(tmp_path / "twice.py", "x = 1\nx = 1\n")
    second = module.tree.body[1]
    assert module.range_of(second) == Range(2, 0, 2, 5)
    assert module._generated == {0, 1}
