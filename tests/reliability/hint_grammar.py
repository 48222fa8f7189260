"""Hypothesis strategies for model files: predict hints and pydantic models, good and bad.

The grammar covers what MLflow accepts (primitives, ``Any``, ``list``/``dict`` in builtin and
``typing`` spellings, ``Optional`` in its three spellings, pydantic models with defaults, aliases,
inheritance, ``ClassVar`` and private attributes, ``RootModel``) and what it rejects softly or
hard (bare collections, non-``str`` keys, several element types, ``Optional`` elements, unions,
``set``/``tuple``/``Sequence``, ``Literal``, enums, ``Decimal``, plain classes, the no-inference
hints, ``TypeFromExample``). Each drawn file declares its one target in the oracle's header
convention (``# target: Name kind``), so the same file can be run by the real MLflow.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from hypothesis import strategies as st

PREAMBLE = """\
import datetime
import typing
from datetime import datetime as dt
from decimal import Decimal
from enum import Enum
from typing import Annotated, Any, ClassVar, Dict, List, Literal, Optional, Sequence, Union

import mlflow
import numpy as np
import pandas as pd
from mlflow.pyfunc.utils import pyfunc
from mlflow.types.type_hints import TypeFromExample
from pydantic import BaseModel, Field, RootModel


class Color(Enum):
    RED = "red"


class Plain:
    pass
"""

SUPPORTED_LEAVES = ("int", "float", "str", "bool", "bytes", "datetime.datetime", "dt", "Any")
REJECTED_LEAVES = (
    "typing.Any",
    "datetime.date",
    "Decimal",
    "complex",
    "object",
    "None",
    "Color",
    "Plain",
    "Literal['a', 'b']",
    "list",
    "dict",
    "List",
    "Dict",
    "pd.DataFrame",
    "np.ndarray",
    "TypeFromExample",
)
DICT_KEYS = ("str", "int", "Any", "bytes")
FIELD_NAMES = ("name", "value", "tags", "score", "when", "note", "child", "x", "json")
FIELD_DEFAULTS = (
    "",
    "",
    " = None",
    " = Field(default=None)",
    " = Field(...)",
    " = Field(default_factory=list)",
    " = 3",
    ' = Field(alias="aliasName")',
    ' = Field(default=None, description="d")',
)


@dataclass(frozen=True)
class ModelFile:
    """A generated model file: its source and the one target its header declares."""

    source: str
    name: str
    kind: str

    @property
    def file_name(self) -> str:
        digest = hashlib.sha256(self.source.encode()).hexdigest()[:12]
        return f"fuzz_{digest}.py"


# Generic forms over one element ({}) or several ({many}), weighted towards what people write.
UNARY_FORMS = (
    ("list[{}]", 6),
    ("List[{}]", 2),
    ("typing.List[{}]", 1),
    ("dict[str, {}]", 4),
    ("Dict[str, {}]", 1),
    ("dict[{key}, {}]", 1),
    ("Optional[{}]", 3),
    ("{} | None", 2),
    ("Union[{}, None]", 1),
    ("Annotated[{}, 'meta']", 1),
    ("set[{}]", 1),
    ("tuple[{}, ...]", 1),
    ("Sequence[{}]", 1),
)
MANY_FORMS = (("Union[{many}]", 1), ("{bar}", 1), ("list[{many}]", 1))


def _weighted(pairs: tuple[tuple[str, int], ...]) -> st.SearchStrategy[str]:
    return st.sampled_from([item for item, weight in pairs for _ in range(weight)])


def element_hints(model_names: tuple[str, ...] = ()) -> st.SearchStrategy[str]:
    """Element hints as source text, nested a few levels, mostly well formed."""
    leaves = _weighted(
        (
            *((leaf, 3) for leaf in SUPPORTED_LEAVES),
            *((name, 6) for name in model_names),
            *((leaf, 1) for leaf in REJECTED_LEAVES),
        )
    )

    @st.composite
    def wrap(draw: st.DrawFn, inner: st.SearchStrategy[str]) -> str:
        if draw(st.integers(0, 9)) == 0:
            items = draw(st.lists(inner, min_size=2, max_size=3))
            form = draw(_weighted(MANY_FORMS))
            return form.format(many=", ".join(items), bar=" | ".join(items))
        form = draw(_weighted(UNARY_FORMS))
        return form.format(draw(inner), key=draw(st.sampled_from(DICT_KEYS)))

    return st.recursive(leaves, lambda inner: wrap(inner), max_leaves=4)


@st.composite
def _field(draw: st.DrawFn, model_names: tuple[str, ...], own_name: str) -> str:
    name = draw(st.sampled_from(FIELD_NAMES))
    kind = draw(st.sampled_from(("plain",) * 20 + ("classvar", "private", "self")))
    if kind == "classvar":
        return f"    kind_{name}: ClassVar[str] = 'k'"
    if kind == "private":
        return f"    _{name}: int = 0"
    if kind == "self":  # a self-referencing model: MLflow recurses until it crashes
        return f'    {name}: list["{own_name}"] = []'
    hint = draw(element_hints(model_names))
    return f"    {name}: {hint}{draw(st.sampled_from(FIELD_DEFAULTS))}"


@st.composite
def pydantic_models(draw: st.DrawFn) -> tuple[list[str], tuple[str, ...]]:
    """Zero to three pydantic model classes (source lines) and their names, in order."""
    lines: list[str] = []
    names: tuple[str, ...] = ()
    bases: tuple[str, ...] = ("BaseModel",) * 3  # a RootModel's subclass cannot add fields
    for index in range(draw(st.integers(0, 3))):
        name = f"Item{index}"
        if draw(st.integers(0, 9)) == 0:
            lines += ["", "", f"class {name}(RootModel[{draw(element_hints(names))}]):", "    pass"]
        else:
            base = draw(st.sampled_from(bases))
            bases = (*bases, name)
            fields = draw(st.lists(_field(names, name), max_size=4))
            # Pydantic rejects a field declared twice; keep the last, as an edit would.
            unique = {line.split(":")[0]: line for line in fields}
            lines += ["", "", f"class {name}({base}):", *(unique.values() or ["    pass"])]
        names = (*names, name)
    return lines, names


@st.composite
def input_hints(draw: st.DrawFn, model_names: tuple[str, ...]) -> str:
    """The model input's hint: mostly ``list[...]``, sometimes anything else or nothing."""
    element = element_hints(model_names)
    hint = draw(
        st.one_of(
            element.map("list[{}]".format),
            element.map("List[{}]".format),
            element.map("Optional[list[{}]]".format),
            element,
        )
    )
    return draw(st.sampled_from((hint, hint, hint, f'"{hint}"')))


@st.composite
def model_files(draw: st.DrawFn) -> ModelFile:
    """A module defining pydantic models and one target whose predict uses them."""
    future = draw(st.booleans())
    model_lines, names = draw(pydantic_models())
    hint = draw(input_hints(names))
    if draw(st.integers(0, 4)) == 0:  # through a module-level alias
        model_lines += ["", "", f"Alias = {hint.strip(chr(34))}"]
        hint = "Alias"
    returns = draw(st.one_of(st.just(""), element_hints(names).map(" -> {}".format)))
    kind = draw(st.sampled_from(("python_model",) * 4 + ("pyfunc",)))
    if kind == "pyfunc":
        name = "predict"
        target = ["", "", "@pyfunc", f"def predict(model_input: {hint}){returns}:", "    return []"]
    else:
        name = "Model"
        parameters = draw(
            st.sampled_from(
                (
                    f"self, model_input: {hint}",
                    f"self, context, model_input: {hint}",
                    f"self, context, model_input: {hint}, params=None",
                    f"self, model_input: {hint}, params: dict[str, Any] | None = None",
                    # MLflow's positional rule then reads `extra` or `kwargs` as the input
                    f"self, model_input: {hint}, extra: int = 0",
                    f"self, model_input: {hint}, **kwargs",
                )
            )
        )
        target = [
            "",
            "",
            "class Model(mlflow.pyfunc.PythonModel):",
            f"    def predict({parameters}){returns}:",
            "        return []",
        ]
    header = [f"# target: {name} {kind}"]
    if future:
        header.append("from __future__ import annotations")
    source = "\n".join([*header, PREAMBLE, *model_lines, *target]) + "\n"
    return ModelFile(source, name, kind)
