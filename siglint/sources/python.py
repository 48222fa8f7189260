"""Reading a Python file exactly as CPython's ``import`` reads it, and writing it back.

``import`` hands the file's bytes to ``compile``, which refuses a NUL byte anywhere, finds the
encoding from a UTF-8 BOM and a PEP 263 coding cookie on line 1 or 2, and decodes the file with
it. In UTF-8 (the default, or a cookie that normalises to ``utf-8``) the tokenizer never decodes
a comment, so invalid bytes there are accepted; anywhere else they are an error. Any other
encoding decodes the whole file, comments included. (``python file.py`` is stricter than
``import`` about bad bytes in comments; MLflow imports the module that defines a model.)

Undecodable bytes in comments become lone surrogates (``surrogateescape``), which
``encode_python`` turns back into the very same bytes: a fix never rewrites a comment it did not
touch. What cannot hold a lone surrogate (libcst, an output stream) gets ``plain_text``.
"""

from __future__ import annotations

import ast
import codecs
import re
import tokenize
import warnings

_BOM = codecs.BOM_UTF8
# CPython's get_coding_spec: a comment-only line holding ``coding[:=]`` and a name.
_COOKIE = re.compile(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", re.ASCII)
# A line that lets the cookie search go on to line 2: blank or a comment.
_BLANK_OR_COMMENT = re.compile(rb"^[ \t\f]*(?:[#\r\n]|$)")
_LINE_BREAK = re.compile(rb"\r\n|\r|\n")
_TEXT_LINE_BREAK = re.compile("\r\n|\r|\n")
# The parser's errors about a literal's content, the same in every Python version (the limit
# on a decimal integer's digits, 4,300 by default, exists in every one siglint supports).
_LITERAL_ERRORS = (
    "(unicode error)",
    "(value error)",
    "bytes can only contain ASCII",
    "Exceeds the limit",
)
# What ``surrogateescape`` makes of an undecodable byte.
_ESCAPED = re.compile("[\udc80-\udcff]")


class UnreadableSource(ValueError):
    """Why CPython refuses the file, and where: a 1-based line and a 0-based column."""

    def __init__(self, reason: str, line: int = 1, column: int = 0) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line
        self.column = column


def read_python(data: bytes) -> str:
    """The text of a Python file, or ``UnreadableSource`` when CPython would refuse to import it.

    A BOM is dropped; line endings stay as they are.
    """
    nul = data.find(b"\0")
    if nul >= 0:
        line, column = _position(data, nul)
        raise UnreadableSource("source code cannot contain null bytes", line, column)
    bom = data.startswith(_BOM)
    body = data[len(_BOM) :] if bom else data
    encoding, cookie_line = _cookie(body)
    if bom and encoding not in (None, "utf-8"):
        raise UnreadableSource(f"encoding problem: {encoding} with BOM", cookie_line)
    if encoding is None or encoding == "utf-8":
        return _utf8(body)
    try:
        return body.decode(encoding)
    except LookupError as error:  # no such codec, or one that does not decode bytes to text
        raise UnreadableSource(str(error), cookie_line) from error
    except UnicodeDecodeError as error:
        line, column = _position(body, error.start)
        reason = f"cannot decode this file as {encoding}: {error}"
        raise UnreadableSource(reason, line, column) from error
    except UnicodeError as error:  # ``undefined``, ``punycode``: the base class, no position
        reason = f"cannot decode this file as {encoding}: {error}"
        raise UnreadableSource(reason, cookie_line) from error


def encode_python(text: str, original: bytes) -> bytes:
    """``text`` in the encoding (and BOM) of the file that held ``original``.

    Raises ``UnicodeEncodeError`` when the text does not fit that encoding.
    """
    encoding = python_encoding(original)
    if encoding in ("utf-8", "utf-8-sig"):
        return text.encode(encoding, "surrogateescape")
    return text.encode(encoding)


def python_encoding(data: bytes) -> str:
    """The codec CPython decodes ``data`` with; ``"utf-8-sig"`` when it starts with a BOM."""
    if data.startswith(_BOM):
        return "utf-8-sig"
    encoding, _ = _cookie(data)
    return encoding or "utf-8"


def plain_text(text: str) -> str:
    """``text`` with each undecodable comment byte as U+FFFD: what libcst, ``tokenize`` and an
    output stream accept, with every position kept (one code point for one)."""
    if text.isascii():  # most text, told at once: nothing to replace
        return text
    return _ESCAPED.sub("\ufffd", text) if _ESCAPED.search(text) else text


def null_byte(text: str) -> UnreadableSource | None:
    """The refusal of a text holding a NUL character (an editor's buffer can), else ``None``."""
    nul = text.find("\0")
    if nul < 0:
        return None
    line = text.count("\n", 0, nul) + 1
    column = nul - (text.rfind("\n", 0, nul) + 1)
    return UnreadableSource("source code cannot contain null bytes", line, column)


def compile_refusal(text: str) -> UnreadableSource | None:
    """What CPython's compiler refuses in ``text`` beyond its grammar (``return`` outside a
    function, a duplicate argument, ``nonlocal`` at module level, a bad escape in a literal), as
    this interpreter's ``compile`` says it; ``None`` when it accepts the text.

    The grammar itself is libcst's to judge: it knows every version's, and this interpreter may
    be older than the one the code targets. So an error of this interpreter's parser counts
    only when it is about a literal, which no version accepts.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # invalid escape sequences and the like only warn
        try:  # the usual case, and the cheapest way to it: no Python syntax tree is built
            compile(text, "<file>", "exec", dont_inherit=True)
            return None
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            pass
        try:
            tree = ast.parse(text)
        except SyntaxError as error:
            return _refusal(error) if error.msg.startswith(_LITERAL_ERRORS) else None
        except (ValueError, RecursionError, MemoryError):
            return None
    return _tree_refusal(tree)


def _tree_refusal(tree: ast.Module) -> UnreadableSource | None:
    """``compile_refusal`` of a text CPython's parser accepts, from its ``ast`` (``tree``)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(tree, "<file>", "exec", dont_inherit=True)
        except SyntaxError as error:
            return _refusal(error)
        except (ValueError, RecursionError, MemoryError):
            return None
    return None


def _refusal(error: SyntaxError) -> UnreadableSource:
    return UnreadableSource(error.msg, error.lineno or 1, max((error.offset or 1) - 1, 0))


def _cookie(data: bytes) -> tuple[str | None, int]:
    """The normalised encoding a coding cookie names, and its line (CPython's check_coding_spec).

    ``(None, 0)`` without a cookie. Only lines 1 and 2 count, line 2 only after a blank or
    comment line 1.
    """
    lines = _LINE_BREAK.split(data, maxsplit=2)[:2]
    for number, line in enumerate(lines, start=1):
        match = _COOKIE.match(line)
        if match is not None:
            return _normal_name(match.group(1).decode("ascii")), number
        if not _BLANK_OR_COMMENT.match(line):
            break
    return None, 0


def _normal_name(name: str) -> str:
    """CPython's get_normal_name: the spellings of UTF-8 and Latin-1 it recognises itself."""
    head = name[:12].lower().replace("_", "-")
    if head == "utf-8" or head.startswith("utf-8-"):
        return "utf-8"
    latin = ("latin-1", "iso-8859-1", "iso-latin-1")
    if head in latin or head.startswith(tuple(f"{spelling}-" for spelling in latin)):
        return "iso-8859-1"
    return name


def _utf8(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", "surrogateescape")
    outside = _outside_comments(text)
    if outside is not None:
        line, column, byte = outside
        raise UnreadableSource(
            f"invalid UTF-8 byte 0x{byte:02x} outside a comment, and no encoding declared "
            "(PEP 263)",
            line,
            column,
        )
    return text


def _outside_comments(text: str) -> tuple[int, int, int] | None:
    """The first undecodable byte that is not inside a comment: (line, column, byte)."""
    # Lines as the tokenizer sees them: any line ending becomes "\n".
    lines = [f"{content}\n" for content in _TEXT_LINE_BREAK.split(text)]
    escapes = [
        (line, match.start(), ord(match.group()) - 0xDC00)
        for line, content in enumerate(lines, start=1)
        for match in _ESCAPED.finditer(content)
    ]
    # One plain character per escaped byte keeps every position and lets the tokenizer through.
    plain = iter([_ESCAPED.sub("x", content) for content in lines])
    comments: dict[int, int] = {}  # line -> column where its comment starts
    try:
        for token in tokenize.generate_tokens(lambda: next(plain, "")):
            if token.type == tokenize.COMMENT:
                comments[token.start[0]] = token.start[1]
    except (tokenize.TokenError, SyntaxError):
        pass  # the file does not tokenize: CPython refuses it, at the first bad byte or before
    for line, column, byte in escapes:
        if column < comments.get(line, column + 1):
            return line, column, byte
    return None


def _position(data: bytes, offset: int) -> tuple[int, int]:
    """The 1-based line and 0-based code-point column of byte ``offset``."""
    before = data[:offset]
    breaks = list(_LINE_BREAK.finditer(before))
    start = breaks[-1].end() if breaks else 0
    return len(breaks) + 1, len(before[start:].decode("utf-8", "replace"))
