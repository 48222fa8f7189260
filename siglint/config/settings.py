"""``Settings``: the configuration resolved for one file, and what it reports there.

``fail-on`` is the exit policy of ``siglint check``: a finding at that severity or above fails
the run (exit code 1); below it, the finding is reported and the run still passes. The default,
``warning``, is the common linters' (ESLint's, Pylint's): ``info`` findings are advice.

Selection follows Ruff: among ``select``/``extend-select`` and ``ignore``, the most specific
selector that picks a rule wins (``ignore`` on a tie); ``per-file-ignores`` then remove rules
whatever was selected. A rule that only applies from an MLflow version newer than
``target-mlflow-version`` is off.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from siglint.config import selectors
from siglint.config.patterns import PatternList
from siglint.config.python_version import DEFAULT_TARGET_VERSION, python_version
from siglint.diagnostics import Severity
from siglint.mlflow_releases import version_key

# The newest release siglint knows (siglint.mlflow_releases; a test keeps them equal).
DEFAULT_TARGET_MLFLOW_VERSION = "3.18.0"
_RANKS = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}

PerFileIgnores = tuple[tuple[str, tuple[str, ...]], ...]  # glob → selectors, in file order
SeverityOverrides = tuple[tuple[str, Severity], ...]  # selector → level, in file order

# Ruff's default excludes, plus siglint's own cache.
DEFAULT_EXCLUDE = (
    ".bzr",
    ".direnv",
    ".eggs",
    ".git",
    ".git-rewrite",
    ".hg",
    ".ipynb_checkpoints",
    ".mypy_cache",
    ".nox",
    ".pants.d",
    ".pyenv",
    ".pytest_cache",
    ".pytype",
    ".ruff_cache",
    ".siglint_cache",
    ".svn",
    ".tox",
    ".venv",
    ".vscode",
    "__pypackages__",
    "_build",
    "buck-out",
    "build",
    "dist",
    "node_modules",
    "site-packages",
    "venv",
)


@dataclass(frozen=True, slots=True)
class Settings:
    """Settings for one file; globs are relative to ``root``, the configuration's folder."""

    select: tuple[str, ...] = ("SIG",)
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    # Only the entries whose glob matches this file.
    per_file_ignores: PerFileIgnores = ()
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    extend_exclude: tuple[str, ...] = ()
    severity: SeverityOverrides = ()
    target_mlflow_version: str = DEFAULT_TARGET_MLFLOW_VERSION
    target_version: str = DEFAULT_TARGET_VERSION
    unsafe_fixes: bool = False
    respect_gitignore: bool = True
    fail_on: Severity = Severity.WARNING
    diff_base: str | None = None  # the revision a bare ``siglint diff`` compares with
    config_path: Path | None = None
    root: Path = field(default_factory=Path.cwd)

    @property
    def python_version(self) -> tuple[int, int]:
        """The Python the checked code runs on, as ``(3, minor)``."""
        return python_version(self.target_version)

    @property
    def file_ignores(self) -> tuple[str, ...]:
        """The selectors ``per-file-ignores`` switch off for this file."""
        return tuple(s for _, selection in self.per_file_ignores for s in selection)

    def enabled(self, code: str) -> bool:
        """Whether findings ``code`` are reported in this file (see the module docstring)."""
        if selectors.most_specific(self.file_ignores, code) is not None:
            return False
        chosen = selectors.most_specific(self.select + self.extend_select, code)
        dropped = selectors.most_specific(self.ignore, code)
        if chosen is None or (dropped is not None and dropped >= chosen):
            return False
        spec = selectors.rule_coded(code)
        return (
            spec is None
            or spec.min_mlflow is None
            or version_key(spec.min_mlflow) <= version_key(self.target_mlflow_version)
        )

    def severity_for(self, code: str, default: Severity) -> Severity:
        """The ``severity`` override of the most specific selector that picks ``code``."""
        best, level = None, default
        for selector, override in self.severity:
            rank = selectors.specificity(selector, code)
            if rank is not None and (best is None or rank >= best):
                best, level = rank, override
        return level

    def fails(self, severity: Severity) -> bool:
        """Whether a finding of ``severity`` fails ``siglint check`` (see the module docstring)."""
        return _RANKS[severity] >= _RANKS[self.fail_on]

    def excludes(self, path: Path | str, *, is_dir: bool) -> bool:
        """Whether ``exclude``/``extend-exclude`` name this path itself (its folders aside)."""
        patterns = PatternList.parse(self.root, self.exclude + self.extend_exclude)
        return patterns.decide(path, is_dir=is_dir) is True

    def fingerprint(self) -> str:
        """A stable hash of everything here, to key a cache of results (worked out once for
        equal settings: a run asks it of every file, and most files share their settings)."""
        return _fingerprint(self)

    def to_dict(self) -> dict[str, Any]:
        """The settings under their TOML keys, for display."""
        return {
            "config-path": None if self.config_path is None else str(self.config_path),
            "root": str(self.root),
            "select": list(self.select),
            "extend-select": list(self.extend_select),
            "ignore": list(self.ignore),
            "per-file-ignores": {glob: list(s) for glob, s in self.per_file_ignores},
            "exclude": list(self.exclude),
            "extend-exclude": list(self.extend_exclude),
            "severity": {selector: level.value for selector, level in self.severity},
            "target-mlflow-version": self.target_mlflow_version,
            "target-version": self.target_version,
            "unsafe-fixes": self.unsafe_fixes,
            "respect-gitignore": self.respect_gitignore,
            "fail-on": self.fail_on.value,
            "diff-base": self.diff_base,
        }


@lru_cache(maxsize=256)
def _fingerprint(settings: Settings) -> str:
    text = json.dumps(settings.to_dict(), sort_keys=True)
    import hashlib  # here: a run without a cache never hashes (3 ms of start-up)

    return hashlib.sha256(text.encode()).hexdigest()
