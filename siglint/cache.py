"""The cache of ``siglint check``: what a file was found to hold, kept until what it depends on
changes.

A result is looked up by the file's path and text, the settings that apply to it (their
``fingerprint()``) and siglint itself: its version, and the size and time of each of its source
files, since an editable install changes without a new version. It is used only while what the
check read of the project is as it was: for the file and for each module its imports reached (a
pydantic model in a sibling file), the text, the dotted name (a new ``__init__.py`` changes it)
and where each of its imports led (a module created on the way would be reached instead). These
module records are shared by all the results that read the same module.

Whether a module is as it was is told by its text's digest; a file of the disk is not read again
for it while its modification time and size are those a previous run saw when it read it (as
mypy's and Ruff's caches go by), unless it was modified within seconds of that run's start.

The pre-filter's reading of a file (``prefilter.Reading``) is kept too, by the file's text alone,
so that a run after an edit decides again which files to skip without parsing them again; and
so are its decisions, with what they were made from (see ``prefilter.Screen``).

Everything lives in ``.siglint_cache/<version>/cache.json`` under the working folder (or
``$SIGLINT_CACHE_DIR``), as JSON: the folder may come with a checked-out tree, and unpickling
what it holds could run anything. Concurrent runs each write the whole file atomically; the
last one wins, and what it lacks is only a later miss. A damaged file is ignored.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from siglint import __version__
from siglint.analysis.imports import (
    Dependencies,
    Folders,
    Packages,
    Reader,
    digest,
    leaves,
    read_from_disk,
)
from siglint.config import Settings
from siglint.diagnostics import Applicability, Diagnostic, Edit, Fix, Range, Related, Severity

CACHE_FOLDER = ".siglint_cache"
# Files modified this close to a run's start (ns) are read again by the next run: some file
# systems keep times to the second or two (FAT, some network mounts).
_RACY = 3_000_000_000
CACHE_VARIABLE = "SIGLINT_CACHE_DIR"


def cache_folder() -> Path:
    return Path(os.environ.get(CACHE_VARIABLE) or CACHE_FOLDER)


class Cache:
    """The entries of one cache folder, read when a run starts and written when it ends."""

    def __init__(self, folder: Path, read: Reader = read_from_disk) -> None:
        self._file = folder / __version__ / "cache.json"
        self._read = read
        self._code = _code_fingerprint()
        # Each module some result depends on: its digest, its dotted name, and where each of
        # its imports led (a path, or None), shared by all the results that read it.
        self._modules: dict[str, tuple[str | None, str, dict[str, str | None]]] = {}
        # Each result: the file's dotted name, the modules it depends on, its diagnostics.
        self._results: dict[str, tuple[str, list[str], list]] = {}
        self._readings: dict[str, Any] = {}
        self._started = time.time_ns()
        # location -> (modification time in ns, size, digest) of each file read from the disk
        self._stamps: dict[str, tuple[int, int, str | None]] = {}
        self._screening: dict[str, Any] | None = None
        # The listings of the folders (``Folders.fingerprints``) under which every module's
        # imports were last found to lead where they had: while none has changed, they still do.
        self._leads: dict[str, str | None] = {}
        self._changed = False
        # What this run found on disk, so that each file is read, named and looked for once.
        self._valid: dict[str, bool] = {}
        self._confirmed: set[str] = set()  # modules whose imports lead as before, by ``_disk``
        self._leads_hold: bool | None = None
        self._digests: dict[Path, str | None] = {}
        self._text_digests: dict[Path, tuple[str, str | None]] = {}  # of the texts given
        self._names: dict[Path, tuple[str, Path]] = {}
        self._packages = Packages()
        self._disk = Folders()
        self._load()

    @property
    def is_empty(self) -> bool:
        """Whether no previous run left anything here."""
        return not self._results and self._screening is None

    # ------------------------------------------------------------------ results
    def result(self, path: Path, text: str, settings: Settings) -> tuple[Diagnostic, ...] | None:
        """The diagnostics of the file when nothing they depend on has changed, else None."""
        entry = self._results.get(self._key(path, text, settings))
        if entry is None:
            return None
        name, modules, diagnostics = entry
        if name != self._name(path)[0] or not all(map(self._unchanged, modules)):
            return None
        return tuple(_diagnostic(d) for d in diagnostics)

    def store_result(
        self,
        path: Path,
        text: str,
        settings: Settings,
        diagnostics: tuple[Diagnostic, ...],
        dependencies: Dependencies,
    ) -> None:
        read = dict(dependencies.modules)
        read[path] = (self.text_digest(path, text), self._name(path)[0])
        for module, (text_digest, name) in read.items():
            self.stamp(module, text_digest)
            location = str(module)
            imports = {
                dotted: None if reached is None else str(reached)
                for dotted, reached in dependencies.imports.get(module, {}).items()
            }
            kept = self._modules.get(location)
            if kept is not None and kept[0] == text_digest and kept[1] == name:
                kept[2].update(imports)  # what other checks resolved from it holds too
            else:
                self._modules[location] = (text_digest, name, imports)
            self._valid[location] = True
            # Resolved by the check (``Project``): confirmed against ``_disk`` now, while the
            # children check the other files, rather than when the run ends (``save``).
            if self._lead_as_before(module, self._modules[location][2]):
                self._confirmed.add(location)
            else:
                self._confirmed.discard(location)
        key = self._key(path, text, settings)
        self._results[key] = (
            read[path][1],
            sorted(map(str, read)),
            list(map(_encode, diagnostics)),
        )
        self._changed = True

    def _unchanged(self, location: str) -> bool:
        """Whether a module is as it was: same text, same name, its imports lead where they led."""
        valid = self._valid.get(location)
        if valid is None:
            record = self._modules.get(location)
            path = Path(location)
            valid = record is not None and (
                self.digest_at(path) == record[0]
                and (not record[1] or self._name(path)[0] == record[1])
                and (self._leads_unchanged() or self._lead_as_before(path, record[2]))
            )
            self._valid[location] = valid
            if valid:
                self._confirmed.add(location)
        return valid

    def _all_confirmed(self) -> bool:
        """Whether each module's imports, as stored, are what a search among the folders
        ``_disk`` lists finds: then those listings are the next run's ``leads``. A module this
        run found changed (a deleted file) is dropped; one it looked at was confirmed then
        (``_unchanged``, ``store_result``), or not; one it did not look at is confirmed only by
        the previous ``leads``, still holding."""
        for location in [loc for loc, valid in self._valid.items() if not valid]:
            if self._modules.pop(location, None) is not None:
                self._changed = True
        for location in self._modules:
            if location in self._confirmed:
                continue
            if location in self._valid or not self._leads_unchanged():
                return False
            self._confirmed.add(location)
        return bool(self._modules)

    def _leads_unchanged(self) -> bool:
        """Whether every folder whose listing the last confirmation of all modules' imports
        read lists the same: then each import finds what it found (``Folders.modules_for`` is
        a function of those listings), and none needs looking for again. One listing per
        folder, in place of a search per import."""
        if self._leads_hold is None:
            self._leads_hold = bool(self._leads) and all(
                self._disk.fingerprint(folder) == listed for folder, listed in self._leads.items()
            )
        return self._leads_hold

    def _lead_as_before(self, importer: Path, imports: dict[str, str | None]) -> bool:
        """Whether each ``import dotted`` of ``imports`` finds from ``importer`` the file it
        found before (as the ``Project`` searches: the first place that holds a module, the
        importer itself excepted)."""
        _, root = self._name(importer)
        folder, itself = importer.parent, str(importer)
        spelt = self._disk.spelt(root, folder)
        for dotted, reached in imports.items():
            if reached is None and leaves(dotted, spelt):  # most: ``typing``, ``numpy``
                continue
            # The modules of one package import much the same: each search is made once.
            found = self._disk.modules_for(dotted, root, folder)
            if next((candidate for candidate in found if candidate != itself), None) != reached:
                return False
        return True

    # ------------------------------------------------------------------ pre-filter readings
    def reading(self, text_digest: str | None) -> Any | None:
        """The pre-filter's reading of the text whose digest is ``text_digest``."""
        return self._readings.get(text_digest or "")

    def store_reading(self, text_digest: str | None, reading: Any) -> None:
        self._readings[text_digest or ""] = reading
        self._changed = True

    # ------------------------------------------------------------------ the file
    def _load(self) -> None:
        try:
            data = json.loads(self._file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if not isinstance(data, dict) or data.get("code") != self._code:
            return
        try:
            paths = data["paths"]
            modules = {
                paths[index]: (digest_, name, {d: None if r < 0 else paths[r] for d, r in imports})
                for index, digest_, name, imports in data["modules"]
            }
            results = {
                key: (name, [paths[i] for i in read], diagnostics)
                for key, (name, read, diagnostics) in data["results"].items()
            }
            readings = dict(data["readings"])
            screening = data["screening"]
            leads = dict(data["leads"])
            stamps = {
                paths[index]: (int(time), int(size), digest_)
                for index, time, size, digest_ in data["stamps"]
            }
        except (KeyError, TypeError, ValueError, IndexError, AttributeError):
            return  # damaged: start afresh
        self._modules, self._results, self._readings = modules, results, readings
        self._stamps, self._leads = stamps, leads
        self._screening = screening if isinstance(screening, dict) else None

    # ------------------------------------------------------------------ pre-filter decisions
    def screening(self) -> dict[str, Any] | None:
        """The pre-filter's state at the end of the previous run (``Screen.state()``)."""
        return self._screening

    def store_screening(self, state: dict[str, Any]) -> None:
        if state != self._screening:
            self._screening = state
            self._changed = True

    def save(self) -> None:
        """Write the entries, if this run added any; a cache that cannot be written is no error."""
        leads = self._disk.fingerprints() if self._all_confirmed() else {}
        if leads != self._leads:
            self._leads, self._changed = leads, True
        if not self._changed:
            return
        # Paths once, as numbers elsewhere: hundreds of results share the same modules.
        index: dict[str, int] = {}

        def number(location: str | None) -> int:
            return -1 if location is None else index.setdefault(location, len(index))

        modules = [
            [number(location), text_digest, name, [[d, number(r)] for d, r in imports.items()]]
            for location, (text_digest, name, imports) in self._modules.items()
        ]
        results = {
            key: [name, [number(m) for m in read], diagnostics]
            for key, (name, read, diagnostics) in self._results.items()
        }
        stamps = [[number(at), *stamp] for at, stamp in self._stamps.items()]
        data = {
            "code": self._code,
            "paths": list(index),
            "modules": modules,
            "results": results,
            "readings": self._readings,
            "screening": self._screening,
            "stamps": stamps,
            "leads": self._leads,
        }
        try:
            self._file.parent.mkdir(parents=True, exist_ok=True)
            ignore = self._file.parent.parent / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# Created by siglint: never commit the cache.\n*\n")
            import tempfile  # here: a run with nothing to save needs none

            handle, temporary = tempfile.mkstemp(dir=self._file.parent, suffix=".tmp")
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                # ``dumps`` encodes in C; ``dump`` streams through Python's encoder, ten times slower.
                stream.write(json.dumps(data, separators=(",", ":")))
            os.replace(temporary, self._file)
        except OSError:
            return

    # ------------------------------------------------------------------ the disk, once
    def digest_at(self, path: Path) -> str | None:
        """The digest of the module's text (``imports.digest``), read once per run; from the
        disk, not read at all while the file's modification time and size are those a previous
        run saw when it read it (as mypy's cache and Ruff's go by)."""
        if path in self._digests:
            return self._digests[path]
        if self._read is not read_from_disk:  # buffers or a revision: no times to go by
            found = self._digests[path] = digest(self._read(path))
            return found
        status = _status(str(path))
        kept = self._stamps.get(str(path))
        if status is not None and kept is not None and kept[:2] == status:
            found = kept[2]
        else:
            found = digest(self._read(path))
            self.stamp(path, found)
        self._digests[path] = found
        return found

    def stamped(self, location: str) -> str | None:
        """The digest of the file at ``location`` while its modification time and size are
        those a previous run saw, without a ``Path`` made of it (a warm run asks this of every
        file the previous one read); None when only reading it can tell (``digest_at``)."""
        if self._read is not read_from_disk:
            return None
        kept = self._stamps.get(location)
        return kept[2] if kept is not None and kept[:2] == _status(location) else None

    def stamp(self, path: Path, text_digest: str | None) -> None:
        """Keep the file's time and size with the digest of what was read of it this run. Not
        for a file modified shortly before the run started or since (as git's index does with
        its racily clean entries): it may have changed after it was read, within what a file
        system with coarse times records as the same time; the next run reads it again."""
        if self._read is not read_from_disk or text_digest is None:
            return
        location = str(path)
        status = _status(location)
        if status is None or status[0] >= self._started - _RACY:
            return
        if self._stamps.get(location) != (*status, text_digest):
            self._stamps[location] = (*status, text_digest)
            self._changed = True

    def text_digest(self, path: Path, text: str) -> str | None:
        """``digest(text)`` of the file at ``path``, worked out once however often asked (for
        its result, and for the screen's decision)."""
        found = self._text_digests.get(path)
        if found is None or found[0] is not text:
            found = self._text_digests[path] = (text, digest(text))
        return found[1]

    def _key(self, path: Path, text: str, settings: Settings) -> str:
        return f"{path}\0{self.text_digest(path, text)}\0{settings.fingerprint()}"

    def _name(self, path: Path) -> tuple[str, Path]:
        if path not in self._names:
            self._names[path] = self._packages.module(path)
        return self._names[path]


def _status(location: str) -> tuple[int, int] | None:
    """The file's modification time (ns) and size, or None if it cannot be looked at."""
    try:
        status = os.stat(location)
    except OSError:
        return None
    return status.st_mtime_ns, status.st_size


def _code_fingerprint() -> str:
    """siglint's version and the size and time of each of its files."""
    package = Path(__file__).parent
    stamps = [__version__]
    for folder, _, names in sorted(os.walk(package)):
        for name in sorted(names):
            if name.endswith((".py", ".json")):
                status = os.stat(os.path.join(folder, name))
                stamps.append(f"{folder}/{name}:{status.st_size}:{status.st_mtime_ns}")
    import hashlib  # here: a run without a cache never hashes (3 ms of start-up)

    return hashlib.blake2b("\n".join(stamps).encode(), digest_size=16).hexdigest()


def _encode(diagnostic: Diagnostic) -> list:
    fix = diagnostic.fix
    return [
        diagnostic.code,
        diagnostic.name,
        diagnostic.severity.value,
        diagnostic.message,
        _range(diagnostic.range),
        None
        if fix is None
        else [
            fix.title,
            fix.applicability.value,
            [[_range(edit.range), edit.content] for edit in fix.edits],
        ],
        [[str(r.path), _range(r.range), r.message] for r in diagnostic.related],
    ]


def _diagnostic(data: list) -> Diagnostic:
    code, name, severity, message, where, fix, related = data
    return Diagnostic(
        code,
        name,
        Severity(severity),
        message,
        Range(*where),
        None
        if fix is None
        else Fix(
            fix[0],
            Applicability(fix[1]),
            tuple(Edit(Range(*r), content) for r, content in fix[2]),
        ),
        tuple(Related(Path(path), Range(*r), text) for path, r, text in related),
    )


def _range(where: Range) -> list[int]:
    return [where.line, where.column, where.end_line, where.end_column]
