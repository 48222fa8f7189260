"""Folder listings: a folder missing from its parent's listing is not looked for on disk."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from siglint.analysis.imports import Folders


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
