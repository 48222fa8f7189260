"""Which files a run checks: the paths given, with folders searched for ``.py`` and ``.pyi`` files.

A search skips what ``exclude``/``extend-exclude`` name and, with ``respect-gitignore``, what the
``.gitignore`` files of the searched folders and of their parents up to the repository root (and
the repository's ``.git/info/exclude``) leave out. As in Ruff, a path named explicitly is checked
whatever its name, unless ``force_exclude`` (which pre-commit needs, since it names every file).
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from siglint.config.paths import absolute, shown
from siglint.config.patterns import PatternList
from siglint.config.resolver import SettingsResolver

PYTHON_SUFFIXES = (".py", ".pyi")

OnError = Callable[[str, OSError], None]


def iter_python_files(
    paths: Sequence[str],
    resolver: SettingsResolver,
    *,
    force_exclude: bool = False,
    on_error: OnError | None = None,
) -> Iterator[tuple[str, Path]]:
    """Yield ``(name to display, absolute path)`` for each file to check, sorted by path.

    A path that does not exist, or a folder that cannot be read, is passed with its error to
    ``on_error`` (the path as given, or the folder as displayed); without it the error is raised.
    """
    report = on_error or _raise
    search = _Search(resolver, report)
    found: set[Path] = set()
    for given in paths:
        path = absolute(Path(given))
        if not path.exists():
            report(given, FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), given))
        elif force_exclude and search.skips_with_folders(path):
            continue
        elif path.is_dir():
            found.update(search.walk(path, path))
        else:
            found.add(path)
    for path in sorted(found):
        yield shown(path), path


def _raise(_: str, error: OSError) -> None:
    raise error


class _Search:
    def __init__(self, resolver: SettingsResolver, report: OnError) -> None:
        self._resolver = resolver
        self._report = report
        self._gitignores = _GitIgnores()

    def walk(self, folder: Path, start: Path) -> Iterator[Path]:
        """The Python files below ``folder``, met in a search from ``start`` (never judged itself).

        Outside a repository, only the ignore files from ``start`` down apply.
        """
        top = self._gitignores.repository(folder) or start
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda e: e.name)
        except OSError as error:
            self._report(shown(folder), error)
            return
        for entry in entries:
            path = folder / entry.name
            # Symbolic links to folders are not followed, which keeps the search finite.
            is_dir = entry.is_dir(follow_symlinks=False)
            if not is_dir and not (entry.name.endswith(PYTHON_SUFFIXES) and entry.is_file()):
                continue
            if self.skips(path, is_dir=is_dir, top=top):
                continue
            if is_dir:
                yield from self.walk(path, start)
            else:
                yield path

    def skips(self, path: Path, *, is_dir: bool, top: Path) -> bool:
        """Whether the path itself is excluded or git-ignored (``.gitignore`` files up to ``top``)."""
        settings = self._resolver.settings_for(path)
        return settings.excludes(path, is_dir=is_dir) or (
            settings.respect_gitignore and self._gitignores.ignores(path, is_dir=is_dir, top=top)
        )

    def skips_with_folders(self, path: Path) -> bool:
        """Whether a search from the repository root (or the path's folder) would skip ``path``."""
        if self._resolver.is_excluded(path):
            return True
        top = self._gitignores.repository(path.parent) or path.parent
        candidates = [(path, path.is_dir())]
        candidates += [(f, True) for f in path.parents if f != top and f.is_relative_to(top)]
        return any(
            self._resolver.settings_for(p).respect_gitignore
            and self._gitignores.ignores(p, is_dir=d, top=top)
            for p, d in candidates
        )


class _GitIgnores:
    """The ignore files of each folder, each read once, and the repository above each folder."""

    def __init__(self) -> None:
        self._lists: dict[Path, tuple[PatternList, ...]] = {}
        self._repositories: dict[Path, Path | None] = {}

    def ignores(self, path: Path, *, is_dir: bool, top: Path) -> bool:
        """Whether the ignore files of ``path``'s folders, up to ``top``, ignore the path itself.

        The nearest file that has a say decides, as in git.
        """
        for folder in path.parents:
            for patterns in self._lists_in(folder):
                decision = patterns.decide(path, is_dir=is_dir)
                if decision is not None:
                    return decision
            if folder == top:
                break
        return False

    def repository(self, folder: Path) -> Path | None:
        """The root of the git repository containing ``folder``, if any."""
        if folder not in self._repositories:
            if (folder / ".git").exists():
                self._repositories[folder] = folder
            else:
                parent = folder.parent
                self._repositories[folder] = None if parent == folder else self.repository(parent)
        return self._repositories[folder]

    def _lists_in(self, folder: Path) -> tuple[PatternList, ...]:
        """The ignore files read in ``folder``, the one with precedence first."""
        if folder not in self._lists:
            files = [folder / ".gitignore", folder / ".git" / "info" / "exclude"]
            self._lists[folder] = tuple(
                PatternList.parse(folder, lines) for lines in map(_read_lines, files) if lines
            )
        return self._lists[folder]


def _read_lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:  # absent or unreadable: nothing to ignore
        return []
