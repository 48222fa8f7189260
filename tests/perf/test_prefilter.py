"""The pre-filter skips only files that provably have no finding.

Each test is the same proof obligation: whatever the pre-filter skips, the engine finds nothing
in; and the run's findings are the same with the pre-filter and without.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from perf_files import MODELS, write

from siglint.analysis.imports import read_from_disk
from siglint.analysis.project import Project
from siglint.config import Settings, SettingsResolver
from siglint.engine import check_source
from siglint.prefilter import INHERITED, RULE_TRIGGERS, Screen, Trigger
from siglint.rules.registry import Example, all_rules

# Files with nothing of MLflow in them, each wrong in a way MLflow never sees (siglint.scope).
NOT_ABOUT_MLFLOW = {
    "unused_noqa.py": "x = 1  # noqa\n",
    "name_error.py": "def f(x: Undefined) -> None:\n    pass\n",
    "type_error.py": "def f(x: None | None) -> None:\n    pass\n",
    "pydantic_rejects.py": """\
        from pydantic import BaseModel
        import numpy as np


        class Row(BaseModel):
            values: np.ndarray
        """,
    "frame_literal.py": 'import pandas as pd\n\nexample = pd.DataFrame({"age": [31, None, 45]})\n',
    "syntax_error.py": "def f(:\n",
}
# A model whose base class comes from a sibling module, through a package's __init__: the model
# file never names MLflow.
INDIRECT = {
    "app/__init__.py": "",
    "app/bases/__init__.py": "from .base import Base\n",
    "app/bases/base.py": """\
        import mlflow


        class Base(mlflow.pyfunc.PythonModel):
            pass
        """,
    "app/model.py": """\
        from app.bases import Base


        class Model(Base):
            def predict(self, context, model_input: str) -> list[str]:
                return [model_input]
        """,
    "app/relative.py": """\
        from . import bases


        class Other(bases.Base):
            def predict(self, context, model_input: dict) -> list[str]:
                return []
        """,
    "app/star.py": """\
        from app.bases.base import *


        class Third(Base):
            def predict(self, context, model_input: int) -> list[str]:
                return []
        """,
    "app/schema.py": """\
        from pydantic import BaseModel


        class Request(BaseModel):
            text: str
        """,
    "app/plain.py": """\
        from __future__ import annotations


        def add(a: int, b: int) -> int:
            return a + b
        """,
    "app/helpers.py": "from app.plain import add\n\n\ndef twice(x):\n    return add(x, x)\n",
}


def _prove(folder: Path, settings: Settings | None = None) -> list[str]:
    """Check every file of ``folder``: the ones skipped must have no finding. Their names."""
    resolver = SettingsResolver(root=folder)
    screen = Screen()
    skipped = []
    for path in sorted(folder.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        chosen = settings or resolver.settings_for(path)
        if not screen.needs_check(path, text, chosen):
            found = check_source(text, path.absolute(), chosen, Project()).diagnostics
            assert found == (), f"{path.name} was skipped but has {[d.code for d in found]}"
            skipped.append(path.relative_to(folder).as_posix())
    return skipped


def test_every_rule_says_what_it_needs() -> None:
    assert set(RULE_TRIGGERS) == {rule.code for rule in all_rules()}


def test_files_that_cannot_reach_mlflow_are_skipped_and_have_no_finding(tmp_path: Path) -> None:
    write(tmp_path, NOT_ABOUT_MLFLOW)
    assert _prove(tmp_path) == sorted(NOT_ABOUT_MLFLOW)


def test_a_directive_naming_siglint_is_checked_anywhere(tmp_path: Path) -> None:
    write(
        tmp_path, {"stale.py": "x = 1  # siglint: ignore[SIG101]\n", "bare.py": "x = 1  # noqa\n"}
    )
    assert _prove(tmp_path) == ["bare.py"]
    text = (tmp_path / "stale.py").read_text()
    found = check_source(text, tmp_path / "stale.py", Settings(), Project()).diagnostics
    assert [d.code for d in found] == ["SIG900"]


def test_a_model_deriving_from_a_sibling_base_is_checked(tmp_path: Path) -> None:
    write(tmp_path, INDIRECT)
    # Only the models are checked: the other modules reach nothing of MLflow (a pydantic model
    # alone too), or hold no anchor (the package re-exporting the base).
    assert _prove(tmp_path) == [
        "app/__init__.py",
        "app/bases/__init__.py",
        "app/helpers.py",
        "app/plain.py",
        "app/schema.py",
    ]


def test_a_rule_switched_off_is_not_a_reason_to_check(tmp_path: Path) -> None:
    write(tmp_path, {"unused_noqa.py": "x = 1  # noqa: SIG101\n"})
    assert _prove(tmp_path) == []
    assert _prove(tmp_path, Settings(ignore=("SIG900",))) == ["unused_noqa.py"]


def test_a_project_package_named_pandas_is_not_pandas(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "pandas/__init__.py": "from pandas.frame import DataFrame\n",
            "pandas/frame.py": "class DataFrame:\n    pass\n",
            "use.py": "import pandas as pd\n\nexample = pd.DataFrame({'age': [1, None]})\n",
        },
    )
    assert _prove(tmp_path) == ["pandas/__init__.py", "pandas/frame.py", "use.py"]


@pytest.mark.parametrize("path", MODELS, ids=lambda p: p.name)
def test_models(path: Path, tmp_path: Path) -> None:
    (tmp_path / path.name).write_bytes(path.read_bytes())
    _prove(tmp_path)


def _examples() -> list:
    return [
        pytest.param(example, id=f"{rule.code}-{kind}{index}")
        for rule in all_rules()
        for kind in ("valid", "invalid")
        for index, example in enumerate(getattr(rule, kind))
    ]


@pytest.mark.parametrize("example", _examples())
def test_rule_examples(example: Example, tmp_path: Path) -> None:
    write(tmp_path, {**dict(example.files), example.path: example.code})
    _prove(tmp_path)


def test_the_findings_are_the_same_without_the_pre_filter(
    tmp_path: Path, check: Callable[..., list[dict]]
) -> None:
    write(tmp_path, {**NOT_ABOUT_MLFLOW, **INDIRECT})
    for model in MODELS[:40]:
        (tmp_path / "models" / model.name).parent.mkdir(exist_ok=True)
        (tmp_path / "models" / model.name).write_bytes(model.read_bytes())
    assert check("--no-cache") == check("--no-cache", "--no-prefilter")


def test_the_modules_around_are_read_until_every_inherited_word_is_found(tmp_path: Path) -> None:
    every_word = "import mlflow, pandas, pydantic\nDataFrame = 1\n"
    write(tmp_path, {f"app/module_{index}.py": every_word for index in range(30)})
    read: list[str] = []

    def reading(path: Path) -> str | None:
        read.append(path.name)
        return read_from_disk(path)

    target = (tmp_path / "app" / "module_0.py").absolute()
    assert Screen(read=reading).around(target) & INHERITED == INHERITED
    assert len(read) == 1  # the first module read gave every word: none of the others can add
    for path in (tmp_path / "app").iterdir():
        path.write_text("import mlflow\n")
    read.clear()
    assert Screen(read=reading).around(target) & INHERITED == Trigger.MLFLOW
    assert len(read) == 30  # no module spells the other words: each is read
