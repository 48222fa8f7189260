"""Fixes, computed with the findings: text edits on CST nodes, turned into ranges by the engine.

Each builder returns a ``FixPlan`` or ``None`` when the code is not in a shape the fix handles;
a fix is only offered where the result is certain to be what the title says.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import libcst as cst
from libcst._nodes.internal import CodegenState

from siglint.analysis.module import ModuleInfo
from siglint.diagnostics import Applicability


@dataclass(frozen=True, slots=True)
class NodeEdit:
    node: cst.CSTNode
    text: str
    where: Literal["replace", "after", "before"] = "replace"
    # ``text`` is the node generated again with a part changed: the edit is narrowed to that part
    # (removing one argument of a call over ten lines deletes that argument, nothing else).
    rewrite: bool = False


@dataclass(frozen=True, slots=True)
class FixPlan:
    title: str
    applicability: Applicability
    edits: tuple[NodeEdit, ...]


# --------------------------------------------------------------------- code generation
def code_in_place(module: ModuleInfo, where: cst.CSTNode, node: cst.CSTNode) -> str:
    """The code of ``node`` (new, or a part of ``where``) generated to replace ``where``: inside
    the indentation of the blocks around ``where``, which its continuation lines start with."""
    state = CodegenState(
        module.tree.default_indent,
        module.tree.default_newline,
        indent_tokens=_indents_around(module, where),
    )
    node._codegen(state)
    return "".join(state.tokens)


def _indents_around(module: ModuleInfo, node: cst.CSTNode) -> list[str]:
    """The indentation of each block ``node`` is in, outermost first."""
    line = module.range_of(node).line
    for statement in module.tree.body:
        where = module.range_of(statement)
        if where.line <= line <= where.end_line:
            finder = _Blocks(node, module.tree.default_indent)
            statement.visit(finder)
            return finder.found or []
    return []


class _Blocks(cst.CSTVisitor):
    def __init__(self, target: cst.CSTNode, default_indent: str) -> None:
        self.target = target
        self.default_indent = default_indent
        self.indents: list[str] = []
        self.found: list[str] | None = None

    def on_visit(self, node: cst.CSTNode) -> bool:
        if self.found is not None:
            return False
        if node is self.target:
            self.found = list(self.indents)
            return False
        if isinstance(node, cst.IndentedBlock):
            self.indents.append(self.default_indent if node.indent is None else node.indent)
        return True

    def on_leave(self, original_node: cst.CSTNode) -> None:
        if isinstance(original_node, cst.IndentedBlock) and self.found is None:
            self.indents.pop()


# --------------------------------------------------------------------- argument removal
def remove_argument(module: ModuleInfo, call: cst.Call, argument: cst.Arg) -> NodeEdit:
    """``call`` without ``argument``, its comma and the whitespace between them, wherever it
    stands (first, middle, last, with or without a trailing comma, on one line or many).

    Comments are kept, but the one at the end of the removed argument's own line (it spoke of
    the argument). Built on the syntax tree: the call is generated again without the argument.
    """
    args = list(call.args)
    index = next(i for i, arg in enumerate(args) if arg is argument)
    del args[index]
    after = (
        argument.comma.whitespace_after
        if isinstance(argument.comma, cst.Comma)
        else argument.whitespace_after_arg
    )
    closing = index == len(args)  # the removed argument was the last: ``)`` follows
    changes: dict[str, object] = {}
    if index == 0:
        joined = _joined(call.whitespace_before_args, after, closing=closing)
        if not args and not _has_comments(joined):
            joined = cst.SimpleWhitespace("")
        changes["whitespace_before_args"] = joined
    else:
        previous = args[index - 1]
        assert isinstance(previous.comma, cst.Comma)  # an argument followed it
        joined = _joined(previous.comma.whitespace_after, after, closing=closing)
        if closing and not isinstance(argument.comma, cst.Comma):
            # The new last argument loses its comma, as the removed one had none.
            before_comma = previous.whitespace_after_arg
            if isinstance(before_comma, cst.SimpleWhitespace) and not before_comma.value:
                before_comma = joined
            args[index - 1] = previous.with_changes(
                comma=cst.MaybeSentinel.DEFAULT, whitespace_after_arg=before_comma
            )
        else:
            args[index - 1] = previous.with_changes(
                comma=previous.comma.with_changes(whitespace_after=joined)
            )
    # Without its parentheses: the node's range, which the edit replaces, leaves them out.
    rewritten = call.with_changes(args=args, lpar=(), rpar=(), **changes)
    return NodeEdit(call, code_in_place(module, call, rewritten), rewrite=True)


def _joined(
    before: cst.BaseParenthesizableWhitespace,
    after: cst.BaseParenthesizableWhitespace,
    *,
    closing: bool,
) -> cst.BaseParenthesizableWhitespace:
    """The whitespace left where ``before``, a removed argument and ``after`` stood, in that
    order, ``closing`` when ``)`` follows.

    ``before``'s comments stay, and the comment lines of ``after``; the comment at the end of
    the removed argument's line goes with it. What follows keeps its own indentation.
    """
    if isinstance(after, cst.ParenthesizedWhitespace):
        if isinstance(before, cst.ParenthesizedWhitespace):
            return before.with_changes(
                empty_lines=[*before.empty_lines, *after.empty_lines], last_line=after.last_line
            )
        if any(line.comment is not None for line in after.empty_lines):
            return after.with_changes(first_line=cst.TrailingWhitespace())
        return cst.SimpleWhitespace("") if closing else before
    if not closing:
        return before
    if isinstance(before, cst.ParenthesizedWhitespace) and _has_comments(before):
        return before.with_changes(last_line=cst.SimpleWhitespace(""))
    return after


def _has_comments(whitespace: cst.BaseParenthesizableWhitespace) -> bool:
    if not isinstance(whitespace, cst.ParenthesizedWhitespace):
        return False
    lines = (whitespace.first_line, *whitespace.empty_lines)
    return any(line.comment is not None for line in lines)


# --------------------------------------------------------------------- list[...] wrapping
def wrap_in_list(module: ModuleInfo, annotation: cst.BaseExpression) -> FixPlan | None:
    """``model_input: str`` -> ``list[str]``, in the spelling the file already uses."""
    if _optional_inner(annotation) is not None:
        return None  # list[Optional[X]] would be an error: the Optional fix comes first
    head, import_edit = _list_spelling(module)
    if isinstance(annotation, cst.SimpleString):
        prefix, quote, inner = _split_string(annotation.value)
        if inner is None:
            return None
        text = f"{prefix}{quote}{head}[{inner}]{quote}"
    else:
        # Without its parentheses: the range the edit replaces leaves them out.
        bare = annotation.with_changes(lpar=(), rpar=())
        text = f"{head}[{code_in_place(module, annotation, bare)}]"
    edits = (NodeEdit(annotation, text), *((import_edit,) if import_edit else ()))
    return FixPlan(f"Wrap the input hint in `{head}[...]`", Applicability.UNSAFE, edits)


def list_of_items(module: ModuleInfo, annotation: cst.BaseExpression) -> FixPlan | None:
    """``set[X]``, ``tuple[X, ...]``, ``Sequence[X]`` -> ``list[X]`` (the caller knows that the
    hint is such a collection; here, that it is written as one)."""
    if not isinstance(annotation, cst.Subscript):
        return None
    items = [element.slice for element in annotation.slice]
    if not all(isinstance(item, cst.Index) for item in items) or not 1 <= len(items) <= 2:
        return None
    if len(items) == 2 and not isinstance(items[1].value, cst.Ellipsis):  # type: ignore[union-attr]
        return None
    head, import_edit = _list_spelling(module)
    # The subscript itself, so the brackets keep their whitespace and comments.
    first = annotation.slice[0].with_changes(comma=cst.MaybeSentinel.DEFAULT)
    rewritten = annotation.with_changes(
        value=cst.parse_expression(head), slice=[first], lpar=(), rpar=()
    )
    text = code_in_place(module, annotation, rewritten)
    edits = (NodeEdit(annotation, text, rewrite=True), *((import_edit,) if import_edit else ()))
    was = module.code(annotation.value)
    return FixPlan(f"Use `{head}[...]` instead of `{was}[...]`", Applicability.UNSAFE, edits)


def _list_spelling(module: ModuleInfo) -> tuple[str, NodeEdit | None]:
    """``list`` unless the file spells its hints with ``typing.List`` (importing it if needed)."""
    code = module.text
    typing_style = code.count("List[") > code.count("list[")
    if not typing_style:
        return "list", None
    binding = module.scope.lookup("List")
    if binding is not None:
        return "List", None
    typing_binding = module.scope.lookup("typing")
    if typing_binding is not None:
        return "typing.List", None
    last_import = None
    for stmt in module.tree.body:
        if isinstance(stmt, cst.SimpleStatementLine) and all(
            isinstance(s, cst.Import | cst.ImportFrom) for s in stmt.body
        ):
            last_import = stmt
        elif last_import is not None:
            break
    if last_import is None:
        return "list", None
    return "List", NodeEdit(last_import, "\nfrom typing import List", "after")


def _split_string(value: str) -> tuple[str, str, str | None]:
    prefix = ""
    while value and value[0] in "rRuU":
        prefix, value = prefix + value[0], value[1:]
    for quote in ('"""', "'''", '"', "'"):
        if value.startswith(quote) and value.endswith(quote) and len(value) >= 2 * len(quote):
            return prefix, quote, value[len(quote) : -len(quote)]
    return prefix, "", None


# --------------------------------------------------------------------- Optional removal
def remove_optional(module: ModuleInfo, node: cst.BaseExpression, what: str) -> FixPlan | None:
    """``Optional[X]``, ``Union[X, None]``, ``X | None`` -> ``X``."""
    inner = _without_optional(node)
    if inner is None:
        return None
    return FixPlan(
        f"Remove the `Optional` around {what}",
        Applicability.UNSAFE,
        (NodeEdit(node, _standalone(module, node, inner)),),
    )


def remove_optional_input(module: ModuleInfo, annotation: cst.BaseExpression) -> FixPlan | None:
    """``Optional[list[X]]`` -> ``list[X]``, and ``Optional[list[Optional[X]]]`` -> ``list[X]``:
    MLflow raises on the ``list[Optional[X]]`` that removing the outer one alone would leave."""
    inner = _without_optional(annotation)
    element = None if inner is None else _only_element(inner)
    item = None if element is None else _without_optional(element.value)
    if inner is None or element is None or item is None:
        return remove_optional(module, annotation, "the input hint")
    rewritten = inner.with_changes(
        slice=[inner.slice[0].with_changes(slice=element.with_changes(value=item))]  # type: ignore[attr-defined]
    )
    return FixPlan(
        "Remove the `Optional` around the input hint and its elements",
        Applicability.UNSAFE,
        (NodeEdit(annotation, _standalone(module, annotation, rewritten)),),
    )


def _without_optional(node: cst.BaseExpression) -> cst.BaseExpression | None:
    """``X`` of ``Optional[X]`` (of ``Optional[Optional[X]]``: all at once); None if no Optional."""
    inner = _optional_inner(node)
    while inner is not None and (deeper := _optional_inner(inner)) is not None:
        inner = deeper
    return inner


def _only_element(node: cst.BaseExpression) -> cst.Index | None:
    """The ``X`` of ``list[X]`` (any one-element subscript)."""
    if isinstance(node, cst.Subscript) and len(node.slice) == 1:
        element = node.slice[0].slice
        return element if isinstance(element, cst.Index) else None
    return None


def _standalone(module: ModuleInfo, where: cst.CSTNode, node: cst.BaseExpression) -> str:
    """The code of ``node`` to stand where ``where`` stood: in parentheses when it spans lines
    (only brackets let an expression do that)."""
    code = code_in_place(module, where, node)
    if "\n" in code or "\r" in code:
        return code if node.lpar else f"({code})"
    return code


def remove_optional_element(module: ModuleInfo, annotation: cst.BaseExpression) -> FixPlan | None:
    """``list[Optional[X]]`` -> ``list[X]``."""
    element = _only_element(annotation)
    return None if element is None else remove_optional(module, element.value, "the list element")


def _optional_inner(node: cst.BaseExpression) -> cst.BaseExpression | None:
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.BitOr):
        if _is_none(node.right):
            return node.left
        if _is_none(node.left):
            return node.right
        return None
    if isinstance(node, cst.Subscript):
        head = (
            node.value.value
            if isinstance(node.value, cst.Name)
            else getattr(getattr(node.value, "attr", None), "value", None)
        )
        items = [e.slice.value for e in node.slice if isinstance(e.slice, cst.Index)]
        if head == "Optional" and len(items) == 1:
            return items[0]
        if head == "Union" and len(items) == 2:
            others = [i for i in items if not _is_none(i)]
            if len(others) == 1:
                return others[0]
    return None


def _is_none(node: cst.BaseExpression) -> bool:
    return isinstance(node, cst.Name) and node.value == "None"


# --------------------------------------------------------------------- dictionary keys
_DICTS = frozenset({"dict", "Dict"})
_STR = frozenset({"str", "builtins.str"})


def str_keys(module: ModuleInfo, hint: cst.CSTNode) -> FixPlan | None:
    """``dict[int, X]`` -> ``dict[str, X]``, for every dict of ``hint`` (a pydantic field: its
    annotation) whose key is not ``str``: MLflow's maps have string keys, as JSON objects do."""
    finder = _NonStrKeys(module)
    (hint.annotation if isinstance(hint, cst.AnnAssign) else hint).visit(finder)
    if not finder.keys:
        return None
    edits = tuple(NodeEdit(key, "str") for key in finder.keys)
    return FixPlan("Use `str` keys, as JSON sends them", Applicability.UNSAFE, edits)


class _NonStrKeys(cst.CSTVisitor):
    def __init__(self, module: ModuleInfo) -> None:
        self.module = module
        self.keys: list[cst.BaseExpression] = []

    def visit_Subscript(self, node: cst.Subscript) -> None:
        head = node.value
        name = head.attr.value if isinstance(head, cst.Attribute) else getattr(head, "value", None)
        if name not in _DICTS or len(node.slice) != 2:
            return
        key = node.slice[0].slice
        if isinstance(key, cst.Index) and self.module.code(key.value) not in _STR:
            self.keys.append(key.value)


# --------------------------------------------------------------------- pydantic defaults
def add_none_default(module: ModuleInfo, field: cst.CSTNode) -> FixPlan | None:
    """``note: Optional[str]`` -> ``note: Optional[str] = None`` (also inside ``Field(...)``)."""
    if not isinstance(field, cst.AnnAssign):
        return None
    title = "Set the field's default to `None`"
    if field.value is None:
        edit = NodeEdit(field.annotation.annotation, " = None", "after")
    elif isinstance(field.value, cst.Ellipsis):
        edit = NodeEdit(field.value, "None")
    elif isinstance(field.value, cst.Call):
        call = field.value
        if any(a.star for a in call.args):  # Field(**options): what it holds is unknown
            return None
        positional = [a for a in call.args[:1] if a.keyword is None]
        keyword = [a for a in call.args if a.keyword and a.keyword.value == "default"]
        if positional or keyword:  # Field(...) or Field(default=...): the default is required
            given = (positional or keyword)[0]
            if not isinstance(given.value, cst.Ellipsis):
                return None
            edit = NodeEdit(given.value, "None")
        elif call.args:
            edit = NodeEdit(call.args[0], "default=None, ", "before")
        else:  # Field()
            edit = NodeEdit(call, f"{module.code(call.func)}(default=None)")
    else:
        return None
    return FixPlan(title, Applicability.SAFE, (edit,))


# --------------------------------------------------------------------- parameter renames
def rename_parameters(function: cst.FunctionDef, renames: dict[str, str]) -> FixPlan | None:
    """Rename parameters and every use of them in the body (not in nested scopes that rebind).

    None for ``*args``/``**kwargs``: a starred parameter is no input, whatever its name.
    """
    if any(name in renames for name in _starred(function.params)):
        return None
    collector = _Uses(set(renames))
    function.body.visit(collector)
    edits: list[NodeEdit] = []
    params = function.params
    for param in (*params.posonly_params, *params.params, *params.kwonly_params):
        if param.name.value in renames:
            edits.append(NodeEdit(param.name, renames[param.name.value]))
    if collector.conflict or any(new in collector.bound for new in renames.values()):
        return None
    edits.extend(NodeEdit(name, renames[name.value]) for name in collector.uses)
    listing = ", ".join(f"`{old}` to `{new}`" for old, new in renames.items())
    return FixPlan(f"Rename {listing}", Applicability.UNSAFE, tuple(edits))


class _Uses(cst.CSTVisitor):
    def __init__(self, names: set[str]) -> None:
        self.names = names
        self.uses: list[cst.Name] = []
        self.bound: set[str] = set()
        self.conflict = False

    def visit_Name(self, node: cst.Name) -> None:
        self.bound.add(node.value)
        if node.value in self.names:
            self.uses.append(node)

    def visit_Attribute(self, node: cst.Attribute) -> bool:
        node.value.visit(self)
        return False

    def visit_Arg(self, node: cst.Arg) -> bool:
        node.value.visit(self)  # ``f(data=data)``: the keyword is not a use
        return False

    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        self.conflict = self.conflict or _rebinds(node.params, self.names)
        return True

    def visit_Lambda(self, node: cst.Lambda) -> bool:
        self.conflict = self.conflict or _rebinds(node.params, self.names)
        return True

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        return False


def _starred(params: cst.Parameters) -> list[str]:
    return [p.name.value for p in (params.star_arg, params.star_kwarg) if isinstance(p, cst.Param)]


def _rebinds(params: cst.Parameters, names: set[str]) -> bool:
    every = (*params.posonly_params, *params.params, *params.kwonly_params)
    return any(p.name.value in names for p in every) or bool(names & set(_starred(params)))
