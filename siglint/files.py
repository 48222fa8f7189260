"""Which files a run checks: the paths given, with folders searched for ``.py`` and ``.pyi`` files
and Jupyter notebooks (``.ipynb``).

A search skips what ``exclude``/``extend-exclude`` name and, with ``respect-gitignore``, what the
``.gitignore`` files of the searched folders and of their parents up to the repository root (and
the repository's ``.git/info/exclude``) leave out. As in Ruff, a path named explicitly is checked
whatever its name, unless ``force_exclude`` (which pre-commit needs, since it names every file).
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from siglint.config.options import ConfigError
from siglint.config.paths import absolute, shown
from siglint.config.patterns import PatternList
from siglint.config.resolver import SettingsResolver
from siglint.config.settings import Settings
from siglint.sources import SOURCE_SUFFIXES

OnError = Callable[[str, OSError], None]
OnBrokenConfig = Callable[[Path, ConfigError], None]


def iter_python_files(
    paths: Sequence[str],
    resolver: SettingsResolver,
    *,
    force_exclude: bool = False,
    on_error: OnError | None = None,
    on_broken_config: OnBrokenConfig | None = None,
) -> Iterator[tuple[str, Path]]:
    """Yield ``(name to display, absolute path)`` for each file to check, sorted by path.

    A path that does not exist or is no regular file, or a folder that cannot be read, is passed
    with its error to ``on_error`` (the path as given, or as displayed); without it the error is
    raised. A folder met in a search whose own configuration file is broken is not searched: it
    goes with the error to ``on_broken_config`` (or the error is raised), and the rest is.
    """
    report = on_error or _raise
    search = _Search(resolver, report, on_broken_config or _raise_config_error)
    found: set[str] = set()
    for given in paths:
        path = absolute(Path(given))
        if not os.path.lexists(path):
            report(given, FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), given))
        elif force_exclude and search.skips_with_folders(path):
            continue
        elif path.is_dir():
            found.update(search.walk(str(path), str(path)))
        elif _readable_file(path, given, report):
            found.add(str(path))
    # In the order of ``Path``s: by the names along the path.
    for path in sorted(found, key=lambda p: os.path.normcase(p).split(os.sep)):
        yield shown(path), Path(path)


def _readable_file(path: Path, given: str, report: OnError) -> bool:
    """Whether ``path`` is a regular file (through its links); else ``report`` why not.

    A FIFO or a device would block the read or never end; a symlink loop cannot be followed.
    """
    try:
        mode = path.stat().st_mode
    except OSError as error:
        report(given, error)
        return False
    if stat.S_ISREG(mode):
        return True
    if stat.S_ISDIR(mode):  # a link to a folder, met in a search: links are not followed
        return False
    report(given, OSError(errno.EINVAL, f"not a regular file ({_kind(mode)})", given))
    return False


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "neither a file nor a folder"


def _raise(_: str, error: OSError) -> None:
    raise error


def _raise_config_error(_: Path, error: ConfigError) -> None:
    raise error


class _Search:
    def __init__(self, resolver: SettingsResolver, report: OnError, broken: OnBrokenConfig) -> None:
        self._resolver = resolver
        self._report = report
        self._broken = broken
        self._gitignores = _GitIgnores()

    def walk(self, folder: str, start: str) -> Iterator[str]:
        """The Python files below ``folder``, met in a search from ``start`` (never judged itself).

        Outside a repository, only the ignore files from ``start`` down apply. Paths are strings
        here, spelt as ``absolute`` spells them: a search meets every file of a tree.
        """
        top = self._gitignores.repository(folder) or start
        folder_path = Path(folder)
        error = self._resolver.broken_config(folder_path) if folder != start else None
        if error is not None:  # like one unreadable file: the rest of the tree is searched
            self._broken(folder_path, error)
            return
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda e: e.name)
        except OSError as error:
            self._report(shown(folder), error)
            return
        # Everything in a folder is judged by the folder's settings.
        settings = self._resolver.folder_settings(folder_path)
        for entry in entries:
            # Symbolic links to folders are not followed, which keeps the search finite.
            is_dir = entry.is_dir(follow_symlinks=False)
            if not is_dir and not entry.name.endswith(SOURCE_SUFFIXES):
                continue
            path = os.path.join(folder, entry.name)
            if self._skips(path, settings, is_dir=is_dir, top=top):
                continue
            if is_dir:
                yield from self.walk(path, start)
            # A plain file is answered from the folder listing; a link or anything else goes through
            # stat, which says why it is no file (a loop, a dangling link, a FIFO).
            elif entry.is_file(follow_symlinks=False) or _readable_file(
                Path(path), shown(path), self._report
            ):
                yield path

    def _skips(self, path: str, settings: Settings, *, is_dir: bool, top: str) -> bool:
        """Whether the path itself is excluded or git-ignored (``.gitignore`` files up to ``top``)."""
        return settings.excludes(path, is_dir=is_dir) or (
            settings.respect_gitignore and self._gitignores.ignores(path, is_dir=is_dir, top=top)
        )

    def skips_with_folders(self, path: Path) -> bool:
        """Whether a search from the repository root (or the path's folder) would skip ``path``."""
        if self._resolver.is_excluded(path):
            return True
        top = Path(self._gitignores.repository(str(path.parent)) or path.parent)
        candidates = [(path, path.is_dir())]
        candidates += [(f, True) for f in path.parents if f != top and f.is_relative_to(top)]
        return any(
            self._resolver.settings_for(p).respect_gitignore
            and self._gitignores.ignores(str(p), is_dir=d, top=str(top))
            for p, d in candidates
        )


class _GitIgnores:
    """The ignore files of each folder, each read once, and the repository above each folder."""

    def __init__(self) -> None:
        self._lists: dict[str, tuple[PatternList, ...]] = {}
        self._lists_up_to: dict[tuple[str, str], tuple[PatternList, ...]] = {}
        self._repositories: dict[str, str | None] = {}

    def ignores(self, path: str, *, is_dir: bool, top: str) -> bool:
        """Whether the ignore files of ``path``'s folders, up to ``top``, ignore the path itself.

        The nearest file that has a say decides, as in git.
        """
        for patterns in self._up_to(os.path.dirname(path), top):
            decision = patterns.decide(path, is_dir=is_dir)
            if decision is not None:
                return decision
        return False

    def repository(self, folder: str) -> str | None:
        """The root of the git repository containing ``folder``, if any."""
        if folder not in self._repositories:
            if os.path.exists(os.path.join(folder, ".git")):
                self._repositories[folder] = folder
            else:
                parent = os.path.dirname(folder)
                self._repositories[folder] = None if parent == folder else self.repository(parent)
        return self._repositories[folder]

    def _up_to(self, folder: str, top: str) -> tuple[PatternList, ...]:
        """The ignore files read in ``folder`` and its parents up to ``top`` (or the root), the
        nearest first: the same for everything in ``folder``."""
        key = (folder, top)
        found = self._lists_up_to.get(key)
        if found is None:
            parent = os.path.dirname(folder)
            above = () if folder == top or parent == folder else self._up_to(parent, top)
            found = self._lists_up_to[key] = self._lists_in(folder) + above
        return found

    def _lists_in(self, folder: str) -> tuple[PatternList, ...]:
        """The ignore files read in ``folder``, the one with precedence first."""
        if folder not in self._lists:
            files = [
                os.path.join(folder, ".gitignore"),
                os.path.join(folder, ".git", "info", "exclude"),
            ]
            self._lists[folder] = tuple(
                PatternList.parse(Path(folder), lines) for lines in map(_read_lines, files) if lines
            )
        return self._lists[folder]


def _read_lines(path: str) -> list[str]:
    try:
        with open(path, encoding="utf-8", errors="replace") as stream:
            return stream.read().splitlines()
    except OSError:  # absent or unreadable: nothing to ignore
        return []
