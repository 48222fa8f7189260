"""The documents the client has open: their text, version, and the path siglint checks them as.

``file:`` documents are checked as their path. ``untitled:`` buffers are checked as if they
were a module of that name in the first workspace folder, so settings and sibling imports
resolve from there. Anything else (notebook cells, ``git:`` revisions, remote schemes) is
kept, so edits stay in sync, but skipped: a cell alone is not the module MLflow would import.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import unquote, urlparse

from lsprotocol import types
from pygls.uris import to_fs_path

from lsp_server.text import Text
from siglint.analysis.imports import read_from_disk

_PYTHON_SUFFIXES = (".py", ".pyi")


@dataclass(frozen=True, slots=True)
class Document:
    uri: str
    text: Text
    version: int | None
    language_id: str
    path: Path | None  # what the core checks it as; None when skipped
    on_disk: bool  # a real file, so the configuration's excludes apply to it

    @property
    def skipped_because(self) -> str | None:
        if self.path is None:
            return f"siglint only checks file: and untitled: documents, not {self.uri}"
        if self.language_id != "python" and self.path.suffix not in _PYTHON_SUFFIXES:
            return f"{self.uri} is {self.language_id}, not Python"
        return None


class Documents:
    """The open documents, by URI; ``root`` is where untitled buffers live."""

    def __init__(self) -> None:
        self.root = Path.cwd()
        self.encoding: str = types.PositionEncodingKind.Utf16
        self._open: dict[str, Document] = {}

    def get(self, uri: str) -> Document | None:
        return self._open.get(uri)

    def open(self, item: types.TextDocumentItem) -> Document:
        path, on_disk = self._path_of(item.uri)
        document = Document(
            item.uri, Text(item.text, self.encoding), item.version, item.language_id, path, on_disk
        )
        self._open[item.uri] = document
        return document

    def change(self, params: types.DidChangeTextDocumentParams) -> Document | None:
        """Apply the changes in order; ``None`` for a document that was never opened."""
        document = self._open.get(params.text_document.uri)
        if document is None:
            return None
        text = document.text
        for change in params.content_changes:
            text = Text(text.apply_change(change), self.encoding)
        document = replace(document, text=text, version=params.text_document.version)
        self._open[document.uri] = document
        return document

    def close(self, uri: str) -> Document | None:
        return self._open.pop(uri, None)

    def by_path(self) -> dict[Path, str]:
        """The text of every open file, by absolute path: what imports of it should see."""
        return {d.path: d.text.source for d in self._open.values() if d.on_disk and d.path}

    def text_at(self, path: Path) -> Text | None:
        """The text of the file at ``path``: its open buffer, else what is on disk."""
        for document in self._open.values():
            if document.path == path:
                return document.text
        source = read_from_disk(path)
        return None if source is None else Text(source, self.encoding)

    def _path_of(self, uri: str) -> tuple[Path | None, bool]:
        parsed = urlparse(uri)
        if parsed.scheme == "file":
            path = to_fs_path(uri)
            return (Path(path).absolute(), True) if path else (None, False)
        if parsed.scheme == "untitled":
            name = Path(unquote(parsed.path)).name or "untitled"
            if not name.endswith(_PYTHON_SUFFIXES):
                name = f"{name}.py"
            return self.root / name, False
        return None, False
