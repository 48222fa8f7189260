"""What an expression of the project may evaluate to: an over-estimate, from ``ast`` skims.

siglint's evaluator (``siglint.analysis.evaluate.Evaluator``) resolves names through libcst's
tree: the binding in force, imports, project modules, ``return`` statements of project
functions. ``Resolver`` answers the same question for any module's ``ModuleSkim``
(``siglint.analysis.skim``) without libcst, with a set of values the evaluator's answer is
always among (``Possible``): every binding of a name anywhere in the module, whatever the order
of statements or the scope; every ``return`` of a project function called. So a question such
as "may this callee be ``log_model``?" is answered "no" only when it is no.

The API (what a user needs; nothing raises):

- ``Resolver(modules)``: ``modules`` reads the project (``Modules``: a module's skim, and where an
  import leads). One resolver per run: what it works out is kept.
- ``resolver.value(skim, node)``: what the expression ``node`` of ``skim``'s module may be.
- ``resolver.callee_names(possible)``: the qualified names those values may have as a callee
  (``ModuleCall.qualname``): ``Names.exact``, names known by their last part only
  (``Names.endings``), or anything (``Names.anything``). ``Names.may_be(qualname)`` tests one.
- ``resolver.may_derive_from(cls, qualname)``: whether the class ``cls`` (a ``ClassSkim``) may
  derive from the class ``qualname`` (``mlflow.pyfunc.model.PythonModel``, pydantic's
  ``BaseModel``), through project classes of any module and MLflow's known hierarchy.
- ``resolver.may_be_subclass(possible, qualname)``: the same for values (a base, an argument).

What the values are (``Atom``): a project module, class or function; a class, function or
module outside the project, as ``siglint.analysis.known`` resolves it, or an ``Opaque`` whose
name the evaluator builds from names (``typing.ParamSpec``, ``mlflow.x.Model.attr``); ``Named``,
anything else, known only by the last part of the name the evaluator would give it (the code of
an expression, a name longer than ``_LONGEST_NAME`` parts);
``ANYTHING`` where the resolver does not know (a module it cannot parse, a question too long to
answer). A value the evaluator gives up on (``NameError``, an expression it cannot evaluate)
adds nothing: the evaluator's user skips it.

How the over-estimate is built: each binding's value is the least fixed point of what its
expression may evaluate to, names being the union of their bindings (an assignment's value also
includes ``Opaque(name)``, which the evaluator gives a binding met again while it is evaluated);
cycles are iterated to a fixed point (the values are finite sets: the names of the project's
modules), each result computed once.

Assumed, as the pre-filter assumes it (``siglint.prefilter``): a module CPython parses, libcst
parses too. One libcst cannot parse is no module for the evaluator, which then resolves the
imports of it elsewhere; the resolver, which reads it, would not know where.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeVar

from siglint.analysis import known
from siglint.analysis.imports import ImportOf, absolute_import
from siglint.analysis.skim import (
    Assigned,
    Binding,
    ClassSkim,
    Expression,
    FunctionSkim,
    ModuleSkim,
    Unfollowed,
    last_name,
)
from siglint.analysis.values import Class, Function, Module, Opaque, Value


class Modules(Protocol):
    """The project, as the resolver reads it."""

    def skim(self, path: Path) -> ModuleSkim | None:
        """The module at ``path``; None when it cannot be read or parsed."""

    def find(self, dotted: str, importer: Path) -> Path | None:
        """The module ``import dotted`` in the module at ``importer`` reaches in the project
        (``Project.find``'s: the first that exists of the places an import may lead); a path
        ``skim`` cannot read leaves what the import brings unknown."""


@dataclass(frozen=True, slots=True)
class ProjectModule:
    """``Module(dotted, anchor=importer)``: a module imported by the module at ``importer``,
    found in the project or not when an attribute of it is asked for."""

    dotted: str
    importer: Path


@dataclass(frozen=True, slots=True)
class ProjectClass:
    cls: ClassSkim


@dataclass(frozen=True, slots=True)
class ProjectFunction:
    function: FunctionSkim


@dataclass(frozen=True, slots=True)
class Known:
    """A class or function outside the project, by its canonical qualified name, or an
    ``Opaque`` whose name is known (the evaluator's for it)."""

    value: Class | Function | Opaque


@dataclass(frozen=True, slots=True)
class ExternalModule:
    name: str


@dataclass(frozen=True, slots=True)
class Named:
    """Any other value (an ``Opaque``, a constant, a ``typing`` form), known only by the last
    part of its name (``log_model`` for ``mlflow.sklearn.log_model``); None when that is no
    Python name (``f()``, ``x[...]``, a literal): no callee the analysis looks at."""

    last: str | None


@dataclass(frozen=True, slots=True)
class _Anything:
    pass


ANYTHING = _Anything()
Atom = ProjectModule | ProjectClass | ProjectFunction | Known | ExternalModule | Named | _Anything
Possible = frozenset[Atom]
_NOTHING: Possible = frozenset()
_UNKNOWN: Possible = frozenset({ANYTHING})
_UNNAMED: Possible = frozenset({Named(None)})
# The most parts a known name has (``x = x.y`` in a loop would make them longer at each round).
_LONGEST_NAME = 12
# The most keys being worked out at once, and the most computations for one question.
_DEEPEST = 80
_LONGEST = 20_000


@dataclass(frozen=True, slots=True)
class Names:
    """The qualified names a callee may have."""

    exact: frozenset[str]
    endings: frozenset[str]  # last parts of names otherwise unknown
    anything: bool = False

    def may_be(self, qualname: str) -> bool:
        return (
            self.anything or qualname in self.exact or qualname.rsplit(".", 1)[-1] in self.endings
        )

    def may_log(self) -> bool:
        """Whether the callee may be ``mlflow.<flavour>.log_model`` or ``save_model``."""
        return (
            self.anything
            or any(known.is_logging(name) for name in self.exact)
            or not self.endings.isdisjoint(known.LOGGING_FUNCTIONS)
        )


Answer = TypeVar("Answer")


class _GiveUp(Exception):
    """The question is too long to answer: the answer is ``ANYTHING``."""


class Resolver:
    def __init__(self, modules: Modules) -> None:
        self._modules = modules
        self._values: dict[Hashable, Possible] = {}
        self._final: set[Hashable] = set()
        self._depth: dict[Hashable, int] = {}  # the keys being worked out, by depth
        self._low = 0  # the shallowest key being worked out that the current one read
        self._pending: list[Hashable] = []  # worked out, final once what they read is
        self._steps = 0

    # ------------------------------------------------------------------ questions
    def value(self, skim: ModuleSkim, node: Expression) -> Possible:
        return self._asked(lambda: self._eval(skim, node), _UNKNOWN)

    def callee_names(self, possible: Possible) -> Names:
        exact: set[str] = set()
        endings: set[str] = set()
        for atom in possible:
            if atom is ANYTHING:
                return Names(frozenset(), frozenset(), anything=True)
            if isinstance(atom, ProjectClass):
                exact.add(atom.cls.qualified_name)
            elif isinstance(atom, ProjectFunction):
                exact.add(atom.function.qualified_name)
            elif isinstance(atom, Known):
                exact.add(atom.value.qualname)
            elif isinstance(atom, Named) and atom.last is not None:
                endings.add(atom.last)
        return Names(frozenset(exact), frozenset(endings))

    def may_derive_from(self, cls: ClassSkim, qualname: str) -> bool:
        return self.may_be_subclass(frozenset({ProjectClass(cls)}), qualname, strict=True)

    def may_be_subclass(self, possible: Possible, qualname: str, strict: bool = False) -> bool:
        """Whether one of the values may be a class deriving from ``qualname`` (or being it,
        unless ``strict``)."""
        return self._asked(lambda: self._derives(possible, qualname, strict), True)

    def _asked(self, question: Callable[[], Answer], unsure: Answer) -> Answer:
        """``question()``, or ``unsure`` when it is too long to answer."""
        self._steps = 0
        try:
            return question()
        except (_GiveUp, RecursionError):
            for key in list(self._values):  # what was being worked out is dropped
                if key not in self._final:
                    del self._values[key]
            self._depth.clear()
            self._pending.clear()
            return unsure

    def _derives(self, possible: Possible, qualname: str, strict: bool) -> bool:
        seen: set[ClassSkim] = set()
        stack = [(atom, strict) for atom in possible]
        while stack:
            atom, itself_excluded = stack.pop()
            if atom is ANYTHING:
                return True
            if isinstance(atom, Known) and isinstance(atom.value, Class):
                if _external_derives(atom.value.qualname, qualname, itself_excluded):
                    return True
            elif isinstance(atom, ProjectClass):
                if not itself_excluded and atom.cls.qualified_name == qualname:
                    return True
                if atom.cls not in seen:
                    seen.add(atom.cls)
                    for base in atom.cls.bases:
                        stack.extend((b, False) for b in self._eval(atom.cls.module, base))
        return False

    # ------------------------------------------------------------------ fixed points
    def _solve(self, key: Hashable, compute: Callable[[], Possible]) -> Possible:
        """``compute()``, at the least fixed point of the keys it reads (its own included)."""
        if key in self._final:
            return self._values[key]
        depth = self._depth.get(key)
        if depth is not None:  # a cycle: what is known so far, and the cycle is iterated
            self._low = min(self._low, depth)
            return self._values.get(key, _NOTHING)
        self._steps += 1
        if self._steps > _LONGEST or len(self._depth) >= _DEEPEST:
            raise _GiveUp
        depth = self._depth[key] = len(self._depth)
        outer_low, start = self._low, len(self._pending)
        while True:
            del self._pending[start:]  # from an earlier round: worked out again
            self._low = depth + 1
            before = self._values.get(key, _NOTHING)
            found = self._values[key] = before | compute()
            low = self._low
            if found == before or low > depth:
                break
        del self._depth[key]
        if low >= depth:  # read nothing being worked out further out: final
            self._final.add(key)
            self._final.update(self._pending[start:])
            del self._pending[start:]
        else:
            self._pending.append(key)
        self._low = min(outer_low, low)
        return found

    # ------------------------------------------------------------------ expressions
    def _eval(self, skim: ModuleSkim, node: Expression) -> Possible:
        if isinstance(node, Unfollowed):
            return frozenset({Named(node.last)})
        if isinstance(node, ast.Name):
            return self._name(skim, node.id)
        if isinstance(node, ast.Attribute):
            return self._attribute(self._eval(skim, node.value), node.attr)
        if isinstance(node, ast.Subscript):  # ``Base[int]`` is ``Base`` (or a typing form)
            return self._eval(skim, node.value) | _UNNAMED
        if isinstance(node, ast.Constant):
            if isinstance(node.value, str):  # a forward reference
                return self._forward(skim, node.value)
            return _UNNAMED
        if isinstance(node, ast.Call):
            return self._call(skim, node.func)
        if isinstance(node, ast.IfExp):
            found = self._eval(skim, node.body) | self._eval(skim, node.orelse)
            return found | {Named(last_name(node))}
        return frozenset({Named(last_name(node))})

    def _call(self, skim: ModuleSkim, func: Expression) -> Possible:
        """A call's value: what a project function returns, or a value siglint does not
        follow (the call's code)."""
        found = _UNNAMED
        for atom in self._eval(skim, func):
            if atom is ANYTHING:
                return _UNKNOWN
            if isinstance(atom, ProjectFunction):
                found |= self._returns(atom.function)
        return found

    def _returns(self, function: FunctionSkim) -> Possible:
        def compute() -> Possible:
            found = _NOTHING
            for returned in function.returns:
                found |= self._eval(function.module, returned)
            return found

        return self._solve(function, compute)

    def _forward(self, skim: ModuleSkim, text: str) -> Possible:
        """A string evaluated as an expression (``typing``'s forward references)."""
        try:
            expression = ast.parse(text.strip(), mode="eval").body
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            return _NOTHING  # the evaluator cannot evaluate it either
        return self._eval(skim, expression)

    def _name(self, skim: ModuleSkim, name: str) -> Possible:
        def compute() -> Possible:
            found = self._bindings(skim, skim.everywhere.get(name, ()))
            found |= self._starred(skim, name)
            builtin = known.builtin_name(name)
            return found if builtin is None else found | _atoms(builtin)

        return self._solve(("name", skim, name), compute)

    def _bindings(self, skim: ModuleSkim, bindings: Iterable[Binding]) -> Possible:
        found = _NOTHING
        for binding in bindings:
            found |= self._solve(binding, lambda b=binding: self._bound(skim, b))
        return found

    def _bound(self, skim: ModuleSkim, binding: Binding) -> Possible:
        value = binding.value
        if isinstance(value, ImportOf):
            if value.name is None:
                dotted = value.module if value.alias else value.module.split(".")[0]
                return frozenset({ProjectModule(dotted, skim.path)})
            absolute = absolute_import(value.module, value.level, skim.name, skim.path)
            return self._member(absolute, value.name, skim.path)
        if isinstance(value, ClassSkim):
            return frozenset({ProjectClass(value)})
        if isinstance(value, FunctionSkim):
            return frozenset({ProjectFunction(value)})
        found = _atoms(Opaque(binding.name))
        if isinstance(value, Assigned):
            assigned = value.value
            if isinstance(assigned, ast.Call):
                found |= self._call(skim, assigned.func)
            elif isinstance(assigned, ast.Constant) and isinstance(assigned.value, str):
                found |= _UNNAMED  # the string
                if value.annotation is not None:  # ``X: TypeAlias = "..."``
                    found |= self._forward(skim, assigned.value)
            else:
                found |= self._eval(skim, assigned)
        return found

    def _starred(self, skim: ModuleSkim, name: str) -> Possible:
        """What the module's ``from m import *`` may bind ``name`` to."""
        if not skim.stars:
            return _NOTHING

        def compute() -> Possible:
            found = _NOTHING
            for star in skim.stars:
                absolute = absolute_import(star.module, star.level, skim.name, skim.path)
                source = self._modules.find(absolute, skim.path)
                if source is None:
                    value = known.star_imported(absolute, name)
                    if value is not None:
                        found |= _atoms(value)
                    continue
                if name.startswith("_"):
                    continue
                module = self._modules.skim(source)
                if module is None:
                    return _UNKNOWN
                found |= self._bindings(module, module.globals.get(name, ()))
                found |= self._starred(module, name)
            return found

        return self._solve(("star", skim, name), compute)

    def _attribute(self, possible: Possible, attr: str) -> Possible:
        found = _NOTHING
        for atom in possible:
            if atom is ANYTHING:
                return _UNKNOWN
            if isinstance(atom, ProjectModule):
                found |= self._member(atom.dotted, attr, atom.importer)
            elif isinstance(atom, ExternalModule):
                found |= _atoms(known.resolve_external(f"{atom.name}.{attr}"))
            elif isinstance(atom, ProjectClass):
                found |= self._bindings(atom.cls.module, atom.cls.bindings.get(attr, ()))
                found |= _atoms(known.external_attribute(Class(atom.cls.qualified_name), attr))
            elif isinstance(atom, ProjectFunction):
                function = Function(atom.function.qualified_name)
                found |= _atoms(known.external_attribute(function, attr))
            elif isinstance(atom, Known):
                found |= _atoms(known.external_attribute(atom.value, attr))
            else:
                found |= {Named(attr)}
        return found

    def _member(self, module: str, attr: str, importer: Path) -> Possible:
        """``Evaluator.member``: ``attr`` of the module ``module`` imported in ``importer``."""

        def compute() -> Possible:
            target = self._modules.find(module, importer) if module else None
            if target is None:
                return _atoms(known.resolve_external(f"{module}.{attr}" if module else attr))
            skim = self._modules.skim(target)
            if skim is None:
                return _UNKNOWN
            found = self._bindings(skim, skim.globals.get(attr, ()))
            found |= self._starred(skim, attr)
            # Bound only for type checkers, the name is looked for as a submodule.
            if self._modules.find(f"{module}.{attr}", importer) is not None:
                return found | {ProjectModule(f"{module}.{attr}", importer)}
            return found | _atoms(Opaque(f"{module}.{attr}"))

        return self._solve(("member", module, attr, importer), compute)


def _atoms(value: Value) -> Possible:
    """A value ``siglint.analysis.known`` gives, as the resolver holds it."""
    if isinstance(value, Class | Function) and value.info is None:
        return frozenset({Known(value)})
    if isinstance(value, Module):
        return frozenset({ExternalModule(value.name)})
    if isinstance(value, Opaque):
        if value.qualname.count(".") < _LONGEST_NAME:
            return frozenset({Known(value)})
        last = value.qualname.rsplit(".", 1)[-1]
        return frozenset({Named(last if last.isidentifier() else None)})
    return _UNNAMED


def _external_derives(cls: str, qualname: str, strict: bool) -> bool:
    """Whether the class ``cls`` outside the project derives from ``qualname`` (or is it)."""
    stack = [*known.external_bases(cls)] if strict else [cls]
    seen: set[str] = set()
    while stack:
        current = stack.pop()
        if current == qualname:
            return True
        if current not in seen:
            seen.add(current)
            stack.extend(known.external_bases(current))
    return False
