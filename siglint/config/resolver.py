"""``SettingsResolver``: the settings of any file, from the closest configuration above it.

The command line and the language server both ask this resolver, so the editor and CI never
disagree. As in Ruff, the closest configuration wins and configurations do not merge: a
``siglint.toml``, or a ``pyproject.toml`` with a ``[tool.siglint]`` table (``siglint.toml`` first
in the same folder), searched from the file's folder upwards. Overrides (command-line flags or
editor settings) are layered on top of whichever file applies.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from siglint.config.options import (
    OVERRIDES,
    ConfigError,
    Options,
    Source,
    expected,
    layer,
    parse_options,
)
from siglint.config.paths import absolute, shown
from siglint.config.patterns import PatternList
from siglint.config.python_version import (
    DEFAULT_TARGET_VERSION,
    from_requires_python,
    is_specifier,
)
from siglint.config.settings import PerFileIgnores, Settings

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

CONFIG_NAMES = ("siglint.toml", "pyproject.toml")  # in order of precedence within a folder


@dataclass(frozen=True, slots=True)
class _Config:
    path: Path
    options: Options


class SettingsResolver:
    """Resolves and caches, per folder, the settings that apply to the files in it.

    ``config_file`` forces one configuration for every file; its globs stay relative to its own
    folder (not, as in Ruff, to the working directory), so that an editor and a terminal started
    elsewhere agree. ``root`` is where globs are relative to when no configuration applies (the
    working directory by default). ``warn`` receives what is wrong but does not stop the check
    (an invalid ``requires-python``), once per file.
    """

    def __init__(
        self,
        overrides: Mapping[str, Any] | None = None,
        *,
        config_file: Path | None = None,
        root: Path | None = None,
        warn: Callable[[str], None] | None = None,
    ) -> None:
        self._warn = warn or _warn_on_stderr
        self._overrides = parse_options(overrides or {}, OVERRIDES)
        self._root = absolute(root or Path.cwd())
        self._forced = None if config_file is None else _read(absolute(config_file), forced=True)
        self._configs: dict[Path, _Config | None] = {}
        # The configuration file of each folder looked in: read once, even when it is broken.
        self._found: dict[Path, _Config | ConfigError | None] = {}
        self._folders: dict[Path, tuple[Settings, PerFileIgnores]] = {}
        # By configuration: what it gives, and the settings built of it (and a target version).
        self._given: dict[int, tuple[_Config | None, dict[str, Any]]] = {}
        self._built: dict[tuple[int, str | None], tuple[Settings, PerFileIgnores]] = {}
        self._projects: dict[Path, object] = {}  # folder -> requires-python that applies there

    def settings_for(self, path: Path) -> Settings:
        """The settings for the file (or folder) ``path``, found from the folder containing it."""
        path = absolute(path)
        settings, per_file_ignores = self._folder_settings(path.parent)
        matched = tuple(
            (glob, selection)
            for glob, selection in per_file_ignores
            if PatternList.parse(settings.root, [glob]).covers(path, is_dir=False)
        )
        return replace(settings, per_file_ignores=matched) if matched else settings

    def folder_settings(self, folder: Path) -> Settings:
        """The settings for everything directly in ``folder``, ``per-file-ignores`` aside (what
        a search decides from)."""
        return self._folder_settings(absolute(folder))[0]

    def is_excluded(self, path: Path) -> bool:
        """Whether ``exclude``/``extend-exclude`` skip this path or one of its folders.

        Each folder is judged by the configuration that governs it, up to the topmost one, so an
        editor opening a single file agrees with a walk of the whole project.
        """
        path = absolute(path)
        is_dir = path.is_dir()
        for candidate in (path, *path.parents):
            settings = self.settings_for(candidate)
            inside = candidate != settings.root and candidate.is_relative_to(settings.root)
            if candidate != path and not inside:
                return False
            if settings.excludes(candidate, is_dir=is_dir or candidate != path):
                return True
        return False

    def broken_config(self, folder: Path) -> ConfigError | None:
        """Why the configuration file in ``folder`` itself cannot be used; ``None`` when it can,
        when there is none, or when ``config_file`` overrides it."""
        if self._forced is not None:
            return None
        try:
            self._in_folder(absolute(folder))
        except ConfigError as error:
            return error
        return None

    def _folder_settings(self, folder: Path) -> tuple[Settings, PerFileIgnores]:
        cached = self._folders.get(folder)
        if cached is None:
            config = self._config_for(folder)
            given = self._given.get(id(config))
            if given is None:  # kept with its configuration, whose ``id`` is the key
                options = layer(Options() if config is None else config.options, self._overrides)
                given = self._given[id(config)] = (config, options.given())
            values = given[1]
            inferred = None
            if "target_version" not in values:
                inferred = from_requires_python(self._requires_python(folder))
            # The folders of one configuration (and one ``requires-python``) share one object.
            cached = self._built.get((id(config), inferred))
            if cached is None:
                values = dict(values)  # the configuration's own stays as it gave it
                if inferred is not None:
                    values["target_version"] = inferred
                per_file_ignores = values.pop("per_file_ignores", ())
                settings = Settings(
                    **values,
                    config_path=None if config is None else config.path,
                    root=self._root if config is None else config.path.parent,
                )
                cached = self._built[(id(config), inferred)] = (settings, per_file_ignores)
            self._folders[folder] = cached
        return cached

    def _config_for(self, folder: Path) -> _Config | None:
        if self._forced is not None:
            return self._forced
        trail = []
        current = folder
        while current not in self._configs:
            trail.append(current)
            config = self._in_folder(current)
            if config is not None or current.parent == current:
                self._configs[current] = config
                break
            current = current.parent
        found = self._configs[current]
        for visited in trail:
            self._configs[visited] = found
        return found

    def _requires_python(self, folder: Path) -> object:
        """``[project] requires-python`` of the closest ``pyproject.toml`` (Ruff's fallback for
        ``target-version``); ``None`` without one, or when it cannot be read (the configuration
        search reports a broken file)."""
        if folder not in self._projects:
            candidate = folder / "pyproject.toml"
            if candidate.is_file():
                try:
                    data = tomllib.loads(candidate.read_text(encoding="utf-8"))
                except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                    data = {}
                project = data.get("project")
                found = project.get("requires-python") if isinstance(project, dict) else None
                if found is not None and not is_specifier(found):
                    value = f'"{found}"' if isinstance(found, str) else repr(found)
                    self._warn(
                        f"{shown(candidate)}: requires-python = {value} is not a PEP 440 version "
                        f"specifier; target-version falls back to {DEFAULT_TARGET_VERSION}"
                    )
            elif folder.parent == folder:
                found = None
            else:
                found = self._requires_python(folder.parent)
            self._projects[folder] = found
        return self._projects[folder]

    def _in_folder(self, folder: Path) -> _Config | None:
        """The configuration file in ``folder``, if any; raises its ``ConfigError`` each time."""
        if folder not in self._found:
            try:
                self._found[folder] = _find_in(folder)
            except ConfigError as error:
                self._found[folder] = error
        found = self._found[folder]
        if isinstance(found, ConfigError):
            raise found
        return found


def _warn_on_stderr(message: str) -> None:
    print(f"siglint: warning: {message}", file=sys.stderr)


def _find_in(folder: Path) -> _Config | None:
    for name in CONFIG_NAMES:
        candidate = folder / name
        if candidate.is_file():
            config = _read(candidate, forced=False)
            if config is not None:
                return config
    return None


def _read(path: Path, *, forced: bool) -> _Config | None:
    """The configuration in ``path``; ``None`` for a ``pyproject.toml`` that has none, unless
    ``forced`` (a file the user named), where it means the defaults."""
    where = shown(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"{where}: cannot read: {error.strerror}", path) from error
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{where}: invalid TOML: {error}", path) from error
    if path.name != "pyproject.toml":
        return _Config(path, parse_options(data, Source(f"{where}: ", path)))
    tool = data.get("tool")
    table = tool.get("siglint") if isinstance(tool, dict) else None
    if table is None:
        return _Config(path, Options()) if forced else None
    if not isinstance(table, dict):
        raise Source(f"{where}: ", path).error("[tool.siglint]", expected("a table", table))
    return _Config(path, parse_options(table, Source(f"{where}: [tool.siglint] ", path)))
