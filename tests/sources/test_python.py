"""Reading a Python file as CPython's ``import`` does: judged by the running interpreter's
``compile``, which ``import`` hands the file's bytes to."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from siglint.cli.main import main
from siglint.engine import check_source
from siglint.sources.python import UnreadableSource, compile_refusal, encode_python, read_python

# Each a file CPython accepts or refuses for how it is read, never for its syntax.
FILES = {
    "bad byte in a comment": b"x = 1  # caf\xe9\n",
    "bad byte in the first line's comment": b"# caf\xe9\nx = 1\n",
    "bad byte in a comment, CR line ends": b"x = 1  # \xe9\r\ny = 2\r\n",
    "bad byte in a comment, no final newline": b"x = 1  # \xe9",
    "bad byte in a comment inside brackets": b"x = (1,  # \xe9\n     2)\n",
    "encoded surrogate in a comment": b"# \xed\xa0\x80\nx = 1\n",
    "bad byte in a comment after a '#' string": b"x = '#'  # \xe9\n",
    "bad byte in a string": b"x = '\xe9'\n",
    "bad byte in a string holding '#'": b"x = '# \xe9'\n",
    "bad byte in a docstring": b'"""doc \xe9"""\n',
    "bad byte in bytes": b"x = b'\xe9'\n",
    "bad byte in an f-string": b"x = f'{1}\xe9'\n",
    "bad byte in code": b"x = 1 \xe9\n",
    "bad byte after a '#' in a string": b"x = '#' \xe9\n",
    "escapes of bad bytes in bytes": b'x = b"\\xc4\\xe0".decode("cp1251")\n',
    "NUL in a docstring": b'"""a\x00b"""\n',
    "NUL in a comment": b"# a\x00b\nx = 1\n",
    "NUL at the end": b"x = 1\n\x00",
    "NUL in a Latin-1 file": b"# coding: latin-1\nx = 1\n\x00",
    "BOM": b"\xef\xbb\xbfx = 1\n",
    "BOM and a UTF-8 cookie": b"\xef\xbb\xbf# coding: utf-8\nx = 1\n",
    "BOM and a Latin-1 cookie": b"\xef\xbb\xbf# coding: latin-1\nx = 1\n",
    "BOM and a 'utf8' cookie": b"\xef\xbb\xbf# coding: utf8\nx = 1\n",
    "Latin-1 cookie": b"# coding: latin-1\nx = '\xe9'\n",
    "cp1251 cookie": b"# -*- coding: cp1251 -*-\n# \xc4\xe0\nx = '\xc4'\n",
    "cookie on line 2": b"#!/usr/bin/env python\n# coding: latin-1\nx = '\xe9'\n",
    "cookie on line 2, CR line ends": b"#!/usr/bin/env python\r# coding: latin-1\rx = '\xe9'\r",
    "cookie on line 3": b"\n\n# coding: latin-1\nx = '\xe9'\n",
    "cookie after code": b"x = 1\n# coding: latin-1\ny = '\xe9'\n",
    "cookie after code on its line": b"x = 1  # coding: klingon\n",
    "unknown cookie": b"# coding: klingon\nx = 1\n",
    "unknown cookie, one line": b"# coding: klingon",
    "codec that is not a text encoding": b"# coding: rot13\nx = 1\n",
    "undefined codec": b"# coding: undefined\nx = 1\n",
    "UTF-16 cookie": b"# coding: utf-16\nx = 1\n",
    "ASCII cookie, bad byte in a comment": b"# coding: ascii\n# \xe9\nx = 1\n",
    "'utf8' cookie, bad byte in a comment": b"# coding: utf8\n# \xe9\nx = 1\n",
    "'utf-8' cookie, bad byte in a comment": b"# coding: utf-8\n# \xe9\nx = 1\n",
    "'UTF_8' cookie, bad byte in a comment": b"# coding=UTF_8\n# \xe9\nx = 1\n",
}


def _cpython_accepts(data: bytes) -> bool:
    try:
        compile(data, "<file>", "exec")
    except (SyntaxError, ValueError):
        return False
    return True


def _siglint_accepts(data: bytes) -> bool:
    try:
        read_python(data)
    except UnreadableSource:
        return False
    return True


@pytest.mark.parametrize("data", FILES.values(), ids=FILES.keys())
def test_a_file_is_refused_exactly_when_cpython_refuses_it(data: bytes) -> None:
    assert _siglint_accepts(data) == _cpython_accepts(data)


# Bytes that decide how a file is read, placed anywhere in a few lines of valid code.
_PIECES = st.sampled_from(
    [b"\xe9", b"\xc3\xa9", b"\x00", b"# ", b"'", b'"', b"\n", b"\r", b"\\", b"#", b"x"]
)


@given(
    prefix=st.sampled_from([b"", b"\xef\xbb\xbf", b"# coding: latin-1\n", b"# coding: utf-8\n"]),
    comment=st.lists(_PIECES, max_size=6).map(b"".join),
    value=st.lists(st.sampled_from([b"\xe9", b"\xc3\xa9", b"a", b"\x00"]), max_size=3),
)
def test_reading_agrees_with_compile_on_generated_files(
    prefix: bytes, comment: bytes, value: list[bytes]
) -> None:
    # Every generated file is valid Python once decoded, unless a byte makes it unreadable.
    comment = comment.replace(b"\n", b" ").replace(b"\r", b" ")
    data = prefix + b"x = 1  # " + comment + b"\ny = '" + b"".join(value) + b"'\n"
    assert _siglint_accepts(data) == _cpython_accepts(data)


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"x = 1\r\n", "x = 1\r\n"),
        (b"\xef\xbb\xbfx = '\xc3\xa9'\n", "x = '\xe9'\n"),
        (b"# -*- coding: latin-1 -*-\nx = '\xe9'\n", "# -*- coding: latin-1 -*-\nx = '\xe9'\n"),
    ],
)
def test_the_text_is_the_one_python_reads(data: bytes, text: str) -> None:
    assert read_python(data) == text


@pytest.mark.parametrize(
    ("data", "line", "column"),
    [
        (b'x = 1\n"""a\x00b"""\n', 2, 4),
        (b"x = 1\ny = '\xe9'\n", 2, 5),
        (b"# coding: ascii\nx = 1\n# \xe9\n", 3, 2),
        (b"#!/usr/bin/env python\n# coding: klingon\n", 2, 0),
    ],
)
def test_a_refusal_says_where(data: bytes, line: int, column: int) -> None:
    with pytest.raises(UnreadableSource) as refused:
        read_python(data)
    assert (refused.value.line, refused.value.column) == (line, column)


@pytest.mark.parametrize(
    "data",
    [
        b"x = 1  # caf\xe9 \xff\n",
        b"\xef\xbb\xbfx = 1  # \xc3\xa9\n",
        b"# coding: cp1251\n# \xc4\xe0\nx = '\xc4'\n",
        b"x = 1\r\n# \xe9\r\n",
    ],
)
def test_writing_back_gives_the_same_bytes(data: bytes) -> None:
    assert encode_python(read_python(data), data) == data


def test_a_bad_byte_in_a_comment_does_not_hide_the_findings(tmp_path: Path) -> None:
    """CPython imports it: siglint checks it (it used to say SIG999 and nothing else)."""
    path = tmp_path / "model.py"
    path.write_bytes(
        b"import mlflow\n\n\nclass Model(mlflow.pyfunc.PythonModel):\n"
        b"    def predict(self, context, model_input: str):  # caf\xe9\n"
        b"        return model_input\n"
    )
    [diagnostic] = check_source(read_python(path.read_bytes()), path).diagnostics
    assert diagnostic.code == "SIG101"
    assert diagnostic.range.line == 5


def test_a_nul_byte_in_an_editor_buffer_is_refused(tmp_path: Path) -> None:
    """The server checks text it did not read: the engine refuses a NUL as CPython does."""
    # (a file that names MLflow: siglint.scope)
    [diagnostic] = check_source('"""a\0b"""\nimport mlflow\n', tmp_path / "model.py").diagnostics
    assert diagnostic.code == "SIG999"
    assert "null bytes" in diagnostic.message
    assert (diagnostic.range.line, diagnostic.range.column) == (1, 4)


def test_fixing_a_file_keeps_the_bad_bytes_of_its_comments(tmp_path: Path, capsys) -> None:
    path = tmp_path / "model.py"
    original = (
        b"# \xff\nimport mlflow\n\n\nclass Model(mlflow.pyfunc.PythonModel):\n"
        b"    def predict(self, context, model_input: list[str]) -> list[str]:  # \xe9\n"
        b"        return model_input  # siglint: ignore[SIG101]\n"
    )
    path.write_bytes(original)
    assert main(["check", str(path), "--fix", "--no-cache", "--output-format", "full"]) == 0
    fixed = path.read_bytes()
    assert b"# siglint: ignore" not in fixed  # the unused suppression went
    assert fixed.startswith(b"# \xff\n")
    assert b"-> list[str]:  # \xe9\n" in fixed
    capsys.readouterr()


# Accepted by libcst's grammar, refused by CPython's compiler: the same in every version.
COMPILE_ERRORS = [
    "x = yield\n",
    "return 1\n",
    "nonlocal x\n",
    "break\n",
    "await x\n",
    "def f(x, x):\n    pass\n",
    "async def f():\n    yield from x\n",
    "def f():\n    x = 1\n    global x\n",
    "f(**{}, x=1, x=2)\n",
    "'\\N{no such name}'\n",
    "b'\\xe9'\n".replace("\\xe9", "\xe9"),
    "b'\\x1'\n",
    f"x = {'1' * 5000}\n",  # more digits than int() converts
]


# What makes a file MLflow's business: a target, a checked call, a call logging a model.
ANCHORS = [
    "import mlflow\n\nclass M(mlflow.pyfunc.PythonModel):\n    def predict(self, c, i: list[str]):\n"
    "        return i\n",
    "from mlflow.types import ColSpec\n\nColSpec('string', 'x')\n",
    "import mlflow\n\nmlflow.pyfunc.log_model('m', python_model='model.py')\n",
]


@pytest.mark.parametrize("text", COMPILE_ERRORS)
def test_what_cpython_refuses_to_compile_is_sig999(text: str, tmp_path: Path) -> None:
    with pytest.raises(SyntaxError):
        compile(text, "<file>", "exec")
    # In a file that names MLflow and holds an anchor (siglint.scope): a model, or a call into
    # MLflow. Elsewhere it is Python's business only.
    assert check_source(text, tmp_path / "model.py").diagnostics == ()
    assert check_source(text + "# mlflow\n", tmp_path / "model.py").diagnostics == ()
    for anchor in ANCHORS:
        [diagnostic] = check_source(text + anchor, tmp_path / "model.py").diagnostics
        assert diagnostic.code == "SIG999"
        assert diagnostic.message.startswith("Python cannot compile this file: ")


@pytest.mark.parametrize(
    "text",
    ["x = '\\q'\n", "def f():\n    return\n    yield\n", "match x:\n    case 1:\n        pass\n"],
)
def test_what_cpython_compiles_is_not_sig999(text: str, tmp_path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # '\q' only warns
        compile(text, "<file>", "exec")
    assert check_source(text, tmp_path / "model.py").diagnostics == ()


def test_newer_grammar_than_this_interpreter_s_is_left_to_libcst(tmp_path: Path) -> None:
    """PEP 695 (3.12): this interpreter may not know it; libcst does, and accepts it."""
    text = "def first[T](items: list[T]) -> T:\n    return items[0]\n"
    assert compile_refusal(text) is None
