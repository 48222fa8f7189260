"""Jupyter notebooks (``.ipynb``, nbformat 4): read with plain ``json``, written back in place.

A fix rewrites only the ``source`` value of the cells it changed, spliced into the file's own
text: outputs, metadata, ids, execution counts, key order, indentation and the last newline stay
byte for byte what they were (re-serialising the whole notebook would not promise that).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from json.decoder import scanstring  # type: ignore[attr-defined]
from pathlib import Path
from typing import Any

from siglint.sources import SourceError
from siglint.sources.magics import writefile_of
from siglint.sources.notebook import Cell, NotebookSource, build, code_cell, lines_of, terminated

# The names IPython's kernel defines in every notebook; on Databricks, its runtime's too.
JUPYTER_NAMES = "from IPython import get_ipython; from IPython.display import display\n"
DATABRICKS_NAMES = (
    "from databricks.sdk.runtime import dbutils, display, displayHTML, getArgument, sc, spark, "
    "sql, sqlContext, table, udf\n"
)
_DATABRICKS_METADATA = "application/vnd.databricks.v1+notebook"
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


@dataclass(frozen=True, slots=True)
class JupyterSource(NotebookSource):
    """A ``.ipynb`` notebook."""

    @classmethod
    def read(cls, path: Path, data: bytes) -> JupyterSource:
        try:
            content = data.decode("utf-8-sig")
            if not content.strip():  # an empty file, as an empty .py: nothing to check
                return build(path, content, "\n", [], cls)
            notebook = json.loads(content)
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
            raise SourceError(f"this notebook is not valid JSON: {error}") from error
        if not isinstance(notebook, dict) or not isinstance(notebook.get("cells"), list):
            nbformat = notebook.get("nbformat") if isinstance(notebook, dict) else None
            detail = f" (nbformat {nbformat})" if nbformat not in (None, 4) else ""
            raise SourceError(f"this is not an nbformat 4 notebook{detail}: it has no `cells`")
        metadata = notebook.get("metadata")
        metadata = metadata if isinstance(metadata, dict) else {}
        if not _is_python(metadata):
            return build(path, content, "\n", [], cls)  # an R or Scala notebook: no Python
        cells = []
        for number, cell in enumerate(notebook["cells"], 1):
            if not isinstance(cell, dict) or cell.get("cell_type") != "code":
                continue
            lines = lines_of(_source_text(cell.get("source", "")))
            writefile = writefile_of(lines[0]) if lines else None
            if writefile is None:
                cells.append(code_cell(number, lines))
                continue
            python = [f"#{line}" if line.strip("\r\n") else line for line in lines]
            module = (1, len(lines))
            cells.append(Cell(number, tuple(lines), terminated(python), writefile, module))
        names = DATABRICKS_NAMES if _DATABRICKS_METADATA in metadata else JUPYTER_NAMES
        source = build(path, content, names, cells, cls)
        return replace(source, in_file=_in_file(content, source.rows))

    def assemble(self, changed: dict[int, list[str]]) -> str:
        spans = _source_spans(self.content)
        ascii_only = self.content.isascii() and "\\u" in self.content
        text = self.content
        for number in sorted(changed, reverse=True):
            start, end = spans[number]
            value = _serialised(text, start, end, "".join(changed[number]), ascii_only)
            text = text[:start] + value + text[end:]
        return text

    def changes(self, content: str) -> list[tuple[str | None, str, str]]:
        try:
            notebook = json.loads(content)
            before = json.loads(self.content)["cells"]
        except (json.JSONDecodeError, KeyError, TypeError):
            return super().changes(content)
        found = []
        for number, (old, new) in enumerate(zip(before, notebook["cells"], strict=False), 1):
            old_text = _source_text(old.get("source", ""))
            new_text = _source_text(new.get("source", ""))
            if old_text != new_text:
                found.append((f"cell {number}", old_text, new_text))
        return found


def _in_file(content: str, rows: tuple[tuple[int, int, int], ...]) -> tuple[tuple[int, int], ...]:
    """For each line of the Python text, the line of the JSON text holding it and the column its
    text starts at (exact for ``source`` lists laid out one item per line, as Jupyter writes)."""
    starts = [0, *(i + 1 for i, c in enumerate(content) if c == "\n")]
    where: dict[int, tuple[int, bool, int]] = {}  # cell -> (line of its value, one per line, col)
    for cell, (start, end) in _source_spans(content).items():
        line = bisect_right(starts, start)
        listed = content.startswith("[", start) and "\n" in content[start:end]
        where[cell] = (line, listed, start - starts[line - 1] + 1)
    found = []
    for cell, row, _ in rows:
        line, listed, column = where.get(cell, (1, False, 0))
        if listed and line + row <= len(starts):
            line += row
            end = starts[line] if line < len(starts) else len(content)
            column = content.find('"', starts[line - 1], end) - starts[line - 1] + 1
        found.append((line, column))
    return tuple(found)


def _is_python(metadata: dict[str, Any]) -> bool:
    """Whether the notebook's kernel runs Python (a notebook that does not say is taken as one)."""
    for key, field in (("language_info", "name"), ("kernelspec", "language")):
        info = metadata.get(key)
        if isinstance(info, dict) and isinstance(info.get(field), str):
            return info[field].lower() == "python"
    return True


def _source_text(source: Any) -> str:
    if isinstance(source, list):
        return "".join(s for s in source if isinstance(s, str))
    return source if isinstance(source, str) else ""


def _serialised(content: str, start: int, end: int, text: str, ascii_only: bool) -> str:
    """``text`` as a ``source`` value, laid out as the value it replaces at ``start:end``."""
    old = content[start:end]
    if old.startswith('"'):
        return json.dumps(text, ensure_ascii=ascii_only)
    lines = lines_of(text)
    if not lines:
        return "[]"
    if "\n" in old:
        inner = old[1:].split("\n", 1)[1]
        indent = inner[: len(inner) - len(inner.lstrip(" \t"))]
        close = old[old.rindex("\n") + 1 : -1]
    else:
        line_start = content.rfind("\n", 0, start) + 1
        key_line = content[line_start:start]
        close = key_line[: len(key_line) - len(key_line.lstrip(" \t"))]
        indent = close + _indent_unit(content)
    items = ",\n".join(f"{indent}{json.dumps(line, ensure_ascii=ascii_only)}" for line in lines)
    return f"[\n{items}\n{close}]"


def _indent_unit(content: str) -> str:
    """The file's indentation step: that of its first key (Jupyter writes one space)."""
    second = content.split("\n", 2)[1] if content.count("\n") >= 1 else ""
    return second[: len(second) - len(second.lstrip(" \t"))] or " "


def _source_spans(content: str) -> dict[int, tuple[int, int]]:
    """Where each cell's ``source`` value lies in the file's text, by cell number."""
    spans: dict[int, tuple[int, int]] = {}
    for key, start, _ in _members(content, _skip(content, 0)):
        if key != "cells":
            continue
        for number, (element, _) in enumerate(_elements(content, start), 1):
            for field, value_start, value_end in _members(content, element):
                if field == "source":
                    spans[number] = (value_start, value_end)
    return spans


def _skip(text: str, at: int) -> int:
    match = _WHITESPACE.match(text, at)
    assert match is not None
    return match.end()


def _members(text: str, at: int) -> list[tuple[str, int, int]]:
    """The members of the object at ``at``: ``(key, start of value, end of value)``."""
    if text[at : at + 1] != "{":
        return []
    members: list[tuple[str, int, int]] = []
    at = _skip(text, at + 1)
    while text[at : at + 1] == '"':
        key, at = scanstring(text, at + 1)
        at = _skip(text, _skip(text, at) + 1)  # past the colon
        _, end = _DECODER.raw_decode(text, at)
        members.append((key, at, end))
        at = _skip(text, end)
        if text[at : at + 1] == ",":
            at = _skip(text, at + 1)
    return members


def _elements(text: str, at: int) -> list[tuple[int, int]]:
    """The spans of the elements of the array at ``at``."""
    elements: list[tuple[int, int]] = []
    at = _skip(text, at + 1)
    while text[at : at + 1] not in ("]", ""):
        _, end = _DECODER.raw_decode(text, at)
        elements.append((at, end))
        at = _skip(text, end)
        if text[at : at + 1] == ",":
            at = _skip(text, at + 1)
    return elements
