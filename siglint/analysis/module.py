"""One parsed source file: its CST, its scopes, and where each definition sits in them."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import libcst as cst
from libcst.metadata import MetadataWrapper, PositionProvider

from siglint.analysis.scopes import Scope, ScopeBuilder
from siglint.diagnostics import Range


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


@dataclass(eq=False)
class ModuleInfo:
    path: Path
    name: str  # dotted module name, as the project would import it
    text: str
    tree: cst.Module
    scope: Scope = field(init=False)
    definitions: dict[cst.CSTNode, Definition] = field(init=False, default_factory=dict)
    future_annotations: bool = field(init=False, default=False)

    def __post_init__(self) -> None:
        self.scope = Scope("module", self.tree, None)
        self.future_annotations = _has_future_annotations(self.tree)
        ScopeBuilder(self._enter).build(self.scope, self.tree.body)

    def _enter(self, scope: Scope, node: cst.ClassDef | cst.FunctionDef, order: int) -> None:
        kind = "class" if isinstance(node, cst.ClassDef) else "function"
        inner = Scope(kind, node, scope, name=node.name.value)
        self.definitions[node] = Definition(node, scope, order, inner)
        ScopeBuilder(self._enter).build(inner, node.body)

    def classes(self) -> list[Definition]:
        return [d for d in self.definitions.values() if isinstance(d.node, cst.ClassDef)]

    def functions(self) -> list[Definition]:
        return [d for d in self.definitions.values() if isinstance(d.node, cst.FunctionDef)]

    def code(self, node: cst.CSTNode) -> str:
        return self.tree.code_for_node(node)

    @cached_property
    def _positions(self):
        return MetadataWrapper(self.tree, unsafe_skip_copy=True).resolve(PositionProvider)

    def range_of(self, node: cst.CSTNode) -> Range:
        code_range = self._positions[node]
        return Range(
            code_range.start.line,
            code_range.start.column,
            code_range.end.line,
            code_range.end.column,
        )

    def top_level_order(self, definition: Definition) -> int | None:
        """Position in the module of the statement whose execution runs ``definition``.

        ``None`` when it is inside a function: it runs whenever that function is called, so
        after the whole module has been executed.
        """
        scope, order = definition.scope, definition.order
        while scope.kind == "class":
            outer = self.definitions[scope.node]
            scope, order = outer.scope, outer.order
        return order if scope.kind == "module" else None


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
