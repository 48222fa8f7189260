"""Real files to mutate, and the mutations: what a repository, an editor or a disk can do to a file.

The corpus is the examples, the differential test models and a fixed set of real package sources
(MLflow's own ``pyfunc`` and type-hint modules, pydantic, the standard library). Mutations work on
bytes, since encodings, BOMs, NUL bytes and line endings are what they break. The ones that only
cost time or stack (a huge line, deep nesting) stay within what CPython accepts, so that each
example is quick; ``test_mutated_files`` drives the unbounded versions through ``siglint``
subprocesses.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_MODULES = (
    "mlflow.pyfunc.utils.data_validation",
    "mlflow.types.type_hints",
    "mlflow.types.agent",
    "mlflow.types.responses",
    "mlflow.models.signature",
    "pydantic.fields",
    "dataclasses",
)
BOM = b"\xef\xbb\xbf"


@cache
def local_corpus() -> tuple[Path, ...]:
    """The repository's own files of the corpus: the examples and the differential models."""
    local = [*ROOT.glob("examples/*.py"), *ROOT.glob("tests/differential/models/**/*.py")]
    return tuple(sorted(local))


def corpus() -> tuple[Path, ...]:
    """Every file of the corpus, sorted (so that derandomized runs draw the same ones): the
    local ones, then real package sources (wherever the environment is, even in the clone)."""
    packages = [Path(importlib.util.find_spec(name).origin) for name in PACKAGE_MODULES]
    return local_corpus() + tuple(packages)


@cache
def read(path: Path) -> bytes:
    return path.read_bytes()


def _lines(data: bytes) -> list[bytes]:
    return data.splitlines(keepends=True)


@st.composite
def truncated(draw: st.DrawFn, data: bytes) -> bytes:
    return data[: draw(st.integers(0, len(data)))]


@st.composite
def lines_deleted(draw: st.DrawFn, data: bytes) -> bytes:
    lines = _lines(data)
    gone = draw(st.sets(st.integers(0, max(len(lines) - 1, 0)), max_size=5))
    return b"".join(line for index, line in enumerate(lines) if index not in gone)


@st.composite
def lines_duplicated(draw: st.DrawFn, data: bytes) -> bytes:
    lines = _lines(data) or [b""]
    index = draw(st.integers(0, len(lines) - 1))
    return b"".join(
        [*lines[: index + 1], *[lines[index]] * draw(st.integers(1, 3)), *lines[index + 1 :]]
    )


@st.composite
def bytes_flipped(draw: st.DrawFn, data: bytes) -> bytes:
    mutable = bytearray(data or b" ")
    for _ in range(draw(st.integers(1, 4))):
        mutable[draw(st.integers(0, len(mutable) - 1))] = draw(st.integers(0, 255))
    return bytes(mutable)


@st.composite
def inserted(draw: st.DrawFn, data: bytes) -> bytes:
    """Bytes that break decoding or the tokenizer: NUL, invalid UTF-8, stray quotes, separators
    that ``str.splitlines`` takes for line ends and Python does not (form feed, U+2028, NEL)."""
    piece = draw(
        st.sampled_from(
            (
                b"\x00",
                b"\xff",
                b"\xc3\x28",
                b"\xed\xa0\x80",  # an encoded surrogate: invalid UTF-8
                b"\x0c",
                "\u2028".encode(),
                "\x85".encode(),
                b"\x1c",
                b'"""',
                b"\\",
                b"(",
                b")",
                b":",
                b"# noqa",
                b"# siglint: noqa",
                "é".encode(),
                "\U0001f600".encode(),
            )
        )
    )
    at = draw(st.integers(0, len(data)))
    return data[:at] + piece + data[at:]


@st.composite
def indentation_mixed(draw: st.DrawFn, data: bytes) -> bytes:
    lines = _lines(data)
    chosen = draw(st.sets(st.integers(0, max(len(lines) - 1, 0)), max_size=8))
    return b"".join(
        re.sub(rb"^    ", b"\t", line) if index in chosen else line
        for index, line in enumerate(lines)
    )


@st.composite
def line_endings(draw: st.DrawFn, data: bytes) -> bytes:
    ending = draw(st.sampled_from((b"\r\n", b"\r", "mixed")))
    lines = re.split(rb"\r\n|\r|\n", data)
    if ending != "mixed":
        return ending.join(lines)
    endings = draw(st.lists(st.sampled_from((b"\n", b"\r\n", b"\r")), min_size=len(lines)))
    return b"".join(line + end for line, end in zip(lines[:-1], endings, strict=False)) + lines[-1]


@st.composite
def encoding_declared(draw: st.DrawFn, data: bytes) -> bytes:
    """A PEP 263 cookie (real, unknown or contradicting the bytes) or a BOM (with or without one)."""
    cookie = draw(
        st.sampled_from(
            (
                b"# -*- coding: latin-1 -*-\n",
                b"# -*- coding: utf-8 -*-\n",
                b"#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\n",
                b"# coding: klingon\n",
                b"# coding: utf-16\n",
                b"",
            )
        )
    )
    bom = draw(st.booleans())
    if cookie.startswith(b"# -*- coding: latin-1") and not bom:
        # the file really in latin-1, as that cookie says (when it can be)
        with contextlib.suppress(UnicodeDecodeError, UnicodeEncodeError):
            data = data.decode("utf-8").encode("latin-1")
    return (BOM if bom else b"") + cookie + data


@st.composite
def huge_line(draw: st.DrawFn, data: bytes) -> bytes:
    size = draw(st.sampled_from((10_000, 200_000, 2_000_000)))
    line = draw(
        st.sampled_from(
            (
                b"x = '" + b"a" * size + b"'\n",
                b"# " + b"z" * size + b"\n",
                b"y = [" + b"1, " * (size // 100) + b"]\n",
            )
        )
    )
    lines = _lines(data)
    at = draw(st.integers(0, len(lines)))
    return b"".join([*lines[:at], line, *lines[at:]])


@st.composite
def nested(draw: st.DrawFn, data: bytes) -> bytes:
    """Nesting CPython still accepts (at most 200 brackets, 100 indentation levels)."""
    depth = draw(st.integers(1, 150))
    kind = draw(st.sampled_from(("parens", "lists", "subscripts", "blocks")))
    if kind == "blocks":
        depth = min(depth, 90)
        line = b"".join(b" " * i + b"if x:\n" for i in range(depth)) + b" " * depth + b"pass\n"
    else:
        open_, close = {
            "parens": (b"(", b")"),
            "lists": (b"[", b"]"),
            "subscripts": (b"list[", b"]"),
        }[kind]
        line = b"z = " + open_ * depth + b"1" + close * depth + b"\n"
    return data + b"\n" + line


MUTATIONS = (
    truncated,
    lines_deleted,
    lines_duplicated,
    bytes_flipped,
    inserted,
    indentation_mixed,
    line_endings,
    encoding_declared,
    huge_line,
    nested,
)


@dataclass(frozen=True)
class Mutant:
    """A corpus file with mutations applied; shown by what was done, not by its bytes."""

    original: Path
    data: bytes
    mutations: tuple[str, ...]

    def __repr__(self) -> str:
        digest = hashlib.sha256(self.data).hexdigest()[:12]
        done = ", ".join(self.mutations)
        return f"Mutant({self.original.name} + {done}: {len(self.data)} bytes, sha256 {digest})"


@st.composite
def mutants(draw: st.DrawFn) -> Mutant:
    """A corpus file with one to three mutations applied."""
    path = draw(st.sampled_from(corpus()))
    data = read(path)
    done = []
    for mutation in draw(st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=3)):
        data = draw(mutation(data))
        done.append(mutation.__name__)
    return Mutant(path, data, tuple(done))
