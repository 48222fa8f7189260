"""LSP 3.17 notebook documents: a Jupyter notebook's cells checked as one module, as ``siglint
check`` checks its ``.ipynb``, with diagnostics, hovers and fixes in each cell.

The client sends the notebook and its cells (``notebookDocument/didOpen``, ``didChange``,
``didClose``); pygls keeps them in its workspace. A check hands the core the cells as an nbformat
4 document, which ``siglint.sources.jupyter`` reads exactly as it reads the file (cells numbered
from 1, markdown counted); each finding comes back in the Python text of the notebook and is
placed in its cell through the source's ``CellIndex``. Like a text document, a notebook has a
*stamp* bumped by each change, and a result is kept only for the current stamp.
"""

from __future__ import annotations

import functools
import itertools
import json
import logging
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlparse

from lsprotocol import types
from pygls.uris import to_fs_path

from lsp_server import analysis, hover
from lsp_server.analysis import Analysis, Snapshot
from lsp_server.convert import ClientFix, client_fix, to_lsp
from lsp_server.documents import Document
from lsp_server.stamps import Stamped, current
from lsp_server.text import Text
from lsp_server.worker import WorkerError
from siglint.diagnostics import Diagnostic, Range
from siglint.fixes import applies
from siglint.sources import NOTEBOOK_SUFFIX, CellIndex, from_text

if TYPE_CHECKING:
    from lsp_server.server import SiglintServer

logger = logging.getLogger(__name__)

SYNC = types.NotebookDocumentSyncOptions(
    notebook_selector=[
        types.NotebookDocumentFilterWithCells(
            cells=[types.NotebookCellLanguage(language="python")], notebook="jupyter-notebook"
        )
    ]
)


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell of an open notebook, as the client has it."""

    uri: str
    number: int  # from 1, every cell counted
    code: bool  # a Python code cell
    text: Text
    version: int | None


@dataclass(slots=True)
class _Entry(Stamped):
    """What the server knows about one open notebook."""

    cells: dict[str, tuple[types.Diagnostic, ...]] = field(default_factory=dict)  # by cell URI
    snapshot: Snapshot | None = None  # what the analysis is of (its Python text, for hover)
    # The fix of each of ``analysis``'s diagnostics (by index) that was verified: itself or None.
    trusted: dict[int, ClientFix | None] = field(default_factory=dict)


class Notebooks:
    """The open notebooks of one server, and the features on their cells."""

    def __init__(self, server: SiglintServer) -> None:
        self._server = server
        self._entries: dict[str, _Entry] = {}
        self._result_ids = itertools.count(1)

    # -- the notebook a cell belongs to ---------------------------------------------------

    def owns(self, cell_uri: str) -> bool:
        return self._notebook_of(cell_uri) is not None

    def _notebook_of(self, cell_uri: str) -> types.NotebookDocument | None:
        return self._server.workspace.get_notebook_document(cell_uri=cell_uri)

    def _cells(self, notebook: types.NotebookDocument) -> list[Cell]:
        encoding = self._server.documents.encoding
        cells = []
        for number, cell in enumerate(notebook.cells, 1):
            document = self._server.workspace.get_text_document(cell.document)
            code = cell.kind == types.NotebookCellKind.Code and document.language_id == "python"
            text = Text(document.source, encoding)
            cells.append(Cell(cell.document, number, code, text, document.version))
        return cells

    def cell_document(self, cell_uri: str) -> Document | None:
        """The cell as a document, for the features shared with text documents (quick fixes,
        a ``# noqa`` for a line)."""
        notebook = self._notebook_of(cell_uri)
        if notebook is None:
            return None
        cell = next((c for c in self._cells(notebook) if c.uri == cell_uri), None)
        path = self._path_of(notebook.uri)
        if cell is None or not cell.code or path is None:
            return None
        return Document(cell.uri, cell.text, cell.version, "python", path, path.exists())

    # -- notifications --------------------------------------------------------------------

    def did_open(self, params: types.DidOpenNotebookDocumentParams) -> None:
        self._invalidate(params.notebook_document.uri, delay=0)

    def did_change(self, params: types.DidChangeNotebookDocumentParams) -> None:
        uri = params.notebook_document.uri
        structure = params.change.cells.structure if params.change.cells else None
        if structure is not None and not self._server.pulls:
            for closed in structure.did_close or ():
                self._server._publish(closed.uri, None, [])
        self._invalidate(uri, delay=self._server.editor.debounce_ms)

    def did_close(self, params: types.DidCloseNotebookDocumentParams) -> None:
        entry = self._entries.pop(params.notebook_document.uri, None)
        if entry is not None and entry.task is not None:
            entry.task.cancel()
        if not self._server.pulls:
            for cell in params.cell_text_documents:
                self._server._publish(cell.uri, None, [])

    def recheck_all(self) -> None:
        """After a change of settings or of the files the notebooks may import."""
        for uri in list(self._entries):
            self._invalidate(uri, delay=0)

    # -- checking -------------------------------------------------------------------------

    def _invalidate(self, uri: str, delay: int) -> None:
        entry = self._entries.setdefault(uri, _Entry())
        check = functools.partial(self._check, uri, entry)
        entry.invalidate(check, delay, self._server.settings_settled)

    async def _check(self, uri: str, entry: _Entry, stamp: int) -> Analysis | None:
        notebook = self._server.workspace.get_notebook_document(notebook_uri=uri)
        path = self._path_of(uri)
        if notebook is None or entry.stamp != stamp:
            return None
        cells = self._cells(notebook)
        if path is None:
            result = Analysis(note=f"siglint only checks file: and untitled: notebooks, not {uri}")
            snapshot = None
        else:
            snapshot = self._snapshot(notebook, path, cells)
            result = await self._server.analysed(snapshot, f"{uri} version {notebook.version}")
        if self._entries.get(uri) is not entry or entry.stamp != stamp:
            return None
        entry.analysis, entry.analysis_stamp, entry.anchors = result, stamp, None
        entry.snapshot = snapshot
        entry.cells = _by_cell(result, cells)
        entry.result_id = str(next(self._result_ids))
        self._server.tell(uri, result)
        if not self._server.pulls:
            for cell in cells:
                if cell.code:
                    self._server._publish(cell.uri, cell.version, list(entry.cells[cell.uri]))
        return result

    async def _current(self, uri: str) -> _Entry | None:
        """The notebook's entry with an analysis of its current stamp."""
        await self._server.settings_settled()
        workspace = self._server.workspace

        def entry_of() -> _Entry | None:
            open_ = workspace.get_notebook_document(notebook_uri=uri) is not None
            return self._entries.get(uri) if open_ else None

        return await current(entry_of, lambda entry: self._check(uri, entry, entry.stamp))

    def _snapshot(
        self, notebook: types.NotebookDocument, path: Path, cells: list[Cell]
    ) -> Snapshot:
        """The notebook as the nbformat 4 document its file would hold."""
        metadata = notebook.metadata if isinstance(notebook.metadata, dict) else {}
        document = {
            "cells": [
                {
                    "cell_type": "code" if cell.code else "markdown",
                    "metadata": {},
                    "source": cell.text.source,
                }
                for cell in cells
            ],
            "metadata": metadata,
            "nbformat": 4,
            "nbformat_minor": 5,
        }
        server = self._server
        return Snapshot(
            path,
            json.dumps(document, indent=1),
            path.exists(),
            server.documents.by_path(),
            server.editor,
        )

    def _path_of(self, uri: str) -> Path | None:
        parsed = urlparse(uri)
        if parsed.scheme == "file":
            path = to_fs_path(uri)
            return Path(path).absolute() if path else None
        if parsed.scheme == "untitled":
            name = Path(unquote(parsed.path)).name or "Untitled"
            if not name.endswith(NOTEBOOK_SUFFIX):
                name = f"{name}{NOTEBOOK_SUFFIX}"
            return self._server.documents.root / name
        return None

    # -- features -------------------------------------------------------------------------

    async def diagnostic(
        self, cell_uri: str, previous: str | None
    ) -> types.DocumentDiagnosticReport:
        notebook = self._notebook_of(cell_uri)
        entry = None if notebook is None else await self._current(notebook.uri)
        if entry is None or entry.analysis is None:
            return types.RelatedFullDocumentDiagnosticReport(items=[])
        if previous == entry.result_id:
            return types.RelatedUnchangedDocumentDiagnosticReport(result_id=entry.result_id)
        items = list(entry.cells.get(cell_uri, ()))
        return types.RelatedFullDocumentDiagnosticReport(items=items, result_id=entry.result_id)

    async def hover(self, params: types.HoverParams) -> types.Hover | None:
        cell_uri = params.text_document.uri
        notebook = self._notebook_of(cell_uri)
        if notebook is None:
            return None
        cell = next((c for c in self._cells(notebook) if c.uri == cell_uri), None)
        if cell is None or not cell.code:
            return None
        line, column = cell.text.from_client(params.position)
        entry = await self._current(notebook.uri)
        if entry is None or entry.analysis is None or entry.analysis.result is None:
            return None
        index = entry.analysis.index
        at = None if index is None else index.text_position(cell.number, line, column)
        if at is None:
            return None
        if entry.anchors is None:
            targets = entry.analysis.result.targets
            snapshot = entry.snapshot
            python = "" if snapshot is None else from_text(snapshot.path, snapshot.source).text
            try:
                entry.anchors = await self._server._worker.run(
                    analysis.hover_anchors, python, targets
                )
            except WorkerError as error:
                logger.error("hover in %s: %s", cell_uri, error)
                return None
        for where, target in entry.anchors:
            if where.line == at[0] and where.column <= at[1] <= where.end_column:
                assert index is not None
                _, in_cell = _in_cell(index, where)
                return types.Hover(
                    self._server._markup(hover.target_markdown(target)),
                    cell.text.range_to_client(in_cell),
                )
        return None

    async def trusted_fix(self, cell_uri: str, diagnostic: types.Diagnostic) -> ClientFix | None:
        """The fix of a cell's diagnostic if re-analysis of the notebook confirms it (verified
        once per check), as ``siglint check`` keeps fixes."""
        notebook = self._notebook_of(cell_uri)
        path = None if notebook is None else self._path_of(notebook.uri)
        if notebook is None or path is None:
            return None
        entry = await self._current(notebook.uri)
        analysed = None if entry is None else entry.analysis
        if entry is None or analysed is None or analysed.settings is None or analysed.index is None:
            return None
        cells = self._cells(notebook)
        cell = next((c for c in cells if c.uri == cell_uri), None)
        if cell is None:
            return None
        index = analysed.index
        found = next(
            (
                number
                for number, d in enumerate(analysed.diagnostics)
                if d.code == diagnostic.code and self._at(index, d, cell) == diagnostic.range
            ),
            None,
        )
        if found is None:
            return None
        if found not in entry.trusted:
            wanted = (analysed.diagnostics[found],)
            snapshot = self._snapshot(notebook, path, cells)
            try:
                (verified,) = await self._server._worker.run(
                    analysis.trusted, snapshot, analysed.settings, wanted
                )
            except WorkerError as error:
                logger.error("verifying a fix in %s: %s", cell_uri, error)
                return None
            if entry.analysis is not analysed:  # a newer check replaced it meanwhile
                return None
            entry.trusted[found] = client_fix(_fix_in(index, verified, cell.number), cell.text)
        return entry.trusted[found]

    @staticmethod
    def _at(index: CellIndex, diagnostic: Diagnostic, cell: Cell) -> types.Range | None:
        """Where the client sees a diagnostic of the notebook's text, if it is in ``cell``."""
        number, where = _in_cell(index, diagnostic.range)
        return cell.text.range_to_client(where) if number == cell.number else None

    async def fix_all_edit(self, cell_uri: str) -> types.WorkspaceEdit | None:
        """What ``siglint check --fix`` writes into the notebook's cells, as one edit of each
        changed cell; None when nothing changes."""
        notebook = self._notebook_of(cell_uri)
        path = None if notebook is None else self._path_of(notebook.uri)
        if notebook is None or path is None:
            return None
        entry = await self._current(notebook.uri)
        if entry is None or entry.analysis is None or entry.analysis.settings is None:
            return None
        cells = self._cells(notebook)
        snapshot = self._snapshot(notebook, path, cells)
        try:
            fixed = await self._server._worker.run(
                analysis.fix_all, snapshot, entry.analysis.settings
            )
        except WorkerError as error:
            logger.error("fixing %s: %s", notebook.uri, error)
            return None
        for note in fixed.notes:
            logger.warning("%s", note)
        sources = [cell["source"] for cell in json.loads(fixed.text)["cells"]]
        changes = []
        for cell, source in zip(cells, sources, strict=True):
            edit = cell.text.replacement(source) if cell.code else None
            if edit is not None:
                identifier = types.OptionalVersionedTextDocumentIdentifier(cell.uri, cell.version)
                changes.append(types.TextDocumentEdit(identifier, [edit]))
        return types.WorkspaceEdit(document_changes=changes) if changes else None

    async def fixable(self, cell_uri: str) -> bool:
        """Whether fix-all would change something in the cell's notebook."""
        notebook = self._notebook_of(cell_uri)
        entry = None if notebook is None else await self._current(notebook.uri)
        if entry is None or entry.analysis is None or entry.analysis.settings is None:
            return False
        unsafe = entry.analysis.settings.unsafe_fixes
        return any(
            d.fix is not None and applies(d.fix, unsafe=unsafe) for d in entry.analysis.diagnostics
        )


def _by_cell(result: Analysis, cells: list[Cell]) -> dict[str, tuple[types.Diagnostic, ...]]:
    """Each code cell's diagnostics, in its own positions."""
    found: dict[str, list[types.Diagnostic]] = {cell.uri: [] for cell in cells if cell.code}
    index = result.index
    by_number = {cell.number: cell for cell in cells}
    for diagnostic in result.diagnostics:
        if index is None:  # a finding about the whole notebook: its first code cell says it
            cell = next((c for c in cells if c.code), None)
            placed: Diagnostic | None = diagnostic
        else:
            number, where = _in_cell(index, diagnostic.range)
            cell = by_number.get(number)
            placed = replace(diagnostic, range=where, fix=_fix_in(index, diagnostic, number))
        if cell is None or not cell.code or placed is None:
            continue
        found[cell.uri].append(to_lsp(placed, cell.text, cell.version))
    return {uri: tuple(items) for uri, items in found.items()}


def _in_cell(index: CellIndex, where: Range) -> tuple[int, Range]:
    cell, line, column = index.position(where.line, where.column)
    end_cell, end_line, end_column = index.position(where.end_line, where.end_column)
    if end_cell != cell:  # a range running past its cell ends with it
        end_line, end_column = line, column
    return cell or 1, Range(line, column, end_line, end_column)


def _fix_in(index: CellIndex, diagnostic: Diagnostic, number: int) -> Any:
    """The diagnostic's fix in its cell; none when an edit falls in another cell."""
    fix = diagnostic.fix
    if fix is None:
        return None
    edits = []
    for edit in fix.edits:
        cell, where = _in_cell(index, edit.range)
        if cell != number:
            return None
        edits.append(replace(edit, range=where))
    return replace(fix, edits=tuple(edits))
