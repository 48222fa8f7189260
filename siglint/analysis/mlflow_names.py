"""MLflow names the targeted release does not have (SIG903, ``missing_in_target_mlflow``).

``target-mlflow-version`` names the oldest MLflow a project supports. An import of a module or
name that appeared in a later release raises there (``ImportError``), and so does an attribute
of an imported MLflow module (``mlflow.pyfunc.ResponsesAgent``, ``AttributeError``). When each
appeared is read from the released wheels (``siglint.mlflow_releases``); targeting the newest
release siglint knows, there is nothing to look for.
"""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from siglint.analysis.findings import Finding
from siglint.analysis.module import ModuleInfo
from siglint.analysis.scopes import Binding, ImportOf
from siglint.mlflow_releases import introduced, newest, version_key
from siglint.rules.missing_in_target_mlflow import RULE as MISSING_IN_TARGET_MLFLOW


def missing_in_release(module: ModuleInfo, target: str) -> Iterator[Finding]:
    if version_key(target) >= version_key(newest()):
        return
    scopes = [module.scope, *(d.inner for d in module.definitions.values())]
    for scope in scopes:
        for bindings in scope.bindings.values():
            for binding in bindings:
                if isinstance(binding.value, ImportOf) and not binding.type_checking:
                    yield from _missing_import(module, binding, binding.value, target)
    chains = _Chains()
    module.tree.visit(chains)
    for node, root, attributes in chains.found:
        binding = module.scope.lookup(root)
        if binding is None or not isinstance(binding.value, ImportOf):
            continue
        imported = binding.value
        if imported.level or imported.module.split(".")[0] != "mlflow":
            continue
        base = _bound_module(root, imported)
        late = _appeared_after([*base.split("."), *attributes], target, start=base.count(".") + 1)
        if late is not None:
            yield _finding(module, node, *late, target, "AttributeError")


def _missing_import(
    module: ModuleInfo, binding: Binding, imported: ImportOf, target: str
) -> Iterator[Finding]:
    if imported.level or imported.module.split(".")[0] != "mlflow":
        return
    parts = imported.module.split(".")
    late = _appeared_after(parts, target, start=1)
    if late is not None:
        yield _finding(module, binding.node, *late, target, "ModuleNotFoundError")
    elif imported.name is not None:
        late = _appeared_after([*parts, imported.name], target, start=len(parts))
        if late is not None:
            yield _finding(module, binding.node, *late, target, "ImportError")


def _bound_module(root: str, imported: ImportOf) -> str:
    """The module the name ``root`` stands for."""
    if imported.name is not None:  # from mlflow import pyfunc
        return f"{imported.module}.{imported.name}"
    return imported.module if imported.alias else root  # import mlflow.pyfunc binds mlflow


def _appeared_after(parts: list[str], target: str, *, start: int) -> tuple[str, str] | None:
    """The first dotted prefix of ``parts`` (from ``start`` names long) newer than ``target``,
    with the release it appeared in."""
    for end in range(max(start, 1), len(parts) + 1):
        dotted = ".".join(parts[:end])
        release = introduced(dotted)
        if release is not None and version_key(release) > version_key(target):
            return dotted, release
    return None


def _finding(
    module: ModuleInfo, node: cst.CSTNode, dotted: str, release: str, target: str, error: str
) -> Finding:
    return Finding(
        MISSING_IN_TARGET_MLFLOW.code,
        f"`{dotted}` does not exist in MLflow {target} (target-mlflow-version): it appeared in "
        f"{release}, so this raises {error} there. Require mlflow>={release}, or target it.",
        module,
        node,
    )


class _Chains(cst.CSTVisitor):
    """Every outermost ``name.attr.attr`` chain: (node, root name, attributes)."""

    def __init__(self) -> None:
        self.found: list[tuple[cst.Attribute, str, list[str]]] = []

    def visit_Import(self, node: cst.Import) -> bool:
        return False

    def visit_ImportFrom(self, node: cst.ImportFrom) -> bool:
        return False

    def visit_Attribute(self, node: cst.Attribute) -> bool:
        attributes: list[str] = []
        current: cst.BaseExpression = node
        while isinstance(current, cst.Attribute):
            attributes.append(current.attr.value)
            current = current.value
        if isinstance(current, cst.Name):
            self.found.append((node, current.value, attributes[::-1]))
        return False
