"""Where imports lead, without parsing anything: module names, the paths an import may reach,
and the record of what one check looked at in the project.

Shared by the ``Project`` (which parses what it finds) and by the pre-filter and the cache, which
must not pay for importing libcst.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from siglint.sources import NOTEBOOK_SUFFIX, python_text
from siglint.sources.run import run_candidates, run_target

Reader = Callable[[Path], "str | None"]
INIT_ENDING = f"{os.sep}__init__.py"


def read_from_disk(path: Path) -> str | None:
    """A module's text, read as ``import`` reads it, or None when it cannot be read or imported;
    for a notebook, its Python text (``siglint.sources``)."""
    return python_text(path)


def module_name_for(path: Path) -> tuple[str, Path]:
    """The dotted name ``path`` is imported under, and the folder that import starts from."""
    path = path.resolve() if not path.is_absolute() else path
    parts = [] if path.stem == "__init__" else [path.stem]
    folder = path.parent
    while (folder / "__init__.py").is_file():
        parts.insert(0, folder.name)
        folder = folder.parent
    return ".".join(parts) or path.parent.name, folder


class Packages:
    """Which package the modules of each folder belong to, each folder looked at once."""

    def __init__(self) -> None:
        self._folders: dict[Path, tuple[str, Path]] = {}

    def package(self, folder: Path) -> tuple[str, Path]:
        """``module_name_for(folder / "__init__.py")``: the package's dotted name (the folder's
        own name when it is no package) and the folder its modules' imports start from; each
        folder above looked at once too (a package's name is its parent package's, and one
        more part)."""
        found = self._folders.get(folder)
        if found is None:
            parent = folder.parent
            if parent == folder or not (folder / "__init__.py").is_file():
                found = (folder.name, folder)
            else:
                above, root = self.package(parent)
                found = (
                    (f"{above}.{folder.name}", root) if root != parent else (folder.name, parent)
                )
            self._folders[folder] = found
        return found

    def module(self, path: Path) -> tuple[str, Path]:
        """``module_name_for(path)``, with what its folder says looked at once."""
        if not path.is_absolute():
            return module_name_for(path)
        folder = path.parent
        prefix, root = self.package(folder)
        if path.stem == "__init__":
            return prefix, root
        return (f"{prefix}.{path.stem}" if root != folder else path.stem), root

    def of(self, path: Path) -> tuple[Path, str] | None:
        """The folder the module's imports start from and its top-level package, or None for a
        module of no package (its folder has no ``__init__.py``)."""
        folder = path.absolute().parent
        name, root = self.package(folder)
        return None if root == folder else (root, name.split(".")[0])


def import_candidates(dotted: str, root: Path, folder: Path) -> tuple[str, ...]:
    """Where ``import dotted`` may lead from a module in ``folder`` whose imports start from
    ``root``, in the order siglint tries them: each base folder's ``dotted.py``, then its
    ``dotted/__init__.py``.

    Strings, not paths: this runs for every import of every module, and building paths is slow.
    A notebook's ``%run path`` is an import too (``siglint.sources.run``), of that path.
    """
    ran = run_target(dotted)
    if ran is not None:
        return run_candidates(ran, str(folder))
    return tuple(
        candidate for base in _bases(root, folder) for candidate in _candidates(base, dotted)
    )


def _bases(root: Path, folder: Path) -> tuple[str, ...]:
    """The folders an import is looked for in, in order."""
    return tuple(dict.fromkeys((str(root), str(folder), f"{root}{os.sep}src")))


def leaves(dotted: str, spelt: frozenset[str]) -> bool:
    """Whether ``import dotted`` certainly finds no module of the project, from a module whose
    import folders hold ``spelt`` (``Folders.spelt``): not a ``%run``, and its first name is
    none of theirs."""
    return run_target(dotted) is None and not _spells(spelt, dotted.partition(".")[0].casefold())


def _spells(folded: set[str] | frozenset[str], first: str) -> bool:
    """Whether a folder whose names (casefolded) are ``folded`` holds a module or package
    ``first`` (casefolded)."""
    return first in folded or f"{first}.py" in folded


def _candidates(base: str, dotted: str) -> tuple[str, str]:
    relative = dotted.replace(".", os.sep)
    return f"{base}{os.sep}{relative}.py", f"{base}{os.sep}{relative}{INIT_ENDING}"


def absolute_import(module: str, level: int, importer_name: str, importer_path: Path) -> str:
    """``from ..module import x`` in the module ``importer_name`` at ``importer_path``."""
    if level == 0:
        return module
    package = importer_name.split(".")
    if importer_path.stem != "__init__":
        package = package[:-1]
    if level > 1:
        package = package[: len(package) - (level - 1)]
    return ".".join([*package, module] if module else package)


class Folders:
    """What the folders hold, each listed once: whether a module exists is asked for every
    place every import may lead, and one listing answers for all the names in a folder.

    The answers are ``os.path.isfile``'s and ``os.path.isdir``'s: a name found in the listing
    only in another case is asked of the system, which says whether the file system ignores case.
    """

    def __init__(self) -> None:
        self._listings: dict[str, tuple[set[str], set[str], set[str]]] = {}
        self._fingerprints: dict[str, str | None] = {}
        self._modules: dict[str, bool] = {}  # location -> whether a module is there
        self._found: dict[tuple[str, Path, Path], list[str]] = {}  # ``modules_for``'s answers
        self._spelt: dict[tuple[Path, Path], frozenset[str]] = {}
        # Folders known absent from the listing of one above (which says when they appear).
        self._absent_below: set[str] = set()

    def listing(self, folder: str) -> tuple[set[str], set[str], set[str]]:
        """The names of the ``.py`` files (and notebooks, which ``%run`` reaches) in ``folder``
        and of its folders, and all of them casefolded."""
        found = self._listings.get(folder)
        if found is None:
            modules: set[str] = set()
            folders: set[str] = set()
            if self._absent(folder):  # most places an import may lead do not exist
                self._absent_below.add(folder)
                found = self._listings[folder] = (modules, folders, set())
                return found
            try:
                with os.scandir(folder) as entries:
                    for entry in entries:
                        if entry.is_dir():
                            folders.add(entry.name)
                        elif entry.name.endswith((".py", NOTEBOOK_SUFFIX)) and entry.is_file():
                            modules.add(entry.name)
            except OSError:  # absent, or unreadable: holds nothing
                pass
            folded = {name.casefold() for name in modules | folders}
            found = self._listings[folder] = (modules, folders, folded)
        return found

    def _absent(self, folder: str) -> bool:
        """Whether the nearest folder above ``folder`` that was listed lacks the way down to it
        (that folder's fingerprint then says when it appears)."""
        below, above = folder, os.path.dirname(folder)
        while above != below:
            listed = self._listings.get(above)
            if listed is not None:
                return os.path.basename(below).casefold() not in listed[2]
            below, above = above, os.path.dirname(above)
        return False

    def fingerprint(self, folder: str) -> str | None:
        """What the listing of ``folder`` holds, as a digest."""
        found = self._fingerprints.get(folder)
        if found is None:
            modules, folders, _ = self.listing(folder)
            found = digest("\n".join(sorted(modules)) + "\0" + "\n".join(sorted(folders)))
            self._fingerprints[folder] = found
        return found

    def fingerprints(self) -> dict[str, str | None]:
        """The fingerprint of every folder listed so far, but those a listing above showed
        absent: that listing's fingerprint changes when one appears (most places an import
        may lead are such: there are ten of them for each folder that exists)."""
        return {
            folder: self.fingerprint(folder)
            for folder in list(self._listings)
            if folder not in self._absent_below
        }

    def is_module(self, location: str) -> bool:
        """Whether the ``.py`` file ``location`` exists (asked of the same place by the imports
        of every module of a folder, and answered once)."""
        found = self._modules.get(location)
        if found is None:
            folder, name = os.path.split(location)
            modules, _, folded = self.listing(folder)
            found = name in modules or (name.casefold() in folded and os.path.isfile(location))
            self._modules[location] = found
        return found

    def spelt(self, root: Path, folder: Path) -> frozenset[str]:
        """What the folders an import from a module in ``folder`` is looked for in hold, their
        names casefolded: ``modules_for`` finds no module for an import whose first name is
        not there (``leaves``)."""
        key = (root, folder)
        found = self._spelt.get(key)
        if found is None:
            listed = (self.listing(base)[2] for base in _bases(root, folder))
            found = self._spelt[key] = frozenset().union(*listed)
        return found

    def modules_for(self, dotted: str, root: Path, folder: Path) -> list[str]:
        """The places of ``import_candidates(dotted, root, folder)`` that hold a module, in
        order. Most imports leave the project (``typing``, ``numpy``): a folder whose listing
        lacks the first name of ``dotted`` holds none of them, and is not looked into further;
        from a folder that lacks it, the search is the one from ``root`` (made once for all
        such folders below it)."""
        if run_target(dotted) is not None:
            return [c for c in import_candidates(dotted, root, folder) if self.is_module(c)]
        first = dotted.partition(".")[0].casefold()
        if not _spells(self.listing(str(folder))[2], first):
            folder = root
        key = (dotted, root, folder)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = []
            for base in _bases(root, folder):
                if _spells(self.listing(base)[2], first):
                    found.extend(c for c in _candidates(base, dotted) if self.is_module(c))
        return found

    def is_folder(self, location: str) -> bool:
        folder, name = os.path.split(location)
        _, folders, folded = self.listing(folder)
        return name in folders or (name.casefold() in folded and os.path.isdir(location))


@dataclass(frozen=True, slots=True)
class ImportOf:
    """``import a.b`` (``module='a.b'``, binds ``a`` unless aliased) or ``from m import n``."""

    module: str
    name: str | None = None
    level: int = 0
    alias: bool = False


def digest(text: str | None) -> str | None:
    """A short fingerprint of a module's text (None for a file that cannot be read)."""
    if text is None:
        return None
    import hashlib  # here: a run without a cache never hashes (3 ms of start-up)

    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


@dataclass(slots=True)
class Dependencies:
    """What one check looked at in the project, so that its result can be reused while none of
    it changes: each module it read (the digest of its text, and the dotted name it had, which
    its relative imports and the names siglint shows depend on), and where each import it
    resolved led (a module created on the way would be reached instead)."""

    modules: dict[Path, tuple[str | None, str]] = field(default_factory=dict)
    imports: dict[Path, dict[str, Path | None]] = field(default_factory=dict)
