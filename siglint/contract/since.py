"""What changed in the models of one file since a git revision: the language server's hover, when
``diff-base`` is set, shows it beside a model's signature.

The file's targets at the revision depend on the revision alone: they are computed once per
commit and file and kept for the process (the server's worker).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from siglint.config import Settings
from siglint.contract.collect import Found
from siglint.contract.revision import Revision, RevisionError, commit_of, repository_root
from siglint.contract.targets import TargetDiff, diff_targets
from siglint.sources import SourceError
from siglint.sources.python import UnreadableSource

_roots: dict[Path, Path] = {}  # folder -> the root of its repository
_revisions: dict[Path, Revision] = {}  # root -> the revision last read there
_old: dict[tuple[str, str], tuple[Found, ...] | None] = {}  # (commit, location) -> targets


@dataclass(frozen=True, slots=True)
class Since:
    """Each target's changes since ``base``, by qualname; or why they are unknown."""

    base: str
    diffs: dict[str, TargetDiff]
    problem: str | None = None


def changes_since(path: Path, targets: Sequence[Any], base: str) -> Since:
    """``targets`` (the ``TargetReport``s of the file at ``path`` as it is now) against the
    file at ``base``."""
    try:
        root = _roots.get(path.parent)
        if root is None:
            root = _roots[path.parent] = repository_root(path.parent)
        revision = _revision(root, base)
    except RevisionError as error:
        return Since(base, {}, str(error))
    location = os.path.realpath(path)
    key = Path(os.path.relpath(location, root)).as_posix()
    old = _old_targets(revision, os.path.join(root, *key.split("/")))
    if old is None:
        return Since(base, {}, f"siglint cannot read {key} at {base}")
    new = [Found.of(target, key) for target in targets]
    diffs = diff_targets([replace(t, key=key, shown=key) for t in old], new)
    return Since(base, {d.new.qualname: d for d in diffs if d.new is not None})


def _revision(root: Path, base: str) -> Revision:
    """The revision ``base`` names now (a branch moves): read again when its commit changed."""
    known = _revisions.get(root)
    if known is not None and known.name == base and known.commit == commit_of(root, base):
        return known
    if known is not None:
        known.close()
    revision = _revisions[root] = Revision(root, base)
    return revision


def _old_targets(revision: Revision, location: str) -> tuple[Found, ...] | None:
    """The targets of the file at ``location`` in ``revision`` (none when it has no such file;
    None when it cannot be read)."""
    key = (revision.commit, location)
    if key not in _old:
        _old[key] = _checked(revision, location)
    return _old[key]


def _checked(revision: Revision, location: str) -> tuple[Found, ...] | None:
    from siglint.analysis.project import Project
    from siglint.engine import check_source

    path = Path(location)
    try:
        source = revision.source(path)
    except (SourceError, UnreadableSource):
        return None
    if source is None:
        return ()
    project = Project(revision.read, revision.exists)
    # Unverified fixes: only the targets are compared, and verifying costs a check per fix.
    result = check_source(source.text, path, Settings(), project, verify_fixes=False)
    if not result.targets and result.unparsable is not None:
        return None
    return tuple(Found.of(target) for target in result.targets)
