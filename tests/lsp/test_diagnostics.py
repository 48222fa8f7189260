"""Diagnostics end to end: pulled or pushed as the client expects, kept up to date, positioned
in the negotiated encoding, and re-checked when a module they depend on changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsp_session import Editor, position_of
from lsprotocol import types

from siglint.engine import check_source
from siglint.rules.registry import rule

pytestmark = pytest.mark.asyncio(loop_scope="module")

EXAMPLES = Path(__file__).parents[2] / "examples"

WRAPPED_WRONG = """\
import mlflow


class Translator(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: str) -> list[str]:
        return [model_input]
"""

NON_ASCII = """\
\"\"\"Nön-ASCII 😀 before every finding.\"\"\"

from typing import Annotated, Optional

import mlflow
from pydantic import BaseModel


class Quéry(BaseModel):
    ñame: str = "😀😀"; context: Optional[str]


class Modèle(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: Annotated[str, "😀 é"]) -> list[str]:
        return [model_input]


class Ranker(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: list[Quéry]) -> list[str]:
        return []
"""


async def test_an_example_s_findings(editor: Editor):
    path = EXAMPLES / "translator_model.py"
    text = path.read_text(encoding="utf-8")
    uri = editor.open("translator_model.py", text)

    diagnostics = await editor.diagnostics(uri)

    expected = check_source(text, editor.root / "translator_model.py").diagnostics
    assert [d.code for d in diagnostics] == [d.code for d in expected] == ["SIG101", "SIG108"]
    first = diagnostics[0]
    assert first.source == "siglint"
    assert first.severity == types.DiagnosticSeverity.Warning
    assert first.message == expected[0].message
    assert first.code_description is not None
    assert first.code_description.href == rule("SIG101").url
    assert first.range == types.Range(types.Position(9, 44), types.Position(9, 47))
    # The fix travels with the diagnostic, for the version it was computed for.
    assert first.data["version"] == 1
    assert first.data["fix"]["applicability"] == "unsafe"
    assert diagnostics[1].data["fix"] is None


async def test_edits_update_the_findings(editor: Editor):
    uri = editor.open("edited.py", WRAPPED_WRONG)
    assert [d.code for d in await editor.diagnostics(uri)] == ["SIG101"]

    hint = position_of(editor, WRAPPED_WRONG, "str) ->")
    end = types.Position(hint.line, hint.character + 3)
    editor.change(uri, [types.TextEdit(types.Range(hint, end), "list[str]")])
    assert await editor.diagnostics(uri, until=lambda found: not found) == []

    editor.change(
        uri,
        [types.TextEdit(types.Range(hint, types.Position(hint.line, hint.character + 9)), "int")],
    )
    assert [d.code for d in await editor.diagnostics(uri, until=bool)] == ["SIG101"]


async def test_results_of_stale_versions_are_dropped(editor: Editor):
    """A burst of edits: whatever was published matches the version it claims, and the last
    answer is for the last version."""
    uri = editor.open("burst.py", WRAPPED_WRONG)
    await editor.diagnostics(uri)
    hint = position_of(editor, WRAPPED_WRONG, "str) ->")
    texts = {1: WRAPPED_WRONG}
    for version in range(2, 13):
        good = version % 2 == 0
        current = "list[str]" if not good else "str"
        replacement = "list[str]" if good else "str"
        where = types.Range(hint, types.Position(hint.line, hint.character + len(current)))
        editor.change(uri, [types.TextEdit(where, replacement)])
        texts[version] = editor.texts[uri]

    final = await editor.diagnostics(uri, until=lambda found: not found)
    assert final == []
    for params in editor.client.history:
        if params.uri == uri:
            expected = check_source(texts[params.version], Path("burst.py")).diagnostics
            assert [d.code for d in params.diagnostics] == [d.code for d in expected]
    if not editor.pulls:
        assert editor.client.published[uri].version == 12


async def test_closing_clears_the_findings(editor: Editor):
    uri = editor.open("closed.py", WRAPPED_WRONG)
    assert await editor.diagnostics(uri)
    editor.close(uri)
    if editor.pulls:
        # A pull client drops them itself; the server answers with nothing for a closed file.
        assert await editor.diagnostics(uri) == []
    else:
        assert await editor.published(uri, version=None) == []


async def test_positions_after_non_ascii_text(editor: Editor):
    uri = editor.open("non_ascii.py", NON_ASCII)
    diagnostics = {d.code: d for d in await editor.diagnostics(uri)}

    field = diagnostics["SIG301"]
    assert field.range.start == position_of(editor, NON_ASCII, "context: Optional")
    assert field.range.end == position_of(editor, NON_ASCII, "Optional[str]", after=True)
    hint = diagnostics["SIG101"]
    assert hint.range.start == position_of(editor, NON_ASCII, 'Annotated[str, "😀')
    assert hint.range.end == position_of(editor, NON_ASCII, '"😀 é"]', after=True)
    (edit,) = hint.data["fix"]["edits"]
    assert edit["range"]["end"]["character"] == hint.range.end.character


async def test_untitled_buffers_are_checked_and_notebook_cells_skipped(editor: Editor):
    untitled = editor.open("Untitled-1", WRAPPED_WRONG, uri="untitled:Untitled-1")
    assert [d.code for d in await editor.diagnostics(untitled)] == ["SIG101"]

    cell = "vscode-notebook-cell:/work/notebook.ipynb#W0sZmlsZQ%3D%3D"
    editor.open("cell", WRAPPED_WRONG, uri=cell)
    assert await editor.diagnostics(cell) == []
    assert await editor.hover(cell, 4, 10) is None
    assert await editor.code_actions(cell, []) == []


async def test_a_changed_sibling_model_rechecks_its_importers(editor: Editor):
    editor.write(
        "schemas.py",
        "from typing import Optional\nfrom pydantic import BaseModel\n\n\nclass Query(BaseModel):\n    text: str\n    context: Optional[str]\n",
    )
    model = editor.open(
        "qa_model.py",
        """\
        from mlflow.pyfunc import PythonModel

        from schemas import Query


        class QAModel(PythonModel):
            def predict(self, model_input: list[Query]) -> list[str]:
                return [q.text for q in model_input]
        """,
    )
    assert "SIG301" in [d.code for d in await editor.diagnostics(model)]

    # Edited in the editor, not saved: the importer sees the buffer.
    schemas = editor.open("schemas.py")
    end = position_of(editor, editor.texts[schemas], "Optional[str]", after=True)
    editor.change(schemas, [types.TextEdit(types.Range(end, end), " = None")])
    assert await editor.diagnostics(model, until=lambda found: not found) == []

    # Closed without saving: the file on disk counts again.
    editor.close(schemas)
    assert "SIG301" in [d.code for d in await editor.diagnostics(model, until=bool)]

    # Changed on disk while not open: the client's file watcher reports it.
    schemas_path = editor.root / "schemas.py"
    schemas_path.write_text(
        schemas_path.read_text().replace("Optional[str]", "Optional[str] = None")
    )
    editor.client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            [types.FileEvent(editor.uri("schemas.py"), types.FileChangeType.Changed)]
        )
    )
    assert await editor.diagnostics(model, until=lambda found: not found) == []
