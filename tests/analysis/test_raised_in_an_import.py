"""A name missing from an alias of a project module the model imports (``Alias = Missing`` in
``helpers.py``): importing that module raises, so the model's file reports SIG009, the alias
being related information (the place in ``helpers.py``), as for the other ways a helper's
import raises. The differential corpus checks the outcome against the real MLflow
(``pkgx_plain_alias_raises``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from siglint.config import Settings
from siglint.engine import check_source

HELPERS = """\
from typing import TypeAlias

Alias = Missing
Chain = Alias
Bad = int | "x"
Quoted: TypeAlias = "Missing"


class Box:
    Inner = Missing
"""

MODEL = """\
{future}import mlflow
from pydantic import BaseModel

import helpers
from helpers import {name}


class Item(BaseModel):
    text: {field}


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: {hint}) -> list[str]:
        return []
"""


def _check(tmp_path: Path, target: str, **parts: str):
    (tmp_path / "helpers.py").write_text(HELPERS, encoding="utf-8")
    path = tmp_path / "model.py"
    values = {"future": "", "name": "Alias", "field": "str", "hint": "list[str]", **parts}
    text = MODEL.format(**values)
    path.write_text(text, encoding="utf-8")
    return check_source(text, path, Settings(target_version=target))


RAISES = {
    "the input hint": {"hint": "list[Alias]"},
    "a quoted input hint": {"hint": '"list[Alias]"'},
    "a postponed input hint": {
        "future": "from __future__ import annotations\n\n",
        "hint": "list[Alias]",
    },
    "an alias of the alias": {"name": "Chain", "hint": "list[Chain]"},
    "a pydantic field": {"field": "Alias", "hint": "list[Item]"},
    "a quoted pydantic field": {"field": '"Alias"', "hint": "list[Item]"},
    "a class attribute": {"hint": "list[helpers.Box.Inner]"},
}


@pytest.mark.parametrize("target", ["py313", "py314"])
@pytest.mark.parametrize("where", RAISES)
def test_the_import_raises_and_the_helper_is_related(
    where: str, target: str, tmp_path: Path
) -> None:
    result = _check(tmp_path, target, **RAISES[where])
    assert "SIG998" not in [d.code for d in result.diagnostics]
    [diagnostic] = [d for d in result.diagnostics if d.code == "SIG009"]
    alias = "Inner" if "Box" in RAISES[where]["hint"] else "Alias"
    line = 10 if alias == "Inner" else 3
    assert diagnostic.message.startswith(
        f"Importing `helpers` raises (helpers.py:{line}: NameError: name 'Missing' is not "
        f"defined when `{alias} = ...` runs)"
    ), diagnostic.message
    [related] = diagnostic.related
    assert (related.path, related.range.line) == (tmp_path / "helpers.py", line)
    assert related.message.endswith("importing this module raises.")
    assert [t.outcome for t in result.targets] == ["error"]


def test_a_union_alias_raising_elsewhere_is_placed_in_the_model(tmp_path: Path) -> None:
    """``Bad = int | "x"``: TypeError in the helper, reported in the model's file."""
    result = _check(tmp_path, "py313", name="Bad", hint="list[Bad]")
    [diagnostic] = [d for d in result.diagnostics if d.code == "SIG009"]
    assert "helpers.py:5: TypeError: `|` is not supported" in diagnostic.message
    assert [r.path for r in diagnostic.related] == [tmp_path / "helpers.py"]


def test_a_string_alias_elsewhere_is_a_forward_reference_not_an_import_failure(
    tmp_path: Path,
) -> None:
    """``Quoted: TypeAlias = "Missing"`` runs fine; ``get_type_hints`` fails on predict later."""
    helpers = "from typing import TypeAlias\n\nQuoted: TypeAlias = 'Missing'\n"
    (tmp_path / "helpers.py").write_text(helpers, encoding="utf-8")
    text = MODEL.format(future="", name="Quoted", field="str", hint="list[Quoted]")
    result = check_source(text, tmp_path / "model.py", Settings())
    assert [d.code for d in result.diagnostics] == ["SIG008", "SIG008"]
    assert all(d.related == () for d in result.diagnostics)
