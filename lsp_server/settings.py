"""The editor's ``siglint`` settings: what the server does, and the overrides for the resolver.

They arrive as ``initializationOptions.settings`` and as the ``siglint`` section of
``workspace/configuration``, in the editor's camelCase (``extendSelect``). Rule selection keys
are layered on ``[tool.siglint]`` exactly as the command line's flags are. Keys only the editor
extension reads (``interpreter``, ``trace``) are ignored here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from siglint.config import ConfigError, SettingsResolver

# Editor key -> [tool.siglint] key, for the settings that override the configuration file.
_OVERRIDES = {
    "select": "select",
    "extendSelect": "extend-select",
    "ignore": "ignore",
    "severity": "severity",
    "targetMlflowVersion": "target-mlflow-version",
    "unsafeFixes": "unsafe-fixes",
}
DEFAULT_DEBOUNCE_MS = 200


@dataclass(frozen=True, slots=True)
class EditorSettings:
    enable: bool = True
    overrides: Mapping[str, Any] = field(default_factory=dict)
    config_file: Path | None = None  # ``configuration``: one file for every document
    debounce_ms: int = DEFAULT_DEBOUNCE_MS
    fix_all: bool = True  # offer ``source.fixAll.siglint``

    def resolver(self) -> SettingsResolver:
        """A fresh resolver: configuration files are read again, so their edits apply."""
        return SettingsResolver(self.overrides, config_file=self.config_file)


def merge(*layers: Any) -> dict[str, Any]:
    """Later layers win key by key; ``None`` values and non-tables say nothing."""
    merged: dict[str, Any] = {}
    for layer in layers:
        if isinstance(layer, Mapping):
            merged.update({k: v for k, v in layer.items() if v is not None})
    return merged


def parse(raw: Mapping[str, Any], root: Path) -> tuple[EditorSettings, list[str]]:
    """The settings in ``raw``, and a message for each value that had to be ignored.

    A relative ``configuration`` path is relative to ``root``, the first workspace folder.
    """
    problems: list[str] = []

    def typed(key: str, kind: type, default: Any) -> Any:
        value = raw.get(key, default)
        # bool is an int: a debounce of `true` is a mistake, not 1 ms.
        if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
            return value
        problems.append(f"siglint.{key}: expected {_name(kind)}, got {value!r}; ignored")
        return default

    overrides = {
        toml_key: raw[key] for key, toml_key in _OVERRIDES.items() if raw.get(key) is not None
    }
    try:
        SettingsResolver(overrides)  # validates them, with the resolver's own messages
    except ConfigError as error:
        problems.append(f"{error}; the editor's rule settings are ignored")
        overrides = {}
    configuration = typed("configuration", str, "")
    settings = EditorSettings(
        enable=typed("enable", bool, True),
        overrides=overrides,
        config_file=root / Path(configuration).expanduser() if configuration else None,
        debounce_ms=max(typed("debounce", int, DEFAULT_DEBOUNCE_MS), 0),
        fix_all=typed("fixAll", bool, True),
    )
    return settings, problems


def _name(kind: type) -> str:
    return {bool: "true or false", int: "a number of milliseconds", str: "a path"}[kind]
