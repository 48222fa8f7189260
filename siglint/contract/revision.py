"""The files of a git revision, read without a checkout: nothing in the work tree is written.

The list of files is ``git ls-tree``'s; their texts come from one ``git cat-file --batch`` process
per reading process (the checks run in forked children, which must not share a pipe).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path
from typing import IO

from siglint.analysis.imports import Folders
from siglint.sources import Source, SourceError, load
from siglint.sources.python import UnreadableSource


class RevisionError(Exception):
    """Not a git repository, or a revision git does not know: the message says which."""


def _git(folder: Path, *arguments: str) -> str:
    try:
        done = subprocess.run(
            ["git", *arguments], cwd=folder, capture_output=True, check=False, text=False
        )
    except OSError as error:
        raise RevisionError(f"cannot run git: {error}") from error
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RevisionError(message[-1] if message else f"git {arguments[0]} failed")
    return done.stdout.decode("utf-8", "surrogateescape")


def repository_root(folder: Path) -> Path:
    """The top of the git work tree that holds ``folder``."""
    try:
        return Path(_git(folder, "rev-parse", "--show-toplevel").strip())
    except RevisionError as error:
        raise RevisionError(f"{folder} is not in a git repository ({error})") from error


def commit_of(root: Path, revision: str) -> str:
    """The commit ``revision`` names in the repository at ``root`` now."""
    try:
        return _git(
            root, "rev-parse", "--verify", "--end-of-options", f"{revision}^{{commit}}"
        ).strip()
    except RevisionError as error:
        hint = ""
        if _git(root, "rev-parse", "--is-shallow-repository").strip() == "true":
            hint = " (this clone is shallow: fetch the history, e.g. `fetch-depth: 0` in CI)"
        raise RevisionError(f"unknown revision {revision!r}: {error}{hint}") from None


def blob_id(data: bytes) -> str:
    """The id git gives a file's content: a file whose id is a revision's is unchanged there."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()


class Revision:
    """The files of ``revision`` in the repository at ``root``, by absolute path."""

    def __init__(self, root: Path, revision: str) -> None:
        self.root = root
        self.name = revision
        self.commit = commit_of(root, revision)
        listing = _git(root, "ls-tree", "-r", "-z", "--full-tree", self.commit)
        self.blobs: dict[str, str] = {}  # absolute location -> blob id
        for entry in filter(None, listing.split("\0")):
            meta, name = entry.split("\t", 1)
            mode, kind, blob = meta.split()
            if kind == "blob" and mode in ("100644", "100755"):
                self.blobs[os.path.join(root, *name.split("/"))] = blob
        self._reader: tuple[int, subprocess.Popen[bytes]] | None = None

    def renames(self) -> dict[str, str]:
        """The files git sees renamed since the revision (its paths, old to new)."""
        found: dict[str, str] = {}
        try:
            listing = _git(self.root, "diff", "-M", "--name-status", "-z", self.commit, "--")
        except RevisionError:
            return found  # the renames only help matching
        fields = listing.split("\0")
        index = 0
        while index < len(fields) and fields[index]:
            status = fields[index]
            if status.startswith(("R", "C")):
                if status.startswith("R"):
                    found[fields[index + 1]] = fields[index + 2]
                index += 3
            else:
                index += 2
        return found

    def exists(self, location: str) -> bool:
        return location in self.blobs

    def read(self, path: Path) -> str | None:
        """The Python text of the file at ``path`` in the revision (as ``import`` reads it; a
        notebook's code), or None."""
        try:
            source = self.source(path)
        except (SourceError, UnreadableSource):
            return None
        return None if source is None else source.text

    def source(self, path: Path) -> Source | None:
        """The file at ``path`` in the revision, or None when it has none; raises as
        ``siglint.sources.load`` does."""
        data = self.read_bytes(path)
        return None if data is None else load(path, data)

    def read_bytes(self, path: Path) -> bytes | None:
        blob = self.blobs.get(str(path))
        if blob is None:
            return None
        process = self._process()
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write(f"{blob}\n".encode())
        process.stdin.flush()
        header = process.stdout.readline().split()
        if len(header) != 3 or header[1] != b"blob":
            return None
        data = _read_exactly(process.stdout, int(header[2]))
        process.stdout.read(1)  # the newline after each object
        return data

    def _process(self) -> subprocess.Popen[bytes]:
        """This process's ``cat-file``: a forked child starts its own."""
        if self._reader is None or self._reader[0] != os.getpid():
            process = subprocess.Popen(
                ["git", "cat-file", "--batch"],
                cwd=self.root,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            )
            self._reader = (os.getpid(), process)
        return self._reader[1]

    def close(self) -> None:
        if self._reader is not None and self._reader[0] == os.getpid():
            process = self._reader[1]
            assert process.stdin is not None
            process.stdin.close()
            process.wait()
        self._reader = None

    def __enter__(self) -> Revision:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def _read_exactly(stream: IO[bytes], size: int) -> bytes:
    chunks = []
    while size > 0:
        chunk = stream.read(size)
        if not chunk:
            break
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


class RevisionFolders(Folders):
    """What the folders held at a revision, for the pre-filter's search of imports."""

    def __init__(self, revision: Revision) -> None:
        super().__init__()
        self._tree: dict[str, tuple[set[str], set[str]]] = {}
        for location in revision.blobs:
            folder, name = os.path.split(location)
            if name.endswith(".py"):
                self._tree.setdefault(folder, (set(), set()))[0].add(name)
            while True:
                parent, child = os.path.split(folder)
                if parent == folder:
                    break
                known = parent in self._tree
                self._tree.setdefault(parent, (set(), set()))[1].add(child)
                if known:
                    break
                folder = parent

    def listing(self, folder: str) -> tuple[set[str], set[str], set[str]]:
        modules, folders = self._tree.get(folder, (set(), set()))
        return modules, folders, set()

    def is_module(self, location: str) -> bool:
        folder, name = os.path.split(location)
        return name in self.listing(folder)[0]

    def is_folder(self, location: str) -> bool:
        folder, name = os.path.split(location)
        return name in self.listing(folder)[1]
