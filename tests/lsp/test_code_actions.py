"""Code actions end to end: each applied by the editor gives exactly the text the core writes."""

from __future__ import annotations

import io
import sys

import pytest
from lsp_session import Editor
from lsprotocol import types

from siglint.cli.main import main
from siglint.diagnostics import Applicability
from siglint.engine import check_source
from siglint.fixes import apply_fixes

pytestmark = pytest.mark.asyncio(loop_scope="module")

# Two safe fixes (a pydantic default, an unused suppression) and two unsafe ones.
FIXABLE = """\
from typing import Optional

import mlflow
from pydantic import BaseModel


class Query(BaseModel):
    question: str
    context: Optional[str]


class QAModel(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: list[Query]) -> list[str]:
        return [q.question for q in model_input]


class Translator(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: str) -> list[str]:  # noqa: SIG108
        return [model_input[::-1]]


class Scorer(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: Optional[list[str]]) -> list[float]:
        return []
"""

TWO_ON_ONE_LINE = """\
from typing import Union
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Union[int, str]]) -> list[Union[int, str]]:
        return model_input
"""


def titled(actions: list[types.CodeAction], start: str) -> list[types.CodeAction]:
    return [a for a in actions if a.title.startswith(start)]


def core_check(editor: Editor, name: str, text: str):
    return check_source(text, editor.root / name).diagnostics


async def test_each_quick_fix_writes_what_the_core_writes(editor: Editor):
    uri = editor.open("fixable.py", FIXABLE)
    diagnostics = await editor.diagnostics(uri)
    fixable = [d for d in core_check(editor, "fixable.py", FIXABLE) if d.fix is not None]
    assert {d.fix.applicability for d in fixable} == {Applicability.SAFE, Applicability.UNSAFE}

    for core in fixable:
        (diagnostic,) = [d for d in diagnostics if d.code == core.code and d.data["fix"]]
        actions = await editor.code_actions(uri, [diagnostic])
        (action,) = titled(actions, f"siglint ({core.code}): {core.fix.title}")
        assert action.kind == types.CodeActionKind.QuickFix
        assert bool(action.is_preferred) is (core.fix.applicability is Applicability.SAFE)
        expected, applied = apply_fixes(FIXABLE, [core], unsafe=True)
        assert applied == [core]
        assert editor.applied(uri, action.edit) == expected

        # A client that does not send `data` back (Neovim 0.7) gets the same fix.
        bare = types.Diagnostic(
            diagnostic.range, diagnostic.message, code=diagnostic.code, source="siglint"
        )
        (again,) = titled(
            await editor.code_actions(uri, [bare]), f"siglint ({core.code}): {core.fix.title}"
        )
        assert editor.applied(uri, again.edit) == expected


async def test_a_fix_computed_for_an_older_version_is_not_offered(editor: Editor):
    uri = editor.open("stale_fix.py", FIXABLE)
    old = [d for d in await editor.diagnostics(uri) if d.code == "SIG101"]
    start = types.Position(0, 0)
    editor.change(uri, [types.TextEdit(types.Range(start, start), "\n")])
    await editor.diagnostics(uri, until=lambda found: found and found[0].range.start.line == 9)

    actions = await editor.code_actions(uri, old)
    assert titled(actions, "siglint (SIG101): Wrap") == []


async def test_disable_for_this_line_adds_then_extends_a_noqa(editor: Editor):
    uri = editor.open("two_on_one_line.py", TWO_ON_ONE_LINE)
    diagnostics = await editor.diagnostics(uri)
    assert sorted(d.code for d in diagnostics) == ["SIG108", "SIG201"]
    first, second = sorted(diagnostics, key=lambda d: d.code)

    (disable,) = titled(await editor.code_actions(uri, [first]), "siglint (SIG108): Disable")
    text = editor.applied(uri, disable.edit)
    assert text.splitlines()[5].endswith("]]:  # noqa: SIG108")
    editor.replace_all(uri, text)
    (remaining,) = await editor.diagnostics(uri, until=lambda found: len(found) == 1)
    assert remaining.code == "SIG201"

    (disable,) = titled(await editor.code_actions(uri, [remaining]), "siglint (SIG201): Disable")
    text = editor.applied(uri, disable.edit)
    assert text.splitlines()[5].endswith("]]:  # noqa: SIG108, SIG201")
    assert [d.code for d in core_check(editor, "two_on_one_line.py", text)] == []
    assert second.code == "SIG201"


async def test_fix_all_writes_what_check_fix_writes(
    editor: Editor, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
):
    """Safe fixes only, unless the configuration turns unsafe fixes on (``unsafe/``)."""
    editor.write("unsafe/siglint.toml", "unsafe-fixes = true\n")
    for name, unsafe in (("fix_all.py", False), ("unsafe/fix_all.py", True)):
        uri = editor.open(name, FIXABLE)
        diagnostics = await editor.diagnostics(uri)
        (action,) = await editor.code_actions(uri, diagnostics, only=["source.fixAll"])
        assert action.kind == "source.fixAll.siglint"
        action = await editor.resolved(action)

        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(FIXABLE.encode())))
        main(["check", "--fix", "--exit-zero", "--stdin-filename", str(editor.root / name)])
        expected = capsysbinary.readouterr().out.decode()
        assert editor.applied(uri, action.edit) == expected
        assert ("list[str]) -> list[str]:" in expected) is unsafe


async def test_fix_all_is_only_offered_when_something_applies(editor: Editor):
    uri = editor.open("nothing_to_fix.py", TWO_ON_ONE_LINE)
    diagnostics = await editor.diagnostics(uri)
    assert await editor.code_actions(uri, diagnostics, only=["source.fixAll"]) == []
    quick = await editor.code_actions(uri, diagnostics, only=["quickfix"])
    assert quick and all(a.kind == types.CodeActionKind.QuickFix for a in quick)


# An argument MLflow ignores, in a call over several lines; an input no list can make readable.
UNTRUSTED = """\
import mlflow
import numpy as np
import numpy.typing as npt
from mlflow.models import infer_signature


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input


class Arrays(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: npt.NDArray[np.float64]) -> list[str]:
        return []


mlflow.pyfunc.log_model(
    name="model",
    signature=infer_signature(["a"], ["b"]),
    python_model=Model(),
)
"""


async def test_only_fixes_that_leave_better_code_are_offered(editor: Editor):
    uri = editor.open("untrusted.py", UNTRUSTED)
    diagnostics = await editor.diagnostics(uri)
    (removal,) = [d for d in diagnostics if d.code == "SIG401"]
    (action,) = titled(await editor.code_actions(uri, [removal]), "siglint (SIG401): Remove")
    fixed = editor.applied(uri, action.edit)
    assert fixed == UNTRUSTED.replace('    signature=infer_signature(["a"], ["b"]),\n', "")
    editor.replace_all(uri, fixed)
    remaining = await editor.diagnostics(uri, until=lambda found: "SIG401" not in codes(found))
    assert codes(remaining) == ["SIG101"]

    # ``list[npt.NDArray[...]]`` is no better for MLflow: no quick fix, only a way to silence it.
    (wrap,) = remaining
    actions = await editor.code_actions(uri, [wrap])
    assert [a.title for a in actions] == ["siglint (SIG101): Disable for this line"]
    assert await editor.code_actions(uri, remaining, only=["source.fixAll"]) == []


def codes(diagnostics: list[types.Diagnostic]) -> list[str]:
    return sorted(str(d.code) for d in diagnostics)


# SIG002: MLflow's names for the parameters; the rename reaches every use in the body.
MISNAMED = """\
import mlflow


class Shouter(mlflow.pyfunc.PythonModel):
    def predict(self, ctx, data: list[str]) -> list[str]:
        words = [text.upper() for text in data]
        return words if ctx is None else words + [str(ctx)]
"""


async def test_the_rename_of_misnamed_parameters_lands_whole(editor: Editor):
    uri = editor.open("misnamed.py", MISNAMED)
    (core,) = [d for d in core_check(editor, "misnamed.py", MISNAMED) if d.code == "SIG002"]
    assert core.fix is not None and core.fix.applicability is Applicability.UNSAFE
    (diagnostic,) = [d for d in await editor.diagnostics(uri) if d.code == "SIG002"]
    (action,) = titled(await editor.code_actions(uri, [diagnostic]), "siglint (SIG002): Rename")
    fixed = editor.applied(uri, action.edit)
    assert fixed == apply_fixes(MISNAMED, [core], unsafe=True)[0]
    compile(fixed, "misnamed.py", "exec")
    assert "def predict(self, context, model_input: list[str])" in fixed
    assert "for text in model_input]" in fixed and "context is None" in fixed
    result = check_source(fixed, editor.root / "misnamed.py")
    assert [d.code for d in result.diagnostics] == []
    ((name, outcome),) = [(t.name, t.outcome) for t in result.targets]
    assert (name, outcome) == ("Shouter", "signature")
