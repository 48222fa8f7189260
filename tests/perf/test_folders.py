"""Folder listings: a folder missing from its parent's listing is not looked for on disk."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from scratch_files import write

from siglint.analysis import imports
from siglint.analysis.imports import Folders, import_candidates
from siglint.sources.run import run_import


@pytest.fixture
def scans(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The folders listed on disk."""
    seen: list[str] = []
    real = os.scandir

    def counting(folder):
        seen.append(str(folder))
        return real(folder)

    monkeypatch.setattr(os, "scandir", counting)
    return seen


def test_a_folder_its_parent_lacks_is_not_listed(tmp_path: Path, scans: list[str]) -> None:
    (tmp_path / "package").mkdir()
    (tmp_path / "package" / "module.py").write_text("")
    folders = Folders()
    assert folders.is_module(str(tmp_path / "package.py")) is False
    assert folders.is_module(str(tmp_path / "package" / "module.py")) is True
    assert folders.is_module(str(tmp_path / "src" / "package" / "module.py")) is False
    assert folders.is_module(str(tmp_path / "src" / "module.py")) is False
    assert scans == [str(tmp_path), str(tmp_path / "package")]


def test_a_folder_created_changes_its_parents_fingerprint(tmp_path: Path, scans: list[str]) -> None:
    before = Folders()
    before.is_module(str(tmp_path / "x.py"))
    assert before.is_module(str(tmp_path / "src" / "x.py")) is False
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "x.py").write_text("")
    after = Folders()
    after.is_module(str(tmp_path / "x.py"))
    assert after.is_module(str(tmp_path / "src" / "x.py")) is True
    assert before.fingerprints()[str(tmp_path)] != after.fingerprints()[str(tmp_path)]


@pytest.mark.parametrize(
    "dotted",
    [
        "app",
        "app.models",
        "app.models.chat",
        "App.Models",  # another case: the file system says
        "lib",
        "lib.util",
        "src",
        "typing",
        "numpy.typing",
        "util",
        # a notebook's ``%run``: ``from <the name it stands for> import *``
        run_import("./helpers.ipynb").split()[1],
        run_import("./helpers").split()[1],
    ],
)
def test_the_modules_an_import_reaches_are_those_of_its_candidates(
    tmp_path: Path, dotted: str
) -> None:
    """``modules_for`` looks into fewer folders than trying each candidate, and finds the same."""
    files = [
        "app/__init__.py",
        "app/models/__init__.py",
        "app/models/chat.py",
        "app/util.py",
        "src/lib/__init__.py",
        "src/lib/util.py",
        "lib.py",
        "helpers.ipynb",
        "util/__init__.py",
    ]
    for name in files:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("")
    for root, folder in [
        (tmp_path, tmp_path / "app"),
        (tmp_path, tmp_path),
        (tmp_path, tmp_path / "app" / "models"),
    ]:
        expected = [c for c in import_candidates(dotted, root, folder) if Folders().is_module(c)]
        assert Folders().modules_for(dotted, root, folder) == expected


def test_a_modules_name_by_its_folders_package_is_module_name_for(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/sub/__init__.py": "",
            "pkg/sub/mod.py": "",
            "pkg/plain/script.py": "",  # no __init__.py: a folder of scripts inside a package
            "pkg/plain/inner/__init__.py": "",  # and a package in it, of its own root
            "pkg/plain/inner/deep/__init__.py": "",
            "pkg/plain/inner/deep/leaf.py": "",
            "top.py": "",
        },
    )
    names = (
        "pkg/__init__.py",
        "pkg/sub/__init__.py",
        "pkg/sub/mod.py",
        "pkg/plain/script.py",
        "pkg/plain/inner/deep/leaf.py",
        "top.py",
    )
    # Each folder's package is worked out from its parent's: the same whichever is asked first.
    for order in (names, names[::-1]):
        packages = imports.Packages()
        for name in order:
            path = tmp_path / name
            assert packages.module(path) == imports.module_name_for(path), name
    assert packages.module(tmp_path / "pkg/sub/mod.py")[0] == "pkg.sub.mod"
    assert packages.module(tmp_path / "pkg/plain/inner/deep/leaf.py")[0] == "inner.deep.leaf"
