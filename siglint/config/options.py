"""The configuration keys, how each is validated, and how the overrides layer on a config file.

The same keys (with dashes, as in TOML) come from ``[tool.siglint]`` in ``pyproject.toml``, from
the top level of ``siglint.toml`` and from the overrides the command line or the editor passes.

Layering the overrides on a file: a list or a value replaces the file's; ``extend-select`` and
``extend-exclude`` add to it; the ``per-file-ignores`` and ``severity`` tables are merged, the
override winning for the same key. As a ``--select`` does in Ruff, a ``select`` override starts
the selection afresh: the file's ``extend-select`` and ``ignore`` no longer apply.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from siglint.config import selectors
from siglint.config.patterns import glob_problem
from siglint.config.python_version import PYTHON_VERSIONS
from siglint.config.settings import PerFileIgnores, SeverityOverrides
from siglint.diagnostics import Severity
from siglint.mlflow_releases import unknown_release

_VERSION = re.compile(r"[0-9]+(?:\.[0-9]+)*")
_LEVELS = ", ".join(f'"{s.value}"' for s in Severity)

Table = tuple[tuple[str, Any], ...]


class ConfigError(Exception):
    """An invalid configuration; the message names the file, the key and what was expected."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


@dataclass(frozen=True, slots=True)
class Source:
    """Where options come from, as error messages name it."""

    label: str  # "pyproject.toml: [tool.siglint] ", "siglint.toml: ", ...
    path: Path | None = None

    def error(self, key: str, problem: str) -> ConfigError:
        return ConfigError(f"{self.label}{key}: {problem}", self.path)


OVERRIDES = Source("settings overrides: ")


@dataclass(frozen=True, slots=True)
class Options:
    """What one source says; ``None`` where it says nothing. Names match ``Settings`` fields."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    per_file_ignores: PerFileIgnores | None = None
    exclude: tuple[str, ...] | None = None
    extend_exclude: tuple[str, ...] | None = None
    severity: SeverityOverrides | None = None
    target_mlflow_version: str | None = None
    target_version: str | None = None
    unsafe_fixes: bool | None = None
    respect_gitignore: bool | None = None
    fail_on: Severity | None = None
    diff_base: str | None = None

    def given(self) -> dict[str, Any]:
        """The options this source sets, by field name."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        return {name: value for name, value in values.items() if value is not None}


def parse_options(table: Mapping[str, Any], source: Source) -> Options:
    values: dict[str, Any] = {}
    for key, value in table.items():
        parse = _PARSERS.get(key)
        if parse is None:
            raise source.error(key, _unknown_key(key))
        values[key.replace("-", "_")] = parse(value, key, source)
    return Options(**values)


def layer(base: Options, top: Options) -> Options:
    """``top`` (the overrides) on ``base`` (a config file), as the module docstring says."""
    merged = replace(base, **top.given())
    if top.select is None:
        merged = replace(
            merged,
            extend_select=_concat(base.extend_select, top.extend_select),
            ignore=_concat(base.ignore, top.ignore),
        )
    else:
        merged = replace(merged, extend_select=top.extend_select, ignore=top.ignore)
    return replace(
        merged,
        extend_exclude=_concat(base.extend_exclude, top.extend_exclude),
        per_file_ignores=_merge(base.per_file_ignores, top.per_file_ignores),
        severity=_merge(base.severity, top.severity),
    )


def _concat(
    first: tuple[str, ...] | None, second: tuple[str, ...] | None
) -> tuple[str, ...] | None:
    if first is None or second is None:
        return first if second is None else second
    return first + second


def _merge(first: Table | None, second: Table | None) -> Table | None:
    if first is None or second is None:
        return first if second is None else second
    return tuple({**dict(first), **dict(second)}.items())


def _unknown_key(key: str) -> str:
    import difflib  # here: only a misspelt key needs it

    close = difflib.get_close_matches(key, _PARSERS, n=1)
    if close:
        return f'unknown key, did you mean "{close[0]}"?'
    return f"unknown key, expected one of: {', '.join(_PARSERS)}"


def expected(what: str, value: Any) -> str:
    return f"expected {what}, got {json.dumps(value, default=str, ensure_ascii=False)}"


def _selectors(value: Any, key: str, source: Source) -> tuple[str, ...]:
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise source.error(key, expected("a list of rule codes, prefixes or names", value))
    for selector in value:
        _check_selector(selector, key, source)
    return tuple(value)


def _check_selector(selector: str, key: str, source: Source) -> None:
    if selectors.is_known(selector):
        return
    problem = (
        f"unknown rule selector {json.dumps(selector)}, "
        "expected a rule code (SIG101), a code prefix (SIG1) or a rule name"
    )
    close = selectors.closest(selector)
    raise source.error(key, f'{problem}; did you mean "{close}"?' if close else problem)


def _globs(value: Any, key: str, source: Source) -> tuple[str, ...]:
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise source.error(key, expected("a list of glob patterns", value))
    _check_globs(value, key, source)
    return tuple(value)


def _check_globs(globs: Iterable[str], key: str, source: Source) -> None:
    """A glob that can never match (``[z-a]``) is a mistake the user must see."""
    for glob in globs:
        problem = glob_problem(glob)
        if problem is not None:
            raise source.error(key, f"invalid glob pattern {json.dumps(glob)}: {problem}")


def _per_file_ignores(value: Any, key: str, source: Source) -> PerFileIgnores:
    if not isinstance(value, Mapping):
        raise source.error(
            key, expected("a table of glob patterns to lists of rule selectors", value)
        )
    _check_globs(value, key, source)
    return tuple(
        (glob, _selectors(selection, f"{key}.{json.dumps(glob)}", source))
        for glob, selection in value.items()
    )


def _severities(value: Any, key: str, source: Source) -> SeverityOverrides:
    if not isinstance(value, Mapping):
        raise source.error(key, expected(f"a table of rule selectors to {_LEVELS}", value))
    table = []
    for selector, level in value.items():
        where = f"{key}.{json.dumps(selector)}"
        _check_selector(selector, where, source)
        table.append((selector, _level(level, where, source)))
    return tuple(table)


def _level(value: Any, key: str, source: Source) -> Severity:
    if value not in {s.value for s in Severity}:
        raise source.error(key, expected(f"one of {_LEVELS}", value))
    return Severity(value)


def _version(value: Any, key: str, source: Source) -> str:
    if not isinstance(value, str) or not _VERSION.fullmatch(value):
        raise source.error(key, expected('an MLflow version such as "3.18.0"', value))
    problem = unknown_release(value)
    if problem is not None:
        raise source.error(key, problem)
    return value


def _revision(value: Any, key: str, source: Source) -> str:
    if not isinstance(value, str) or not value.strip() or value.startswith("-"):
        raise source.error(key, expected('a git revision such as "origin/main"', value))
    return value


def _python_version(value: Any, key: str, source: Source) -> str:
    if value not in PYTHON_VERSIONS:
        raise source.error(key, expected(f"one of {', '.join(PYTHON_VERSIONS)}", value))
    return value


def _boolean(value: Any, key: str, source: Source) -> bool:
    if not isinstance(value, bool):
        raise source.error(key, expected("true or false", value))
    return value


_PARSERS: dict[str, Callable[[Any, str, Source], Any]] = {
    "select": _selectors,
    "extend-select": _selectors,
    "ignore": _selectors,
    "per-file-ignores": _per_file_ignores,
    "exclude": _globs,
    "extend-exclude": _globs,
    "severity": _severities,
    "target-mlflow-version": _version,
    "target-version": _python_version,
    "unsafe-fixes": _boolean,
    "respect-gitignore": _boolean,
    "fail-on": _level,
    "diff-base": _revision,
}
