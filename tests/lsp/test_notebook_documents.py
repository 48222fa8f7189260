"""Notebook documents end to end (LSP 3.17 notebook sync, as VS Code's notebook editor speaks
it): each cell gets the findings ``siglint check`` reports at that cell of the ``.ipynb``, hovers
and quick fixes work in cells, and fix-all writes what ``check --fix`` writes."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import nbformat
import pytest
from lsp_session import Editor, apply_text_edits
from lsprotocol import types

from siglint.cli.main import main

pytestmark = pytest.mark.asyncio(loop_scope="module")

CELLS = [
    ("markdown", "# A model 😀"),
    ("code", "%pip install mlflow\n!nvidia-smi"),
    ("code", "import mlflow\nfrom typing import Optional\nfrom pydantic import BaseModel"),
    ("code", "class Query(BaseModel):\n    question: str  # é😀\n    context: Optional[str]"),
    (
        "code",
        "class QAModel(mlflow.pyfunc.PythonModel):\n"
        "    def predict(self, context, model_input: list[Query]) -> list:\n"
        "        return []",
    ),
]


def open_notebook(editor: Editor, name: str, cells: list[tuple[str, str]]) -> tuple[str, list[str]]:
    """Open a notebook of ``cells`` (written to disk too, with nbformat); its URI and its cells'."""
    made = nbformat.v4.new_notebook()
    for kind, text in cells:
        new = nbformat.v4.new_code_cell if kind == "code" else nbformat.v4.new_markdown_cell
        made.cells.append(new(text))
    nbformat.write(made, editor.root / name)
    uri = editor.uri(name)
    cell_uris = [f"vscode-notebook-cell:{editor.root / name}#cell{n}" for n in range(len(cells))]
    kinds = {"code": types.NotebookCellKind.Code, "markdown": types.NotebookCellKind.Markup}
    documents = []
    for cell_uri, (kind, text) in zip(cell_uris, cells, strict=True):
        language = "python" if kind == "code" else "markdown"
        documents.append(types.TextDocumentItem(cell_uri, language, 1, text))
        editor.texts[cell_uri], editor.versions[cell_uri] = text, 1
    notebook = types.NotebookDocument(
        uri=uri,
        notebook_type="jupyter-notebook",
        version=1,
        cells=[
            types.NotebookCell(kinds[kind], cell_uri)
            for cell_uri, (kind, _) in zip(cell_uris, cells, strict=True)
        ],
    )
    editor.client.notebook_document_did_open(
        types.DidOpenNotebookDocumentParams(notebook, documents)
    )
    return uri, cell_uris


def cli_json(path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> list[dict]:
    capsysbinary.readouterr()
    main(["check", str(path), "--output-format", "json", "--exit-zero", "--no-cache"])
    return json.loads(capsysbinary.readouterr().out)


async def test_each_cell_gets_the_findings_the_command_line_reports_there(
    editor: Editor, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    _, cells = open_notebook(editor, "qa.ipynb", CELLS)
    found = {}
    for number, cell_uri in enumerate(cells, 1):
        if CELLS[number - 1][0] == "code":
            for d in await editor.diagnostics(cell_uri):
                found.setdefault(number, []).append(
                    (d.code, d.range.start.line + 1, d.range.start.character + 1)
                )
    expected = {}
    for item in cli_json(editor.root / "qa.ipynb", capsysbinary):
        expected.setdefault(item["cell"], []).append(
            (item["code"], item["location"]["row"], item["location"]["column"])
        )
    assert found == expected
    assert 2 not in found  # nothing in the magics' cell
    assert ("SIG301", 3, 5) in found[4]


async def test_hover_and_quick_fixes_in_a_cell(editor: Editor) -> None:
    _, cells = open_notebook(editor, "hover.ipynb", CELLS)
    hovered = await editor.hover(cells[4], 0, 8)
    assert hovered is not None and "QAModel" in str(hovered.contents)
    assert hovered.range == types.Range(types.Position(0, 6), types.Position(0, 13))

    (optional,) = [d for d in await editor.diagnostics(cells[3]) if d.code == "SIG301"]
    actions = await editor.code_actions(cells[3], [optional], only=["quickfix"])
    fix = next(a for a in actions if "= None" in a.title or "default" in a.title.lower())
    assert editor.applied(cells[3], fix.edit).endswith("context: Optional[str] = None")
    disable = next(a for a in actions if a.title.endswith("Disable for this line"))
    assert editor.applied(cells[3], disable.edit).endswith("context: Optional[str]  # noqa: SIG301")


async def test_fix_all_writes_what_check_fix_writes(
    editor: Editor, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    _, cells = open_notebook(editor, "fixall.ipynb", CELLS)
    diagnostics = await editor.diagnostics(cells[3])
    (action,) = await editor.code_actions(cells[3], diagnostics, only=["source.fixAll"])
    action = await editor.resolved(action)
    assert action.edit is not None and action.edit.document_changes
    edited = {}
    for change in action.edit.document_changes:
        assert isinstance(change, types.TextDocumentEdit)
        cell_uri = change.text_document.uri
        assert change.text_document.version == editor.versions[cell_uri]
        edited[cell_uri] = apply_text_edits(editor.texts[cell_uri], change.edits, editor.encoding)

    path = editor.root / "fixall.ipynb"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(path.read_bytes())))
    main(["check", "--fix", "--exit-zero", "--stdin-filename", str(path)])
    fixed = json.loads(capsysbinary.readouterr().out)["cells"]
    expected = {
        cell_uri: "".join(cell["source"])
        for cell_uri, cell, (_, text) in zip(cells, fixed, CELLS, strict=True)
        if "".join(cell["source"]) != text
    }
    assert edited == expected
    assert list(edited) == [cells[3]]


async def test_an_edit_in_one_cell_changes_the_findings_of_another(editor: Editor) -> None:
    uri, cells = open_notebook(editor, "edit.ipynb", CELLS)
    assert any(d.code == "SIG301" for d in await editor.diagnostics(cells[3]))
    # The import cell loses pydantic: Query's base is now undefined when the class is created.
    editor.versions[cells[2]] = 2
    editor.texts[cells[2]] = "import mlflow\nfrom typing import Optional"
    end = types.Position(2, len("from pydantic import BaseModel"))
    editor.client.notebook_document_did_change(
        types.DidChangeNotebookDocumentParams(
            types.VersionedNotebookDocumentIdentifier(2, uri),
            types.NotebookDocumentChangeEvent(
                cells=types.NotebookDocumentCellChanges(
                    text_content=[
                        types.NotebookDocumentCellContentChanges(
                            types.VersionedTextDocumentIdentifier(2, cells[2]),
                            [
                                types.TextDocumentContentChangePartial(
                                    types.Range(types.Position(1, 26), end), ""
                                )
                            ],
                        )
                    ]
                )
            ),
        )
    )
    found = await editor.diagnostics(
        cells[3], until=lambda items: any(d.code == "SIG901" for d in items)
    )
    assert [d.code for d in found] == ["SIG901"]


async def test_closing_a_notebook_clears_its_cells(editor: Editor) -> None:
    uri, cells = open_notebook(editor, "closed.ipynb", CELLS)
    assert await editor.diagnostics(cells[3])
    editor.client.notebook_document_did_close(
        types.DidCloseNotebookDocumentParams(
            types.NotebookDocumentIdentifier(uri),
            [types.TextDocumentIdentifier(cell_uri) for cell_uri in cells],
        )
    )
    if editor.pulls:  # a closed cell is no longer the server's
        report = await editor.client.text_document_diagnostic_async(
            types.DocumentDiagnosticParams(types.TextDocumentIdentifier(cells[3]))
        )
        assert list(report.items) == []
    else:
        assert await editor.published(cells[3], version=None) == []


async def test_a_cell_that_does_not_parse_is_judged_by_the_open_notebook(editor: Editor) -> None:
    # Whether the notebook names MLflow (so that its broken cell is siglint's business) is read
    # from what the editor holds, not from the file on disk, which may be older or empty.
    _, cells = open_notebook(editor, "unsaved.ipynb", [("code", "import mlflow"), ("code", "f(:")])
    nbformat.write(nbformat.v4.new_notebook(), editor.root / "unsaved.ipynb")
    found = [(d.code, d.range.start.line) for d in await editor.diagnostics(cells[1])]
    assert found == [("SIG999", 0)]
