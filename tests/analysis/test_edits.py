"""Fix edits built on the syntax tree: exact results, in every placement, that still parse."""

from __future__ import annotations

from pathlib import Path

import libcst as cst
import pytest

from siglint.analysis.edits import remove_argument
from siglint.analysis.project import parse
from siglint.diagnostics import Edit
from siglint.engine import check_source
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
    "inside blocks": (
        "def log():\n    if True:\n        f(\n            a=1,\n            signature=s,\n"
        "            b=2,\n        )\n",
        "def log():\n    if True:\n        f(\n            a=1,\n            b=2,\n        )\n",
    ),
    "inside a block indented with a tab": (
        "def log():\n\tf(\n\t\ta=1,\n\t\tsignature=s,\n\t)\n",
        "def log():\n\tf(\n\t\ta=1,\n\t)\n",
    ),
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


# --------------------------------------------------------------------------------------
# Wrapping and replacing hints, through the engine
# --------------------------------------------------------------------------------------

INPUT = """\
import typing
from collections import abc
from collections.abc import Collection, Iterable, Sequence
from typing import Any, Dict, Optional, Tuple, Union

import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: {hint}) -> list[str]:
        return []
"""

FIELD = """\
from typing import Optional

import mlflow
from pydantic import BaseModel, Field


class Query(BaseModel):
    {field}


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Query]) -> list[str]:
        return []
"""


def _fixed(text: str, code: str) -> str:
    """``text`` with the fix of its one ``code`` finding applied; that finding is then gone."""
    path = Path("/project/model.py")
    [diagnostic] = [d for d in check_source(text, path).diagnostics if d.code == code]
    assert diagnostic.fix is not None, diagnostic
    fixed = apply_edits(text, diagnostic.fix.edits)
    assert parses(fixed)
    compile(fixed, "<fixed>", "exec")
    assert code not in [d.code for d in check_source(fixed, path).diagnostics]
    return fixed


HINTS = {
    "plain": ("str", "list[str]"),
    "parenthesized": ("(str)", "(list[str])"),
    "a string": ('"str"', '"list[str]"'),
    "over lines, with a comment": (
        "dict[\n        str,  # the key\n        int,\n    ]",
        "list[dict[\n        str,  # the key\n        int,\n    ]]",
    ),
}


@pytest.mark.parametrize(("hint", "expected"), HINTS.values(), ids=HINTS.keys())
def test_wrapping_the_input_hint_in_a_list(hint: str, expected: str) -> None:
    text = INPUT.format(hint=hint)
    assert _fixed(text, "SIG101") == INPUT.format(hint=expected)


def test_wrapping_follows_the_files_typing_list_spelling() -> None:
    text = INPUT.format(hint="str").replace("-> list[str]", "-> typing.List[str]")
    fixed = _fixed(text, "SIG101")
    assert "model_input: typing.List[str]" in fixed


COLLECTIONS = {
    "set": ("set[str]", "list[str]"),
    "frozenset": ("frozenset[int]", "list[int]"),
    "tuple of any length": ("tuple[str, ...]", "list[str]"),
    "typing.Tuple": ("Tuple[float, ...]", "list[float]"),
    "Sequence": ("Sequence[str]", "list[str]"),
    "typing.Sequence": ("typing.Sequence[dict[str, int]]", "list[dict[str, int]]"),
    "Iterable": ("Iterable[str]", "list[str]"),
    "abc.Iterable": ("abc.Iterable[bytes]", "list[bytes]"),
    "Collection": ("Collection[bool]", "list[bool]"),
    "over lines": ("Sequence[\n        str  # text\n    ]", "list[\n        str  # text\n    ]"),
}


@pytest.mark.parametrize(("hint", "expected"), COLLECTIONS.values(), ids=COLLECTIONS.keys())
def test_a_collection_as_the_input_becomes_a_list_of_its_items(hint: str, expected: str) -> None:
    assert _fixed(INPUT.format(hint=hint), "SIG101") == INPUT.format(hint=expected)


OPTIONALS = {
    "Optional": ("Optional[list[str]]", "list[str]"),
    "typing.Optional": ("typing.Optional[list[str]]", "list[str]"),
    "Union with None": ("Union[list[str], None]", "list[str]"),
    "None first": ("Union[None, list[str]]", "list[str]"),
    "PEP 604": ("list[str] | None", "list[str]"),
    "PEP 604, None first": ("None | list[str]", "list[str]"),
    "nested": ("Optional[Optional[list[str]]]", "list[str]"),
    "and its element": ("Optional[list[Optional[str]]]", "list[str]"),
    "and its element, PEP 604": ("list[str | None] | None", "list[str]"),
    "over lines": ("Optional[\n        list[str]\n    ]", "list[str]"),
    "the element": ("list[Optional[str]]", "list[str]"),
    "the element, PEP 604": ("list[str | None]", "list[str]"),
}


@pytest.mark.parametrize(("hint", "expected"), OPTIONALS.values(), ids=OPTIONALS.keys())
def test_removing_optional_from_the_input_hint(hint: str, expected: str) -> None:
    text = INPUT.format(hint=hint)
    codes = {d.code for d in check_source(text, Path("/project/model.py")).diagnostics}
    [code] = codes & {"SIG106", "SIG107"}
    assert _fixed(text, code) == INPUT.format(hint=expected)


DEFAULTS = {
    "no value": ("note: Optional[str]", "note: Optional[str] = None"),
    "a comment after it": ("note: Optional[str]  # why", "note: Optional[str] = None  # why"),
    "Ellipsis": ("note: Optional[str] = ...", "note: Optional[str] = None"),
    "Field(...)": ("note: Optional[str] = Field(...)", "note: Optional[str] = Field(None)"),
    "Field(default=...)": (
        "note: Optional[str] = Field(default=...)",
        "note: Optional[str] = Field(default=None)",
    ),
    "Field()": ("note: Optional[str] = Field()", "note: Optional[str] = Field(default=None)"),
    "Field(description=...)": (
        'note: Optional[str] = Field(description="d")',
        'note: Optional[str] = Field(default=None, description="d")',
    ),
    "Field over lines": (
        'note: Optional[str] = Field(\n        description="d",\n    )',
        'note: Optional[str] = Field(\n        default=None, description="d",\n    )',
    ),
}


@pytest.mark.parametrize(("field", "expected"), DEFAULTS.values(), ids=DEFAULTS.keys())
def test_setting_a_pydantic_fields_default_to_none(field: str, expected: str) -> None:
    assert _fixed(FIELD.format(field=field), "SIG301") == FIELD.format(field=expected)


KEYS = {
    "dict": ("list[dict[int, str]]", "list[dict[str, str]]"),
    "typing.Dict": ("list[typing.Dict[Any, float]]", "list[typing.Dict[str, float]]"),
    "nested, every one": ("list[dict[int, dict[float, str]]]", "list[dict[str, dict[str, str]]]"),
}


@pytest.mark.parametrize(("hint", "expected"), KEYS.values(), ids=KEYS.keys())
def test_dictionary_keys_become_str(hint: str, expected: str) -> None:
    text = INPUT.format(hint=hint)
    assert _fixed(text, "SIG104") == INPUT.format(hint=expected)


def test_a_pydantic_fields_dictionary_keys_become_str() -> None:
    text = FIELD.format(field="counts: dict[int, int]")
    assert _fixed(text, "SIG104") == FIELD.format(field="counts: dict[str, int]")
