"""One parsed source file: its CST, its scopes, and where each definition sits in them."""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import libcst as cst
from libcst._nodes.internal import CodegenState

from siglint.analysis.scopes import Scope, ScopeBuilder, top_level_order
from siglint.diagnostics import Range

# What libcst's PositionProvider counts as a line break.
_NEWLINE = re.compile(r"\r\n?|\n")

Owner = cst.ClassDef | cst.FunctionDef


@dataclass(slots=True)
class Definition:
    """A ``class`` or ``def`` statement with the scope it is defined in and the one it opens."""

    node: cst.ClassDef | cst.FunctionDef
    scope: Scope  # where the statement stands
    order: int  # its position in ``scope``
    inner: Scope  # the scope its body opens

    @property
    def qualname(self) -> str:
        prefix = self.scope.qualname_prefix()
        return f"{prefix}.{self.node.name.value}" if prefix else self.node.name.value


@dataclass(frozen=True, slots=True)
class Splice:
    """How an edited module's statements were made from the previous version's: its first
    ``kept`` are the previous ones, then come ``edited`` new ones, then the previous ones from
    ``resumed`` on. The kept ones end at offset ``same_before`` of the previous text, and the
    resumed ones start at ``same_after``."""

    kept: int
    edited: int
    resumed: int
    same_before: int
    same_after: int


@dataclass(eq=False)
class ModuleInfo:
    path: Path
    name: str  # dotted module name, as the project would import it
    text: str
    tree: cst.Module
    scope: Scope = field(init=False)
    definitions: dict[cst.CSTNode, Definition] = field(init=False, default_factory=dict)
    future_annotations: bool = field(init=False, default=False)
    # Each node's syntactic range as offsets in ``text``, for the statements generated so far,
    # by ``id(node)``: a node's own ``__hash__`` is Python code, run for every node recorded.
    _spans: dict[int, tuple[int, int]] = field(init=False, default_factory=dict)
    _generated: set[int] = field(init=False, default_factory=set)  # top-level statements
    _dropped_newline: str = field(init=False, default="")

    def __post_init__(self) -> None:
        self.scope = Scope("module", self.tree, None)
        self.future_annotations = _has_future_annotations(self.tree)
        ScopeBuilder(self._enter).build(self.scope, self.tree.body)

    def _enter(self, scope: Scope, node: cst.ClassDef | cst.FunctionDef, order: int) -> None:
        kind = "class" if isinstance(node, cst.ClassDef) else "function"
        inner = Scope(kind, node, scope, name=node.name.value)
        self.definitions[node] = Definition(node, scope, order, inner)
        ScopeBuilder(self._enter).build(inner, node.body)

    def code(self, node: cst.CSTNode) -> str:
        # Remembered: the same class is searched for its pydantic config once per model using it.
        code = self._code.get(node)
        if code is None:
            code = self._code[node] = self.tree.code_for_node(node)
        return code

    @cached_property
    def _code(self) -> dict[cst.CSTNode, str]:
        return {}

    @property
    def calls(self) -> list[tuple[cst.Call, Owner | None]]:
        """Every call in source order, with the innermost ``class``/``def`` it is in (None: the
        module), as a libcst visitor would meet them; computed once for every rule."""
        return self._walk[0]

    @cached_property
    def _walk(self) -> tuple[list[tuple[cst.Call, Owner | None]], dict[int, int]]:
        return _walk(self.tree.body, 0)

    @cached_property
    def statement_starts(self) -> list[int] | None:
        """Where each top-level statement starts in ``text`` (its leading lines included), then
        where the last one ends; None when libcst does not give the text back as it is (a file
        without a final line break, a line continuation before the first statement)."""
        code = self.tree.code_for_node
        header = "".join(code(line) for line in self.tree.header)
        statements = [code(statement) for statement in self.tree.body]
        footer = "".join(code(line) for line in self.tree.footer)
        if "".join([header, *statements, footer]) != self.text:
            return None
        starts = [len(header)]
        for statement in statements:
            starts.append(starts[-1] + len(statement))
        return starts

    @cached_property
    def _line_starts(self) -> list[int]:
        # A module without a final line break: its last newline token is generated (and counted
        # by PositionProvider) but not in the text.
        code = self.text + self._dropped_newline
        return [0, *(m.end() for m in _NEWLINE.finditer(code))]

    def range_of(self, node: cst.CSTNode) -> Range:
        """Where ``node`` is, exactly as libcst's ``PositionProvider`` says (its syntactic range).

        Ranges come from generating the code of the top-level statement that holds the node,
        the first time one of its nodes is asked for (most statements never are): its offset is
        where that code is found in the text, when it is found there once and only once, since
        the text is the code of all the statements in a row (but for the line break libcst
        generates after the last statement of a file that ends without one). Otherwise, from
        generating the whole module.
        """
        span = self._spans.get(id(node))
        if span is None:
            statement = self._walk[1].get(id(node))
            if statement is None or not self._generate(statement):
                self._generate_all()
            span = self._spans[id(node)]
        start, end = span
        return Range(*self._position(start), *self._position(end))

    def reuse(self, previous: ModuleInfo, splice: Splice) -> None:
        """Take what ``previous`` (the version before an edit) worked out about the statements
        this module shares with it: node ranges, code, calls. Only those: the other statements'
        nodes are gone, and their ``id`` may be a new node's."""
        shift = len(self.text) - len(previous.text)
        for key, (start, end) in previous._spans.items():
            if end <= splice.same_before:
                self._spans[key] = (start, end)
            elif start >= splice.same_after:
                self._spans[key] = (start + shift, end + shift)
        if "_walk" not in previous.__dict__:  # it says which statement each node is in
            return
        statement_of = previous._walk[1]
        for node, code in previous.__dict__.get("_code", {}).items():
            index = statement_of.get(id(node), splice.kept)
            if index < splice.kept or index >= splice.resumed:
                self._code[node] = code
        self.__dict__["_walk"] = _rewalk(previous._walk, self.tree.body, splice)

    def _generate(self, index: int) -> bool:
        last_line_cut = index == len(self.tree.body) - 1 and not self.tree.has_trailing_newline
        if index in self._generated or last_line_cut:  # the latter's code is not all in the text
            return False
        self._generated.add(index)
        recorder = _SpanRecorder(self.tree.default_indent, self.tree.default_newline)
        self.tree.body[index]._codegen(recorder)
        code = "".join(recorder.tokens)
        start = self.text.find(code)
        if start < 0 or self.text.find(code, start + 1) >= 0:
            return False
        for key, (begin, end) in recorder.spans.items():
            self._spans[key] = (start + begin, start + end)
        return True

    def _generate_all(self) -> None:
        self._generated.update(range(len(self.tree.body)))
        recorder = _SpanRecorder(self.tree.default_indent, self.tree.default_newline)
        self.tree._codegen(recorder)
        self._spans = recorder.spans
        if recorder.dropped:
            self._dropped_newline = recorder.dropped
            self.__dict__.pop("_line_starts", None)  # one more line start, at the very end

    def _position(self, offset: int) -> tuple[int, int]:
        """1-based line and 0-based column (in code points) of a character offset in ``text``."""
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line]

    def top_level_order(self, definition: Definition) -> int | None:
        """Position in the module of the statement whose execution runs ``definition``."""
        return top_level_order(self.definitions, definition)


def _has_future_annotations(tree: cst.Module) -> bool:
    """``from __future__ import annotations`` among the statements that may precede it."""
    for stmt in tree.body:
        if not isinstance(stmt, cst.SimpleStatementLine):
            return False
        for small in stmt.body:
            if isinstance(small, cst.Expr) and isinstance(
                small.value, cst.SimpleString | cst.ConcatenatedString
            ):
                continue
            if not (
                isinstance(small, cst.ImportFrom)
                and isinstance(small.module, cst.Name)
                and small.module.value == "__future__"
                and not isinstance(small.names, cst.ImportStar)
            ):
                return False
            if any(
                isinstance(a.name, cst.Name) and a.name.value == "annotations" for a in small.names
            ):
                return True
    return False


# Node fields that hold only whitespace and punctuation, which holds no call.
_PUNCTUATION_FIELDS = frozenset(
    {
        "asynchronous",
        "colon",
        "comma",
        "dot",
        "equal",
        "first_colon",
        "footer",
        "header",
        "lbrace",
        "lbracket",
        "leading_lines",
        "lines_after_decorators",
        "lpar",
        "newline",
        "operator",
        "rbrace",
        "rbracket",
        "rpar",
        "second_colon",
        "semicolon",
        "trailing_whitespace",
    }
)
# The node types whose dataclass fields are not in source order, with the order of the source.
_SOURCE_ORDER: dict[type[cst.CSTNode], tuple[str, ...]] = {
    cst.Arg: ("keyword", "value"),
    cst.ClassDef: ("decorators", "name", "type_parameters", "bases", "keywords", "body"),
    cst.ExceptHandler: ("type", "name", "body"),
    cst.ExceptStarHandler: ("type", "name", "body"),
    cst.FunctionDef: ("decorators", "name", "type_parameters", "params", "returns", "body"),
    cst.IfExp: ("body", "test", "orelse"),
    cst.MatchCase: ("pattern", "guard", "body"),
    cst.TypeAlias: ("name", "type_parameters", "value"),
}
_CHILD_FIELDS: dict[type[cst.CSTNode], tuple[str, ...]] = {}


def _child_fields(kind: type[cst.CSTNode]) -> tuple[str, ...]:
    fields = _CHILD_FIELDS.get(kind)
    if fields is None:
        fields = _SOURCE_ORDER.get(kind) or tuple(
            f.name
            for f in dataclasses.fields(kind)
            if f.name not in _PUNCTUATION_FIELDS
            and not f.name.startswith(("whitespace", "leading_whitespace"))
        )
        _CHILD_FIELDS[kind] = fields
    return fields


_NODE_TYPES: dict[type, bool] = {}
# Nodes with no node below them but punctuation (their parentheses): the most frequent by far.
_LEAVES = frozenset(
    {cst.Name, cst.Integer, cst.Float, cst.Imaginary, cst.SimpleString, cst.Ellipsis, cst.Pass}
)


def _is_node(kind: type) -> bool:
    """``issubclass(kind, CSTNode)``, remembered: ``isinstance`` on libcst's abstract base class
    is the slowest step of a walk."""
    found = _NODE_TYPES.get(kind)
    if found is None:
        found = _NODE_TYPES[kind] = issubclass(kind, cst.CSTNode)
    return found


def has_union(node: cst.CSTNode) -> bool:
    """Whether ``node`` holds an ``A | B`` (libcst's ``children`` visits the node to list them:
    a walk over them costs as much as a parse)."""
    stack = [node]
    while stack:
        current = stack.pop()
        kind = type(current)
        if kind is cst.BinaryOperation and type(current.operator) is cst.BitOr:  # type: ignore[attr-defined]
            return True
        stack += _children(current, kind)
    return False


def _children(node: cst.CSTNode, kind: type[cst.CSTNode]) -> list[cst.CSTNode]:
    """The nodes right below ``node`` (of type ``kind``) but punctuation, in source order."""
    children: list[cst.CSTNode] = []
    for name in _child_fields(kind):
        value = getattr(node, name)
        held = type(value)
        if held is list or held is tuple:
            children.extend([v for v in value if _is_node(type(v))])
        elif _is_node(held):
            children.append(value)
    return children


def _walk(
    statements: Sequence[cst.BaseStatement], first: int
) -> tuple[list[tuple[cst.Call, Owner | None]], dict[int, int]]:
    """Every call with its owner, and the top-level statement each node is in (by ``id``; the
    first of ``statements`` is the module's ``first``): a walk over the node fields (a libcst
    visitor rebuilds every node it passes, at the cost of a second parse).
    """
    found: list[tuple[cst.Call, Owner | None]] = []
    statement_of: dict[int, int] = {}
    for index, statement in enumerate(statements, first):
        stack: list[tuple[cst.CSTNode, Owner | None]] = [(statement, None)]
        while stack:
            node, owner = stack.pop()
            statement_of[id(node)] = index
            kind = type(node)
            if kind is cst.Call:
                found.append((node, owner))  # type: ignore[arg-type]
            elif kind is cst.ClassDef or kind is cst.FunctionDef:
                owner = node  # type: ignore[assignment]
            for child in reversed(_children(node, kind)):
                if type(child) in _LEAVES:  # nothing below: no need to visit it
                    statement_of[id(child)] = index
                else:
                    stack.append((child, owner))
    return found, statement_of


def _rewalk(
    walked: tuple[list[tuple[cst.Call, Owner | None]], dict[int, int]],
    body: Sequence[cst.BaseStatement],
    splice: Splice,
) -> tuple[list[tuple[cst.Call, Owner | None]], dict[int, int]]:
    """``_walk`` of a spliced module, from the walk of the previous version: the edited
    statements are walked, the others' calls and statements taken (and renumbered)."""
    calls, statement_of = walked
    moved = splice.kept + splice.edited - splice.resumed
    new_calls, new_statement_of = _walk(
        body[splice.kept : splice.kept + splice.edited], splice.kept
    )
    for key, index in statement_of.items():
        if index < splice.kept:
            new_statement_of[key] = index
        elif index >= splice.resumed:
            new_statement_of[key] = index + moved
    before = [c for c in calls if statement_of[id(c[0])] < splice.kept]
    after = [c for c in calls if statement_of[id(c[0])] >= splice.resumed]
    return [*before, *new_calls, *after], new_statement_of


class _SpanRecorder(CodegenState):
    """libcst's code generation, recording each node's syntactic range as character offsets.

    The same walk as ``PositionProvider`` (which ``range_of`` must agree with), at a third of its
    cost: a token only moves an offset, where ``PositionProvider`` splits every token on line
    breaks and builds position objects for every node. Offsets index the module's text, which is
    what libcst generates, so lines and columns come from the text's line breaks when asked.
    """

    __slots__ = ("_offset", "_starts", "dropped", "spans")

    def __init__(self, default_indent: str, default_newline: str) -> None:
        super().__init__(default_indent, default_newline)
        self._offset = 0
        self._starts: list[int] = []
        self.spans: dict[int, tuple[int, int]] = {}  # by ``id(node)``
        self.dropped = ""  # the last newline, when the module has none

    def pop_trailing_newline(self) -> None:
        if self.tokens:
            self.dropped = self.tokens[-1]
        super().pop_trailing_newline()

    def add_indent_tokens(self) -> None:
        self.tokens.extend(self.indent_tokens)
        self._offset += sum(map(len, self.indent_tokens))

    def add_token(self, value: str) -> None:
        # Kept, as in libcst: the module's code generation looks at how many tokens there are.
        self.tokens.append(value)
        self._offset += len(value)

    def before_codegen(self, node: cst.CSTNode) -> None:
        self._starts.append(self._offset)

    def after_codegen(self, node: cst.CSTNode) -> None:
        start = self._starts.pop()
        # A syntactic range recorded while generating the node wins, as in PositionProvider.
        if id(node) not in self.spans:
            self.spans[id(node)] = (start, self._offset)

    def record_syntactic_position(
        self,
        node: cst.CSTNode,
        *,
        start_node: cst.CSTNode | None = None,
        end_node: cst.CSTNode | None = None,
    ) -> _Syntactic:
        return _Syntactic(self, node, start_node, end_node)


class _Syntactic:
    """``record_syntactic_position`` of ``PositionProvider``: the node's range is what it
    generates, or runs from ``start_node`` and to ``end_node`` when given. A class rather than a
    ``contextmanager`` generator, which costs three times as much for every node."""

    __slots__ = ("_end_node", "_node", "_recorder", "_start", "_start_node")

    def __init__(
        self,
        recorder: _SpanRecorder,
        node: cst.CSTNode,
        start_node: cst.CSTNode | None,
        end_node: cst.CSTNode | None,
    ) -> None:
        self._recorder = recorder
        self._node = node
        self._start_node = start_node
        self._end_node = end_node
        self._start = 0

    def __enter__(self) -> None:
        self._start = self._recorder._offset

    def __exit__(self, *_: object) -> None:
        spans = self._recorder.spans
        start = self._start if self._start_node is None else spans[id(self._start_node)][0]
        end = self._recorder._offset if self._end_node is None else spans[id(self._end_node)][1]
        spans[id(self._node)] = (start, end)
