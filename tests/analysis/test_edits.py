"""Fix edits built on the syntax tree: exact results, in every placement, that still parse."""

from __future__ import annotations

from pathlib import Path

import libcst as cst
import pytest

from siglint.analysis.edits import remove_argument
from siglint.analysis.project import parse
from siglint.diagnostics import Edit
from siglint.fixes import apply_edits, narrowed, parses


def _without_signature(text: str) -> str:
    """``text`` without its ``signature=`` argument, removed as the engine does it."""
    module = parse(Path("/project/model.py").absolute(), text)
    [(call, argument)] = [
        (call, arg)
        for call, _ in module.calls
        for arg in call.args
        if arg.keyword and arg.keyword.value == "signature"
    ]
    edit = remove_argument(module, call, argument)
    return apply_edits(text, [narrowed(text, Edit(module.range_of(edit.node), edit.text))])


REMOVALS = {
    "first, one line": ("f(signature=s, a=1)\n", "f(a=1)\n"),
    "middle, one line": ("f(a=1, signature=s, b=2)\n", "f(a=1, b=2)\n"),
    "last, one line": ("f(a=1, signature=s)\n", "f(a=1)\n"),
    "last, trailing comma": ("f(a=1, signature=s,)\n", "f(a=1,)\n"),
    "last, trailing comma and space": ("f(a=1, signature=s, )\n", "f(a=1, )\n"),
    "only": ("f(signature=s)\n", "f()\n"),
    "only, spaced": ("f( signature=s )\n", "f()\n"),
    "between starred": ("f(*args, signature=s, **kwargs)\n", "f(*args, **kwargs)\n"),
    "first, many lines": (
        "f(\n    signature=s,\n    a=1,\n)\n",
        "f(\n    a=1,\n)\n",
    ),
    "middle, many lines": (
        "f(\n    a=1,\n    signature=s,\n    b=2,\n)\n",
        "f(\n    a=1,\n    b=2,\n)\n",
    ),
    "last, many lines, trailing comma": (
        "f(\n    a=1,\n    signature=s,\n)\n",
        "f(\n    a=1,\n)\n",
    ),
    "last, many lines, no trailing comma": (
        "f(\n    a=1,\n    signature=s\n)\n",
        "f(\n    a=1\n)\n",
    ),
    "only, many lines": ("f(\n    signature=s,\n)\n", "f()\n"),
    "hanging indent, last": ("x = f(a,\n      signature=s)\n", "x = f(a)\n"),
    "hanging indent, middle": ("x = f(a, signature=s,\n      b=2)\n", "x = f(a, b=2)\n"),
    "hanging indent, first": ("x = f(signature=s,\n      b=2)\n", "x = f(b=2)\n"),
    "comments around it": (
        "f(\n    a=1,  # one\n    # about the signature\n    signature=s,  # the old one\n"
        "    b=2,  # two\n)\n",
        "f(\n    a=1,  # one\n    # about the signature\n    b=2,  # two\n)\n",
    ),
    "comment lines after it": (
        "f(\n    signature=s,\n    # about a\n    a=1,\n)\n",
        "f(\n    # about a\n    a=1,\n)\n",
    ),
    "last, a comment line before the parenthesis": (
        "f(\n    a=1,\n    signature=s,\n    # the end\n)\n",
        "f(\n    a=1,\n    # the end\n)\n",
    ),
    "last, commented, no trailing comma": (
        "f(\n    a=1,  # one\n    signature=s  # old\n)\n",
        "f(\n    a=1  # one\n)\n",
    ),
    "first, comment on the opening line": (
        "f(  # call\n    signature=s,\n    a=1,\n)\n",
        "f(  # call\n    a=1,\n)\n",
    ),
    "multi-line value": (
        "f(\n    a=1,\n    signature=infer(\n        x,\n        y,\n    ),\n    b=2,\n)\n",
        "f(\n    a=1,\n    b=2,\n)\n",
    ),
    "inside an expression": (
        "info = [log(a, signature=s)][0]\n",
        "info = [log(a)][0]\n",
    ),
    "parenthesized call": ("x = (f(a, signature=s))\n", "x = (f(a))\n"),
    "line ending CRLF": (
        "f(\r\n    a=1,\r\n    signature=s,\r\n    b=2,\r\n)\r\n",
        "f(\r\n    a=1,\r\n    b=2,\r\n)\r\n",
    ),
}


@pytest.mark.parametrize(("text", "expected"), REMOVALS.values(), ids=REMOVALS.keys())
def test_removing_an_argument_takes_its_comma_and_whitespace(text: str, expected: str) -> None:
    fixed = _without_signature(text)
    assert fixed == expected
    assert parses(fixed)
    cst.parse_module(fixed)  # and libcst's own reading of it
    compile(fixed, "<fixed>", "exec")
