"""Hover end to end: what MLflow will log for a model, and the documentation of a rule."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from lsp_session import Editor, position_of, session
from lsprotocol import types

from siglint.engine import check_source
from siglint.notation import request_example, schema_repr
from siglint.rules.registry import rule

pytestmark = pytest.mark.asyncio(loop_scope="module")

EXAMPLES = Path(__file__).parents[2] / "examples"


def hover_text(hover: types.Hover | None) -> str:
    assert hover is not None
    assert isinstance(hover.contents, types.MarkupContent)
    assert hover.contents.kind == types.MarkupKind.Markdown
    return hover.contents.value


async def test_hover_on_the_class_and_its_predict_shows_the_signature(editor: Editor):
    text = (EXAMPLES / "sentiment_model.py").read_text(encoding="utf-8")
    uri = editor.open("sentiment_model.py", text)
    (target,) = check_source(text, editor.root / "sentiment_model.py").targets

    for needle in ("SentimentModel", "predict(self, context"):
        where = position_of(editor, text, needle)
        inside = types.Position(where.line, where.character + 3)
        hover = await editor.hover(uri, inside.line, inside.character)
        shown = hover_text(hover)
        assert "**SentimentModel** (python_model)" in shown
        assert "MLflow logs this signature (inferred from the type hints)" in shown
        assert schema_repr(target.input_schema) in shown
        assert schema_repr(target.output_schema) in shown
        assert "params: none" in shown
        assert request_example(target.input_schema) in shown
        name = needle.split("(")[0]
        assert hover.range == types.Range(
            where, types.Position(where.line, where.character + len(name))
        )


async def test_hover_on_a_pyfunc_function_and_a_model_without_signature(editor: Editor):
    text = (EXAMPLES / "function_model.py").read_text(encoding="utf-8")
    uri = editor.open("function_model.py", text)
    where = position_of(editor, text, "predict(model_input")
    shown = hover_text(await editor.hover(uri, where.line, where.character))
    assert "**predict** (pyfunc)" in shown
    assert "Array(double)" in shown
    agent = position_of(editor, text, "EchoAgent")
    assert "MLflow sets the standard signature" in hover_text(
        await editor.hover(uri, agent.line, agent.character)
    )

    text = (EXAMPLES / "translator_model.py").read_text(encoding="utf-8")
    uri = editor.open("translator_model.py", text)
    where = position_of(editor, text, "Translator(")
    shown = hover_text(await editor.hover(uri, where.line, where.character))
    assert "MLflow logs the model without a signature" in shown
    assert "- SIG101 (warning): MLflow warns" in shown


async def test_hover_on_a_code_in_a_suppression_shows_the_rule(editor: Editor):
    text = (
        "import mlflow\n\n\n"
        "class Model(mlflow.pyfunc.PythonModel):\n"
        "    def predict(self, context, model_input: str) -> str:  # noqa: SIG101\n"
        "        return model_input  # siglint: ignore[union-input, SIG1]\n"
    )
    uri = editor.open("suppressed.py", text)
    await editor.diagnostics(uri)
    spec = rule("SIG101")
    where = position_of(editor, text, "SIG101")
    shown = hover_text(await editor.hover(uri, where.line, where.character + 2))
    assert shown.startswith(f"**SIG101** {spec.name} (warning)")
    # The page's "## What it does" headings, small enough for a hover; code blocks untouched.
    assert spec.doc.replace("\n## ", "\n#### ").replace("## What", "#### What", 1) in shown
    assert not [line for line in shown.splitlines() if line.startswith(("# ", "## ", "### "))]
    assert f"[{spec.doc_page}]({spec.url})" in shown

    where = position_of(editor, text, "union-input")
    assert rule("SIG108").summary in hover_text(
        await editor.hover(uri, where.line, where.character)
    )
    # A prefix names no single rule; the body of predict is no target.
    where = position_of(editor, text, "SIG1]")
    assert await editor.hover(uri, where.line, where.character) is None
    where = position_of(editor, text, "return model_input")
    assert await editor.hover(uri, where.line, where.character) is None


SCHEMAS_AT_BASE = """\
from pydantic import BaseModel


class Ticket(BaseModel):
    title: str
    priority: int
"""

ROUTER = """\
from mlflow.pyfunc import PythonModel

from schemas import Ticket


class Router(PythonModel):
    def predict(self, model_input: list[Ticket]) -> list[str]:
        return [t.title for t in model_input]


class Echo(PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
"""


async def test_hover_shows_what_changed_since_the_diff_base(tmp_path: Path):
    def git(*arguments: str) -> None:
        subprocess.run(["git", *arguments], cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q")
    (tmp_path / "schemas.py").write_text(SCHEMAS_AT_BASE, encoding="utf-8")
    (tmp_path / "model.py").write_text(ROUTER, encoding="utf-8")
    git("add", "-A")
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "base")
    # The change is in the sibling module: the hover reads it at the base too.
    (tmp_path / "schemas.py").write_text(SCHEMAS_AT_BASE + "    team: str\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.siglint]\ndiff-base = "HEAD"\n')
    async with session("neovim", tmp_path) as editor:
        uri = editor.open("model.py", ROUTER)
        where = position_of(editor, ROUTER, "Router(")
        shown = hover_text(await editor.hover(uri, where.line, where.character))
        assert "Since `HEAD`:\n- **breaking**: input [].team: new required field (string)" in shown
        where = position_of(editor, ROUTER, "Echo(")
        shown = hover_text(await editor.hover(uri, where.line, where.character))
        assert shown.endswith("Signature unchanged since `HEAD`.")
