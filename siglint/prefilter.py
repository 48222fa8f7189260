"""The pre-filter: the files ``siglint check`` may report clean without parsing them with libcst.

Parsing is most of the cost of a check, and most files of a project have nothing to do with
MLflow: siglint's scope (``siglint.scope``) keeps them out of its business, and this module
makes them cost a read of their bytes, nothing more. A file is skipped only when a cheap reading
proves that no enabled rule can report in it. Each rule needs a *trigger* (``RULE_TRIGGERS``),
and each trigger has a necessary condition that bytes, or the stdlib ``ast`` (an eighth of
libcst's parsing time), can see:

- ``MLFLOW``: every rule but two is about targets, calls into MLflow or what reaches them, and
  matches values siglint resolves to MLflow's names (``mlflow.pyfunc.model.PythonModel``,
  ``...log_model``, ``mlflow.types.schema.ColSpec``). Such a value comes from an import that
  names ``mlflow``, or from a module of a package named ``mlflow``: in the file, or in a project
  module its imports reach, directly or not.
- ``PYDANTIC``: a pydantic model whose field type pydantic rejects (SIG305) derives from
  ``pydantic``'s ``BaseModel`` (or from one of MLflow's models): the same reasoning.
- ``PANDAS`` and ``DATAFRAME``: SIG505 looks at calls of ``pandas.DataFrame``, which siglint
  only resolves from an import of a ``pandas`` that is not a project module (or from a class
  ``DataFrame`` of a project module named ``pandas``), and whose name is spelt somewhere.
- ``ANCHOR``: what the MLflow rules report starts from an anchor in the file itself (a
  ``PythonModel`` subclass, an ``@pyfunc`` function, a call of ``log_model``, ``ColSpec``...:
  ``siglint.analysis.anchors``). Looked for last, in the ``ast`` of the file, with what its
  names may be bound to across the project (``siglint.analysis.abstract``): only a file that
  gets that far is read as a whole, with the modules its names lead to. SIG903 needs no anchor
  (an import of a name MLflow lacks is reported anywhere), and is wanted only when
  ``target-mlflow-version`` is older than the newest release.
- ``SYNTAX``: CPython's parser rejects the file (SIG999, for a file that names MLflow). One
  its compiler refuses (``return`` outside a function) is reported only with an anchor, as
  everything else about MLflow: that needs no compiling here, and is looked for anyway.
- ``SUPPRESSION``: a directive siglint would call unused (SIG900): one naming siglint or one of
  its codes. A bare ``# noqa`` serves every linter and is never called unused.

``MLFLOW``, ``PYDANTIC``, ``PANDAS`` and ``DATAFRAME`` travel along imports. The project modules an import may reach are over-estimated:
a module, and for a package (or any folder) everything below it, in each folder Python's search
(``siglint.analysis.project``) would look in; attributes of an imported package may lead to any
module in it. Before following any import, a coarser bound: whatever a module's imports reach
lies below the folder they start from (its *root*), in folders whose names an import can spell
or in the module's own packages; when no module there so much as spells ``mlflow``, the file is
skipped with no parsing at all (``Screen.around``).

The one assumption: what CPython's parser accepts, libcst parses too. Where it does not (libcst's
own limits: a chain of 20,000 ``and``), a skipped file is reported clean where a full check would
say that siglint cannot parse it (SIG999) or gave up on it (SIG998): about siglint, not the file;
and the anchors of a file importing such a module are looked for in what CPython reads of it. One
such difference is common enough to be looked for: libcst's tokenizer refuses tabs mixed with
spaces that CPython reads, so a file naming MLflow with a line indented by a tab is checked.
"""

from __future__ import annotations

import ast
import enum
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from siglint.analysis.imports import (
    INIT_ENDING,
    Folders,
    Packages,
    Reader,
    absolute_import,
    digest,
    import_candidates,
    read_from_disk,
)
from siglint.collector import kept_reading
from siglint.config import Settings
from siglint.mlflow_releases import newest, version_key
from siglint.scope import MLFLOW_WORD, is_stub
from siglint.sources import NOTEBOOK_SUFFIX
from siglint.suppressions import may_report_unused

if TYPE_CHECKING:
    from siglint.analysis.abstract import Resolver
    from siglint.analysis.skim import ModuleSkim
    from siglint.cache import Cache


class Trigger(enum.Flag):
    MLFLOW = enum.auto()
    PYDANTIC = enum.auto()
    PANDAS = enum.auto()
    DATAFRAME = enum.auto()
    SYNTAX = enum.auto()
    SUPPRESSION = enum.auto()
    ANCHOR = enum.auto()


# What a module passes on to the modules that import it.
INHERITED = Trigger.MLFLOW | Trigger.PYDANTIC | Trigger.PANDAS | Trigger.DATAFRAME
_EVERYTHING = ~Trigger(0)

_MLFLOW = (Trigger.MLFLOW | Trigger.ANCHOR,)
# For each rule, the sets of triggers that make it possible: it may report in a file only if all
# the triggers of one set are there. Every rule is listed (a test checks it), so that a new rule
# is classified when it is added. SIG998 (an internal error) needs nothing: a skipped file is not
# analysed, so it cannot make the analysis fail.
RULE_TRIGGERS: dict[str, tuple[Trigger, ...]] = {
    **dict.fromkeys(
        (
            *("SIG001", "SIG002", "SIG003", "SIG004", "SIG005", "SIG006", "SIG007", "SIG008"),
            *("SIG009", "SIG101", "SIG102", "SIG103", "SIG104", "SIG105", "SIG106", "SIG107"),
            *("SIG108", "SIG109", "SIG110", "SIG111", "SIG112", "SIG113", "SIG201", "SIG301"),
            *("SIG302", "SIG303", "SIG304", "SIG306", "SIG307", "SIG401", "SIG402", "SIG403"),
            *("SIG404", "SIG405", "SIG406", "SIG407", "SIG408", "SIG501", "SIG502", "SIG503"),
            "SIG504",
            # What raises when a module runs: reported in the module of a target only.
            *("SIG901", "SIG902"),
        ),
        _MLFLOW,
    ),
    # A pydantic model's definition that raises: in the module of a target only.
    "SIG305": (Trigger.PYDANTIC | Trigger.MLFLOW | Trigger.ANCHOR,),
    # A DataFrame that reaches ``infer_signature`` or ``input_example=``.
    "SIG505": (Trigger.PANDAS | Trigger.DATAFRAME | Trigger.MLFLOW | Trigger.ANCHOR,),
    # An import of MLflow (only when ``target-mlflow-version`` is older than the newest release).
    "SIG903": (Trigger.MLFLOW,),
    "SIG900": (Trigger.SUPPRESSION,),
    "SIG998": (),
    # A file that does not parse; one the compiler refuses, when it holds an anchor.
    "SIG999": (Trigger.SYNTAX | Trigger.MLFLOW, *_MLFLOW),
}
# What ``siglint schema`` shows of a file: its targets (a model's words and an anchor, as for the
# rules about them) and the syntax error SIG999 would report.
SCHEMA_TRIGGERS = (*_MLFLOW, *RULE_TRIGGERS["SIG999"])

_WORDS = (
    (Trigger.MLFLOW, MLFLOW_WORD),
    (Trigger.PYDANTIC, "pydantic"),
    (Trigger.DATAFRAME, "DataFrame"),
    (Trigger.PANDAS, "pandas"),
)
_PACKAGES = ((Trigger.MLFLOW, "mlflow"), (Trigger.PYDANTIC, "pydantic"))
# A module or package of the project under these names passes them on (``Screen.around``).
_PROJECT_NAMES = {**{package: trigger for trigger, package in _PACKAGES}, "pandas": Trigger.PANDAS}
_DATAFRAME_CLASS = re.compile(r"\bclass\s+DataFrame\b")
_TAB_INDENT = re.compile(r"(?:\A|[\r\n])[ \f]*\t")  # any line ending: lone CRs too
LARGEST_READ = 1_000_000  # characters
_MODULE_SUFFIXES = (".py", NOTEBOOK_SUFFIX)
# The most modules ``Screen.around`` reads (besides the files being checked) to bound what the
# imports of a file may reach; past it, the imports are followed one by one.
AROUND_READS = 5_000


@dataclass(frozen=True, slots=True)
class _Tree:
    """Every module in a folder and below it."""

    folder: str


_Node = Path | _Tree


class Screen:
    """Decides, for each file of one run, whether it must be checked (``needs_check``).

    Files the imports reach are read with ``read`` (the disk by default) and read once;
    ``texts`` are those of the files being checked, which win over the disk. ``folders`` lists
    what the folders hold (the disk by default). ``readings`` are CPython's readings of texts,
    by text, which a ``Screen`` of another version of the same files may share.

    With a cache, the decisions of the previous run are taken again as long as nothing they
    were made from has changed: the text of every file read, the listing of every folder looked
    in (which says where imports lead), every module's dotted name. Anything else and they are
    made again (with CPython's readings from the cache: no parsing of an unchanged file).
    """

    def __init__(
        self,
        read: Reader = read_from_disk,
        cache: Cache | None = None,
        texts: dict[Path, str] | None = None,
        folders: Folders | None = None,
        readings: dict[str, Reading] | None = None,
    ) -> None:
        self._read = read
        self.readings = {} if readings is None else readings
        self._cache = cache
        self._files: dict[Path, _File | None] = {}
        self._texts: dict[Path, str] = dict(texts or {})
        self._kept: dict[str, Any] | None = None  # the previous run's state, once valid
        self._decisions: dict[str, tuple[Path, str, Settings, bool]] = {}
        self._names: dict[Path, tuple[str, Path, Path]] = {}
        self._disk = folders or Folders()
        self._reached: dict[tuple[str, Path, Path], list[_Node]] = {}
        self._reach_flags: dict[_Node, Trigger] = {}
        self._wanted: dict[Settings, tuple[Trigger, ...]] = {}
        self._trees: dict[tuple[str, bool], Trigger] = {}
        self._packages = Packages()
        self._around: dict[Path, Trigger] = {}  # by the folder of the modules asked about
        self._names_resolver: Resolver | None = None  # what names may be (anchors)

    def obviously_needs_check(self, path: Path, text: str, settings: Settings) -> bool:
        """Whether the file must be checked, when that is cheap to tell: from the previous
        run's decision, or from the words of the file alone (no parsing; the words of a model
        count as an anchor)."""
        if is_stub(path):
            return False
        kept = self._kept_decision(path, text, settings)
        if kept is not None:
            return kept
        file = self._given(path, text)
        present = file.named | file.cheap
        if Trigger.MLFLOW in present:
            # Imported here, as the name resolver it brings: a tree without MLflow never needs
            # them (10 ms of start-up).
            from siglint.analysis.anchors import likely

            if likely(text):
                present |= Trigger.ANCHOR
        return _any_met(self._wanted_for(settings), present)

    def needs_check(self, path: Path, text: str, settings: Settings, units: bool = False) -> bool:
        """Whether some rule enabled by ``settings`` may report in ``text`` (the file at
        ``path``); ``False`` is a proof that checking it would find nothing. ``units``: the file
        holds modules besides ``text`` (``siglint.sources``: ``%%writefile`` cells, cells that
        do not parse), where anchors are not looked for."""
        if is_stub(path):
            return False
        needed = self._kept_decision(path, text, settings)
        if needed is None:
            needed = self._decide(path, text, self._wanted_for(settings), units)
        if self._cache is not None:  # what the decision is for is worked out in ``state``
            self._decisions[str(path.absolute())] = (path, text, settings, needed)
        return needed

    def _kept_decision(self, path: Path, text: str, settings: Settings) -> bool | None:
        if self._cache is None:
            return None
        kept = self._kept_state()["decisions"].get(str(path.absolute()))
        if kept is not None and kept[:2] == self._key(path, text, settings):
            return bool(kept[2])
        return None

    def _key(self, path: Path, text: str, settings: Settings) -> list[str | None]:
        """What a decision is for: the text (digested as the cache does for the file's result,
        once for both: only a run with a cache keeps decisions), and the settings."""
        assert self._cache is not None
        return [self._cache.text_digest(path, text), settings.fingerprint()]

    def text_digest(self, path: Path, text: str) -> str | None:
        """``digest(text)`` of the module at ``path``; of a file being checked, as the cache
        works it out for the file's result (once for both)."""
        if self._cache is not None and path in self._texts:
            return self._cache.text_digest(path, text)
        return digest(text)

    def may_hold_model(self, path: Path, text: str, units: bool = False) -> bool:
        """Whether ``siglint schema`` may show something of the file at ``path``: a model, or a
        syntax error (``SCHEMA_TRIGGERS``); ``False`` is a proof that it shows nothing. ``units``
        as for ``needs_check``."""
        return not is_stub(path) and self._decide(path, text, SCHEMA_TRIGGERS, units)

    def _decide(self, path: Path, text: str, wanted: tuple[Trigger, ...], units: bool) -> bool:
        """Whether one of the sets of triggers ``wanted`` may all be present in the file."""
        file = self._given(path, text)
        if _any_met(wanted, file.named | file.cheap):
            return True
        # The most parsing it and following its imports could find: no need to, if not enough.
        most = file.named | file.cheap | Trigger.SYNTAX | Trigger.ANCHOR | self.around(path)
        if not _any_met(wanted, most):
            return False
        present = file.words | file.cheap
        if units:  # the anchors of its other modules are not looked for
            present |= Trigger.ANCHOR
        if not _any_met(wanted, present | Trigger.ANCHOR):
            if not file.reading.parsed:  # CPython cannot parse it: every trigger is there
                return True
            present |= self._flags(path)
            if not _any_met(wanted, present | Trigger.ANCHOR):
                return False
        if _any_met(wanted, present) or file.skim is None:
            return True
        # Last, the anchors: the file's names are followed across the project.
        from siglint.analysis.anchors import may_anchor

        return may_anchor(file.skim, self._resolver()) or (
            MLFLOW_WORD in text and _tab_indented(text)
        )

    # ------------------------------------------------------------------ the project's names
    def _resolver(self) -> Resolver:
        if self._names_resolver is None:
            from siglint.analysis.abstract import Resolver

            self._names_resolver = Resolver(self)
        return self._names_resolver

    def skim(self, path: Path) -> ModuleSkim | None:
        """The module at ``path`` as ``ast`` reads it, for the resolver (``Modules``); None when
        it cannot be read or parsed."""
        file = self._file(path)
        return None if file is None else file.skim

    def find(self, dotted: str, importer: Path) -> Path | None:
        """The project module ``import dotted`` in the module at ``importer`` reaches, as
        ``Project.find`` finds it: the first place the import may lead to that holds a file,
        the importer itself excepted."""
        _, root, folder = self.name_and_root(importer)
        itself = str(importer)
        for candidate in import_candidates(dotted, root, folder):
            if candidate == itself:
                continue
            # ``%run other`` may name a file with no suffix, which no listing of modules holds:
            # the last place it may lead, there or not (the reading says; nothing read is no
            # module the resolver knows).
            if self._disk.is_module(candidate) or not candidate.endswith(_MODULE_SUFFIXES):
                return Path(candidate)
        return None

    # ------------------------------------------------------------------ across runs
    def state(self) -> dict[str, Any]:
        """What this run's decisions were made from, and the decisions, for the next run."""
        kept = self._kept_state()
        read = {p: digest(None) if f is None else f.digest for p, f in self._files.items()}
        if self._cache is not None and self._read is read_from_disk:
            for path, text_digest in read.items():
                if path not in self._texts:  # read from the disk (the texts given may not be)
                    self._cache.stamp(path, text_digest)
        files = {**kept["files"], **{str(p): d for p, d in read.items()}}
        folders = {**kept["folders"], **self._disk.fingerprints()}
        names = {**kept["names"], **{str(p): n[0] for p, n in self._names.items()}}
        decisions = {
            **kept["decisions"],
            **{
                location: [*self._key(path, text, settings), needed]
                for location, (path, text, settings, needed) in self._decisions.items()
            },
        }
        return {"files": files, "folders": folders, "names": names, "decisions": decisions}

    def _kept_state(self) -> dict[str, Any]:
        """The previous run's state if nothing in it has changed, else an empty one."""
        if self._kept is None:
            self._kept = {"files": {}, "folders": {}, "names": {}, "decisions": {}}
            state = None if self._cache is None else self._cache.screening()
            if state is not None and self._unchanged(state):
                self._kept = state
        return self._kept

    def _unchanged(self, state: dict[str, Any]) -> bool:
        given = {str(path) for path in self._texts}
        try:
            return (
                all(self._read_as_before(p, d, given) for p, d in state["files"].items())
                and all(self._disk.fingerprint(f) == d for f, d in state["folders"].items())
                and all(self.name_and_root(Path(p))[0] == n for p, n in state["names"].items())
                and isinstance(state["decisions"], dict)
            )
        except (KeyError, TypeError, AttributeError, ValueError):
            return False  # damaged

    def _read_as_before(self, location: str, was: str | None, given: set[str]) -> bool:
        """Whether the file at ``location`` holds what its digest ``was`` says (a file ``given``
        to check is known by its text)."""
        cache = self._cache
        if cache is not None and was is not None and location not in given:
            return cache.stamped(location) == was or self._digest(Path(location)) == was
        return self._digest(Path(location)) == was

    def _digest(self, path: Path) -> str | None:
        text = self._texts.get(path)
        if text is not None:
            return self.text_digest(path, text)
        if self._cache is not None and self._read is read_from_disk:
            return self._cache.digest_at(path)
        return digest(self._read(path))

    def _given(self, path: Path, text: str) -> _File:
        """The file being checked, as ``text`` (which wins over what is on disk)."""
        path = path.absolute()
        self._texts[path] = text
        known = self._files.get(path)
        if known is not None and known.text != text:
            # What was read of it (as another file's import) is stale: forget what follows.
            del self._files[path]
            self._reach_flags.clear()
            self._trees.clear()
            self._around.clear()
            self._names_resolver = None
        file = self._file(path)
        assert file is not None
        return file

    def is_checked(self, path: Path) -> bool:
        """Whether the file at ``path`` is one of those being checked (not only read)."""
        return path in self._texts

    def _wanted_for(self, settings: Settings) -> tuple[Trigger, ...]:
        wanted = self._wanted.get(settings)
        if wanted is None:
            # Targeting the newest release, no MLflow name is missing in it (SIG903).
            newest_targeted = version_key(settings.target_mlflow_version) >= version_key(newest())
            wanted = self._wanted[settings] = tuple(
                dict.fromkeys(
                    alternative
                    for code, alternatives in RULE_TRIGGERS.items()
                    if settings.enabled(code) and not (code == "SIG903" and newest_targeted)
                    for alternative in alternatives
                )
            )
        return wanted

    # ------------------------------------------------------------------ one file
    def _file(self, path: Path) -> _File | None:
        if path not in self._files:
            text = self._texts.get(path)
            if text is None:
                text = self._read(path)
            self._files[path] = None if text is None else _File(self, path, text)
        return self._files[path]

    def reading(self, file: _File, imports: Iterable[ast.stmt] | None = None) -> Reading:
        """CPython's reading of ``file`` (whose import statements are ``imports``, when it was
        parsed), from the cache when it has it."""
        text = file.text
        reading = self.readings.get(text)
        if reading is not None:
            return reading
        if self._cache is not None:
            kept = self._cache.reading(file.digest)
            if kept is not None:
                reading = self.readings[text] = Reading.from_json(kept)
                return reading
        reading = Reading.of(text, file.path) if imports is None else Reading.of_imports(imports)
        self.readings[text] = reading
        if self._cache is not None:
            self._cache.store_reading(file.digest, reading.to_json())
        return reading

    def name_and_root(self, path: Path) -> tuple[str, Path, Path]:
        """The module's dotted name, the folder its imports start from, and its own folder."""
        found = self._names.get(path)
        if found is None:
            name, root = self._packages.module(path)  # the same package for the whole folder
            found = self._names[path] = (name, root, path.parent)
        return found

    def reach(self, dotted: str, importer: Path) -> list[_Node]:
        """What ``import dotted`` in ``importer`` may lead to: modules, and folders whose
        modules its attributes may lead to."""
        _, root, folder = self.name_and_root(importer)
        key = (dotted, root, folder)
        reached = self._reached.get(key)
        if reached is None:
            reached = self._reached[key] = []
            for candidate in import_candidates(dotted, root, folder):
                if not candidate.endswith(INIT_ENDING):
                    if self._disk.is_module(candidate):
                        reached.append(Path(candidate))
                elif self._disk.is_folder(candidate[: -len(INIT_ENDING)]):
                    reached.append(_Tree(candidate[: -len(INIT_ENDING)]))
        return reached

    def external_pandas(self, path: Path) -> bool:
        """Whether ``import pandas`` in ``path`` may leave the project (and reach the real one):
        when no project module is there, or the first one found does not parse."""
        _, root, folder = self.name_and_root(path)
        for candidate in import_candidates("pandas", root, folder):
            if self._disk.is_module(candidate):
                file = self._file(Path(candidate))
                return file is None or not file.reading.parsed
        return True

    # ------------------------------------------------------------------ imports
    def around(self, path: Path) -> Trigger:
        """The inherited triggers of every module the imports of the module at ``path`` may
        reach, from the words of their text alone (no parsing).

        Python (and ``siglint.analysis.project``) looks for them in the module's own folder,
        the folder its imports start from (its root) and the ``src`` folder there: below the
        root, always. An import spells each folder on the way, so only folders named like
        identifiers lead anywhere, or those of the module's own packages (which its relative
        imports name for it). Everything, when there are too many modules to read there; no
        more modules are read once every inherited trigger is found (in MLflow's own tree, after
        a few)."""
        _, root, folder = self.name_and_root(path.absolute())
        found = self._around.get(folder)
        if found is not None:
            return found
        found = self._tree_flags(str(root))
        here = folder.relative_to(root).parts if folder.is_relative_to(root) else ()
        for depth, name in enumerate(here):
            if not name.isidentifier():  # a package no import spells: its modules all count
                found |= self._tree_flags(str(root.joinpath(*here[: depth + 1])), every=True)
                break
        self._around[folder] = found
        return found

    def _tree_flags(self, top: str, every: bool = False) -> Trigger:
        key = (top, every)
        found = self._trees.get(key)
        if found is not None:
            return found
        found = Trigger(0)
        reads = 0
        folders = [top]
        while folders:
            folder = folders.pop()
            modules, subfolders, _ = self._disk.listing(folder)
            found |= _PROJECT_NAMES.get(os.path.basename(folder), Trigger(0))
            for name in modules:
                found |= _PROJECT_NAMES.get(name[: -len(".py")], Trigger(0))
                path = Path(folder, name)
                if path not in self._texts:
                    reads += 1
                    if reads > AROUND_READS:
                        self._trees[key] = _EVERYTHING
                        return _EVERYTHING
                file = self._file(path)
                if file is not None:
                    found |= file.spelt
                if found & INHERITED == INHERITED:  # no module can add to it: read no more
                    self._trees[key] = found
                    return found
            folders.extend(
                os.path.join(folder, name) for name in subfolders if every or name.isidentifier()
            )
        self._trees[key] = found
        return found

    def _flags(self, start: Path) -> Trigger:
        """The inherited triggers of every module ``start`` reaches, itself included (Tarjan's
        strongly connected components, so that each module is visited once per run)."""
        if start in self._reach_flags:
            return self._reach_flags[start]
        index: dict[_Node, int] = {}
        low: dict[_Node, int] = {}
        flags: dict[_Node, Trigger] = {}
        stack: list[_Node] = []
        on_stack: set[_Node] = set()
        work: list[tuple[_Node, Iterator[_Node]]] = []

        def enter(node: _Node) -> None:
            index[node] = low[node] = len(index)
            flags[node] = self._own_flags(node)
            stack.append(node)
            on_stack.add(node)
            work.append((node, iter(self._successors(node))))

        enter(start)
        while work:
            node, successors = work[-1]
            for successor in successors:
                if successor in self._reach_flags:
                    flags[node] |= self._reach_flags[successor]
                elif successor not in index:
                    enter(successor)
                    break
                elif successor in on_stack:
                    low[node] = min(low[node], index[successor])
                    flags[node] |= flags[successor]
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                    flags[parent] |= flags[node]
                if low[node] == index[node]:  # the root of a component: all share its flags
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    union = Trigger(0)
                    for member in component:
                        union |= flags[member]
                    for member in component:
                        self._reach_flags[member] = union
        return self._reach_flags[start]

    def _own_flags(self, node: _Node) -> Trigger:
        if isinstance(node, _Tree):
            return Trigger(0)
        file = self._file(node)
        if file is None:  # unreadable: siglint's import of it would find nothing either
            return Trigger(0)
        return file.words if file.reading.parsed else INHERITED

    def _successors(self, node: _Node) -> list[_Node]:
        if isinstance(node, _Tree):
            modules, folders, _ = self._disk.listing(node.folder)
            return [
                *(Path(node.folder, name) for name in sorted(modules)),
                *(_Tree(os.path.join(node.folder, name)) for name in sorted(folders)),
            ]
        file = self._file(node)
        return [] if file is None else file.reaches


@dataclass(frozen=True, slots=True)
class Reading:
    """What CPython's parser says of a file's text, all the pre-filter needs of it (kept in the
    cache by the text alone): whether it parsed it (``_parsed``), and its imports as ``(module,
    level, names)`` (a plain ``import``: level -1)."""

    parsed: bool
    imports: tuple[tuple[str, int, tuple[str, ...]], ...] = ()

    @classmethod
    def of(cls, text: str, path: Path) -> Reading:
        tree = _parsed(text, path)
        return cls(parsed=False) if tree is None else cls.of_imports(_statements(tree.body))

    @classmethod
    def of_imports(cls, statements: Iterable[ast.stmt]) -> Reading:
        """The reading of a text CPython parses, from its statements (every one, nested ones
        included, or only its imports), in the order of the text."""
        imports: list[tuple[str, int, tuple[str, ...]]] = []
        for statement in statements:
            if isinstance(statement, ast.Import):
                for alias in statement.names:
                    # ``import a.b`` binds ``a``, through which ``a.c`` is reached too.
                    top = alias.name if alias.asname else alias.name.split(".")[0]
                    imports += [(alias.name, -1, ()), (top, -1, ())]
            elif isinstance(statement, ast.ImportFrom):
                names = tuple(alias.name for alias in statement.names if alias.name != "*")
                imports.append((statement.module or "", statement.level, names))
        return cls(True, tuple(dict.fromkeys(imports)))

    def to_json(self) -> list:
        return [self.parsed, [[m, level, list(names)] for m, level, names in self.imports]]

    @classmethod
    def from_json(cls, data: list) -> Reading:
        parsed, imports = data
        return cls(parsed, tuple((m, level, tuple(names)) for m, level, names in imports))


class _File:
    """What a cheap reading of one module says: its triggers, and where its imports lead."""

    def __init__(self, screen: Screen, path: Path, text: str) -> None:
        self._screen = screen
        self.path = path
        self.text = text

    @cached_property
    def spelt(self) -> Trigger:
        """The inherited triggers whose words the text holds (``pandas`` for ``PANDAS``)."""
        found = Trigger(0)
        for trigger, word in _WORDS:
            if word in self.text:
                found |= trigger
        return found

    @cached_property
    def named(self) -> Trigger:
        """``words`` or more, from the text and the path alone (no looking for a module)."""
        found = self.spelt
        for part in _PROJECT_NAMES.keys() & set(self.path.parts):
            found |= _PROJECT_NAMES[part]
        return found | _PROJECT_NAMES.get(self.path.stem, Trigger(0))

    @cached_property
    def words(self) -> Trigger:
        """The inherited triggers of the module itself."""
        found = self.spelt & ~Trigger.PANDAS
        if not self.named:
            return found  # its name cannot be one of those packages' either
        name = self._screen.name_and_root(self.path)[0]
        for trigger, package in _PACKAGES:
            if name == package or name.startswith(f"{package}."):
                found |= trigger
        if ("pandas" in self.text and self._screen.external_pandas(self.path)) or (
            name == "pandas" and _DATAFRAME_CLASS.search(self.text)
        ):
            found |= Trigger.PANDAS
        return found

    @cached_property
    def cheap(self) -> Trigger:
        """The local triggers that need no parsing."""
        return Trigger.SUPPRESSION if may_report_unused(self.text) else Trigger(0)

    @cached_property
    def reading(self) -> Reading:
        return self._screen.reading(self)

    @cached_property
    def digest(self) -> str | None:
        """``digest(text)``, worked out once: the key of its reading in the cache, and what the
        next run compares; for a file being checked, the one its decision is keyed by."""
        return self._screen.text_digest(self.path, self.text)

    @cached_property
    def skim(self) -> ModuleSkim | None:
        """The module as ``ast`` reads it, the names it binds (``siglint.analysis.skim``); None
        when CPython cannot parse it. One parse: its reading comes from it too."""
        checked = self._screen.is_checked(self.path)
        name = self._screen.name_and_root(self.path)[0]
        from siglint.analysis.skim import ModuleSkim

        with kept_reading():  # the screen keeps the skim (the tree dies here)
            tree = _parsed(self.text, self.path)
            if tree is None:
                self._read_as(None)
                return None
            try:  # the calls of a module read for its names are not looked at
                skim = ModuleSkim.of(tree, self.path, name, calls=checked)
            except RecursionError:  # an expression nested too deep: as if it did not parse
                self._read_as(_statements(tree.body))
                return None
        self._read_as(skim.imports)
        return skim

    def _read_as(self, imports: Iterable[ast.stmt] | None) -> None:
        """Its reading, unless worked out already: from the import statements of its parse
        (``None``: CPython cannot parse it, which the reading finds again)."""
        if "reading" not in self.__dict__:
            self.__dict__["reading"] = self._screen.reading(self, imports)

    @cached_property
    def local(self) -> Trigger:
        """The triggers about the file alone (every one, for a file CPython cannot parse)."""
        if not self.reading.parsed:
            return _EVERYTHING
        return self.cheap

    @cached_property
    def reaches(self) -> list[_Node]:
        """The modules and folders this module's imports (anywhere in it) may lead to."""
        name = self._screen.name_and_root(self.path)[0]
        dotted: list[str] = []
        for module, level, names in self.reading.imports:
            if level < 0:
                dotted.append(module)
                continue
            base = absolute_import(module, level, name, self.path)
            dotted.append(base)
            dotted.extend(f"{base}.{n}" if base else n for n in names)
        reached: dict[_Node, None] = {}
        for module in dict.fromkeys(d for d in dotted if d):
            reached.update(dict.fromkeys(self._screen.reach(module, self.path)))
        return list(reached)


def _parsed(text: str, path: Path) -> ast.Module | None:
    """``text``'s ``ast``, or None when CPython cannot parse it.

    A text longer than ``LARGEST_READ`` is not parsed: a generated data table of megabytes takes
    CPython seconds and a gigabyte, and this process has no time limit, where the children that
    check files do."""
    if len(text) > LARGEST_READ:
        return None
    try:
        return ast.parse(text, str(path))
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None


def _tab_indented(text: str) -> bool:
    """Whether a line is indented with a tab: where tabs and spaces mix, libcst's tokenizer
    may refuse what CPython reads ("no matching outer block for dedent"), which a check
    reports (SIG999) as it reports a file CPython refuses."""
    return "\t" in text and _TAB_INDENT.search(text) is not None


def _any_met(wanted: tuple[Trigger, ...], present: Trigger) -> bool:
    return any(alternative & present == alternative for alternative in wanted)


def _statements(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """Every statement, nested ones included (imports and ``def`` are statements)."""
    stack = list(reversed(body))
    while stack:
        statement = stack.pop()
        yield statement
        nested: list[ast.stmt] = []
        for field in ("body", "orelse", "finalbody"):
            block = getattr(statement, field, None)
            if isinstance(block, list):
                nested.extend(block)
        for handler in getattr(statement, "handlers", ()):
            nested.extend(handler.body)
        for case in getattr(statement, "cases", ()):
            nested.extend(case.body)
        stack.extend(reversed(nested))
