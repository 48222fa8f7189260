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
from siglint.analysis.imports import ImportOf
from siglint.analysis.module import ModuleInfo
from siglint.analysis.scopes import Binding
from siglint.mlflow_releases import introduced, newest, version_key
from siglint.rules.missing_in_target_mlflow import RULE as MISSING_IN_TARGET_MLFLOW


def missing_in_release(module: ModuleInfo, target: str) -> Iterator[Finding]:
    if version_key(target) >= version_key(newest()):
        return
    guarded = _Guarded()
    module.tree.visit(guarded)
    scopes = [module.scope, *(d.inner for d in module.definitions.values())]
    for scope in scopes:
        for bindings in scope.bindings.values():
            for binding in bindings:
                if isinstance(binding.value, ImportOf) and not binding.type_checking:
                    yield from _missing_import(module, binding, binding.value, target, guarded)
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
        if late is not None and not guarded.catches(node, "AttributeError"):
            yield _finding(module, node, *late, target, "AttributeError")


def _missing_import(
    module: ModuleInfo, binding: Binding, imported: ImportOf, target: str, guarded: _Guarded
) -> Iterator[Finding]:
    if imported.level or imported.module.split(".")[0] != "mlflow":
        return
    parts = imported.module.split(".")
    late = _appeared_after(parts, target, start=1)
    error = "ModuleNotFoundError"
    if late is None and imported.name is not None:
        late = _appeared_after([*parts, imported.name], target, start=len(parts))
        error = "ImportError"
    if late is not None and not guarded.catches(binding.node, error):
        yield _finding(module, binding.node, *late, target, error)


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


# What each error is caught by, besides a bare ``except:`` (its base classes).
_CAUGHT_BY = {
    "ImportError": {"ImportError", "Exception", "BaseException"},
    "ModuleNotFoundError": {"ModuleNotFoundError", "ImportError", "Exception", "BaseException"},
    "AttributeError": {"AttributeError", "Exception", "BaseException"},
}


class _Guarded(cst.CSTVisitor):
    """The nodes in the body of a ``try`` and the exceptions its handlers catch (by name; all
    of them, ``"*"``, for a bare ``except:``): the compatibility idiom ``try: from mlflow...
    import X`` / ``except ImportError:`` does not raise on an older release. So are the nodes
    under an ``if`` whose test reads MLflow's version (``if mlflow.__version__ >= "2.22":``), in
    either branch: the project chose what each release runs (``"*"`` too)."""

    def __init__(self) -> None:
        self._caught: dict[int, set[str]] = {}  # id(node) -> names of what is caught around it

    def catches(self, node: cst.CSTNode, error: str) -> bool:
        """Whether a ``try`` around ``node`` catches ``error`` (a key of ``_CAUGHT_BY``)."""
        caught = self._caught.get(id(node), set())
        return "*" in caught or bool(caught & _CAUGHT_BY[error])

    def visit_Try(self, node: cst.Try) -> bool:
        names: set[str] = set()
        for handler in node.handlers:
            names |= _caught_names(handler)
        marker = _Marker(self._caught, names)
        for statement in node.body.body:
            statement.visit(marker)
        return True

    def visit_If(self, node: cst.If) -> bool:
        if _reads_mlflow_version(node.test):
            node.body.visit(_Marker(self._caught, {"*"}))
            if node.orelse is not None:
                node.orelse.visit(_Marker(self._caught, {"*"}))
        return True


class _Marker(cst.CSTVisitor):
    def __init__(self, caught: dict[int, set[str]], names: set[str]) -> None:
        self._caught, self._names = caught, names

    def on_visit(self, node: cst.CSTNode) -> bool:
        self._caught.setdefault(id(node), set()).update(self._names)
        return True


def _caught_names(handler: cst.ExceptHandler) -> set[str]:
    """The exception names ``handler`` catches (``{"*"}`` for a bare ``except:``)."""
    if handler.type is None:
        return {"*"}
    types = handler.type.elements if isinstance(handler.type, cst.Tuple) else [handler.type]
    names = set()
    for element in types:
        caught = element.value if isinstance(element, cst.Element) else element
        if isinstance(caught, cst.Name):
            names.add(caught.value)
        elif isinstance(caught, cst.Attribute):  # builtins.ImportError
            names.add(caught.attr.value)
    return names


def _reads_mlflow_version(test: cst.BaseExpression) -> bool:
    """Whether ``test`` reads ``mlflow.__version__`` or calls ``version("mlflow")``
    (``importlib.metadata.version``, however imported)."""
    reader = _VersionReader()
    test.visit(reader)
    return reader.found


class _VersionReader(cst.CSTVisitor):
    def __init__(self) -> None:
        self.found = False

    def visit_Attribute(self, node: cst.Attribute) -> bool:
        value = node.value
        if node.attr.value == "__version__" and isinstance(value, cst.Name):
            self.found |= value.value == "mlflow"
        return True

    def visit_Call(self, node: cst.Call) -> bool:
        func = node.func
        name = func.attr.value if isinstance(func, cst.Attribute) else getattr(func, "value", None)
        if name == "version" and node.args and isinstance(node.args[0].value, cst.SimpleString):
            self.found |= node.args[0].value.evaluated_value == "mlflow"
        return True
