"""IPython's own syntax in a notebook cell, masked so that the cell reads as Python.

IPython rewrites a cell before Python sees it: ``%pip install x`` and ``!ls`` (line magics and
shell escapes), ``x = !ls`` (their captured output), ``obj?`` (help), ``%%sql`` (a cell magic that
hands the whole cell to another interpreter), ``pip install x`` alone in a cell (automagic).
Each such line becomes a comment (or ``pass`` inside a block, or ``x = None`` for a capture), so
that the cell keeps its lines: a position in the masked text is the same line of the cell.

``%run path`` is IPython's "run that file here first": it becomes a star import of the file
(``siglint.sources.run``), which the analysis resolves as Python resolves any star import.
``%%writefile path`` cells are not code of the notebook at all: they are the module at ``path``.
"""

from __future__ import annotations

import ast
import io
import re
import shlex
import tokenize
from dataclasses import dataclass

from siglint.sources.run import run_import

# Cell magics whose body is still Python run in this namespace (Ruff's list).
TRANSPARENT_CELL_MAGICS = frozenset(
    {"capture", "debug", "ipytest", "prun", "pypy", "python", "python3", "time", "timeit"}
)
# Line magics IPython runs without their ``%`` (automagic); Jupyter lets nothing else follow.
AUTOMAGICS = frozenset(
    [
        "alias",
        "alias_magic",
        "autoawait",
        "autocall",
        "automagic",
        "bookmark",
        "cd",
        "code_wrap",
        "colors",
        "conda",
        "config",
        "debug",
        "dhist",
        "dirs",
        "doctest_mode",
        "edit",
        "env",
        "gui",
        "history",
        "killbgscripts",
        "load",
        "load_ext",
        "loadpy",
        "logoff",
        "logon",
        "logstart",
        "logstate",
        "logstop",
        "lsmagic",
        "macro",
        "magic",
        "mamba",
        "matplotlib",
        "micromamba",
        "notebook",
        "page",
        "pastebin",
        "pdb",
        "pdef",
        "pdoc",
        "pfile",
        "pinfo",
        "pinfo2",
        "pip",
        "popd",
        "pprint",
        "precision",
        "prun",
        "psearch",
        "psource",
        "pushd",
        "pwd",
        "pycat",
        "pylab",
        "quickref",
        "recall",
        "rehashx",
        "reload_ext",
        "rerun",
        "reset",
        "reset_selective",
        "run",
        "save",
        "sc",
        "set_env",
        "sx",
        "system",
        "tb",
        "time",
        "timeit",
        "unalias",
        "unload_ext",
        "who",
        "who_ls",
        "whos",
        "xdel",
        "xmode",
    ]
)
PYTHON_MODULE_SUFFIXES = (".py", ".pyi")
# Databricks' cell languages: a cell whose first line is one of these alone is not Python.
LANGUAGE_MAGICS = frozenset({"%sql", "%md", "%md-sandbox", "%sh", "%scala", "%r", "%fs", "%skip"})
_CAPTURE = re.compile(r"(?P<target>[A-Za-z_][\w.]*(?:\s*,\s*[A-Za-z_][\w.]*)*)\s*=\s*[!%]")
_RUN = re.compile(r"%run\b(?P<arguments>.*)")


@dataclass(frozen=True, slots=True)
class WriteFile:
    """A ``%%writefile path`` cell: the module at ``path`` (as written, relative to the notebook)."""

    path: str
    append: bool


def cell_magic(first_line: str) -> tuple[str, str] | None:
    """``("sql", "args")`` for a first line ``%%sql args``; None when the cell is no cell magic."""
    stripped = first_line.strip()
    if not stripped.startswith("%%"):
        return None
    name, _, arguments = stripped[2:].partition(" ")
    return name, arguments.strip()


def writefile_of(first_line: str) -> WriteFile | None:
    """The Python module a ``%%writefile [-a] path`` line names (None for any other file an
    agent notebook writes: its ``config.yml``, its ``requirements.txt``)."""
    magic = cell_magic(first_line)
    if magic is None or magic[0] != "writefile":
        return None
    try:
        words = shlex.split(magic[1])
    except ValueError:
        words = magic[1].split()
    append = any(w in ("-a", "--append") for w in words)
    paths = [w for w in words if not w.startswith("-")]
    if not paths or not paths[0].endswith(PYTHON_MODULE_SUFFIXES):
        return None
    return WriteFile(paths[0], append)


def mask_cell(lines: list[str]) -> list[str]:
    """The cell's lines (each with its line ending) as Python, one masked line per line.

    A cell magic other than a transparent one masks the whole cell; otherwise each line magic,
    shell escape, capture or help request is masked, wherever it starts a logical line.
    """
    if not lines:
        return []
    first = next((line.split() for line in lines if line.strip()), [])
    if len(first) == 1 and first[0] in LANGUAGE_MAGICS:
        return [_comment(line) for line in lines]
    magic = cell_magic(lines[0])
    if magic is not None:
        if magic[0] not in TRANSPARENT_CELL_MAGICS:
            return [_comment(line) for line in lines]
        return [_comment(lines[0]), *mask_lines(lines[1:])]
    text = "".join(lines)
    if _parses(text):
        return list(lines)
    first = lines[0].split(None, 1)
    if first and first[0] in AUTOMAGICS and not _parses(lines[0]):
        return [_comment(line) for line in lines]
    return _without_top_level_await(mask_lines(lines))


def mask_lines(lines: list[str]) -> list[str]:
    """Mask the IPython lines among Python ones (lines inside a string are left alone)."""
    masked = list(lines)
    touched: list[int] = []
    continued = False
    for number, line in enumerate(lines):
        if continued:
            masked[number] = _comment(line)
            touched.append(number)
        else:
            replacement = _masked_line(line)
            if replacement is None:
                continue
            masked[number] = replacement
            touched.append(number)
        continued = line.rstrip("\r\n").endswith("\\")
    if not touched:
        return masked
    # A line that only looked like a magic because it lies inside a string stays as it was.
    for number in _inside_strings("".join(masked)):
        if number in touched:
            masked[number] = lines[number]
    return masked


def _masked_line(line: str) -> str | None:
    body = line.rstrip("\r\n")
    ending = line[len(body) :] or "\n"
    stripped = body.lstrip()
    indent = body[: len(body) - len(stripped)]
    if not stripped or stripped.startswith("#"):
        return None
    target = run_target_of(stripped)
    if target is not None and not indent:
        return f"{run_import(target)}{ending}"
    if stripped[0] in "%!?" or (stripped.endswith("?") and _is_help(stripped)):
        return f"{indent}pass  # {stripped}{ending}" if indent else _comment(line)
    capture = _CAPTURE.match(stripped)
    if capture is not None:
        return f"{indent}{capture.group('target')} = None  # {stripped}{ending}"
    return None


def _without_top_level_await(lines: list[str]) -> list[str]:
    """IPython runs a cell's top-level ``await`` (``async for``, ``async with``) as if the cell
    were a coroutine; a module may not: the keyword is taken off, on its line only."""
    text = "".join(lines)
    if _parses(text):
        return lines
    flags = ast.PyCF_ONLY_AST | ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
    try:
        tree = compile(text, "<cell>", "exec", flags=flags, dont_inherit=True)
    except (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError):
        return lines
    found: list[tuple[int, int, str]] = []  # (0-based line, byte column, keyword)
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            continue  # its awaits are its own
        if isinstance(node, ast.Await):
            found.append((node.lineno - 1, node.col_offset, "await"))
        elif isinstance(node, ast.AsyncFor | ast.AsyncWith):
            found.append((node.lineno - 1, node.col_offset, "async"))
        stack.extend(ast.iter_child_nodes(node))
    result = list(lines)
    for row, offset, keyword in sorted(found, reverse=True):
        line = result[row]
        column = len(line.encode("utf-8")[:offset].decode("utf-8", "ignore"))
        if line.startswith(keyword, column):
            rest = line[column + len(keyword) :]
            result[row] = line[:column] + rest.lstrip(" \t")
    return result if _parses("".join(result)) else lines


def _is_help(stripped: str) -> bool:
    """``obj?`` / ``obj.attr??``: a help request (a ``?`` ends no Python statement)."""
    return re.fullmatch(r"[A-Za-z_][\w.\[\]()'\"]*\?{1,2}", stripped) is not None


def run_target_of(stripped: str) -> str | None:
    """The file of a line ``%run [-options] path [args]`` (``-m module`` runs no file we read)."""
    run = _RUN.match(stripped)
    if run is None:
        return None
    arguments = run.group("arguments")
    try:
        words = shlex.split(arguments)
    except ValueError:
        words = arguments.split()
    if "-m" in words:
        return None
    paths = [w for w in words if not w.startswith("-")]
    return paths[0] if paths else None


def _comment(line: str) -> str:
    body = line.rstrip("\r\n")
    ending = line[len(body) :] or "\n"
    return f"#{body}{ending}" if body else ending


def parses(text: str) -> bool:
    """Whether siglint can read ``text`` as a module: the running CPython compiles it, or (newer
    syntax than this interpreter's) libcst parses it, as the engine does."""
    if _parses(text):
        return True
    import libcst  # only for text this interpreter refuses

    try:
        libcst.parse_module(text)
    except (libcst.ParserSyntaxError, RecursionError, ValueError):
        return False
    return True


def _parses(text: str) -> bool:
    """Whether CPython compiles ``text`` (the compiler's checks too: an ``await`` outside a
    function passes the parser)."""
    try:
        compile(text, "<cell>", "exec", dont_inherit=True)
    except (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError):
        return False
    return True


def _inside_strings(text: str) -> set[int]:
    """The (0-based) lines that continue a string begun on an earlier line."""
    inside: set[int] = set()
    fstring = getattr(tokenize, "FSTRING_MIDDLE", None)
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            kind, start, end = token.type, token.start[0], token.end[0]
            if (kind == tokenize.STRING or kind == fstring) and end > start:
                inside.update(range(start, end))  # 1-based start+1 .. end, as 0-based
    except (tokenize.TokenError, SyntaxError, IndentationError):
        pass
    return inside
