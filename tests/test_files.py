"""Which files a run checks: folder walks, excludes, .gitignore files, explicit paths."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from siglint.config import SettingsResolver
from siglint.files import iter_python_files


def make(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if not name.endswith("/"):
            path.write_text("x = 1\n", encoding="utf-8")


def found(
    root: Path, *paths: str, force_exclude: bool = False, overrides: dict[str, object] | None = None
) -> list[str]:
    resolver = SettingsResolver(overrides, root=root)
    given = [str(root / p) for p in paths] or [str(root)]
    return [
        p.relative_to(root).as_posix()
        for _, p in iter_python_files(given, resolver, force_exclude=force_exclude)
    ]


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / ".git" / "info").mkdir(parents=True)
    return tmp_path


def test_folders_are_searched_for_python_files_in_path_order(tmp_path: Path) -> None:
    make(tmp_path, "b.py", "a/z.pyi", "a/b/c.py", "a/notes.txt", "a/x.py", "c.pyc", "setup.cfg")
    assert found(tmp_path) == ["a/b/c.py", "a/x.py", "a/z.pyi", "b.py"]


def test_the_default_excludes_skip_folders_at_any_depth(tmp_path: Path) -> None:
    make(
        tmp_path,
        "m.py",
        ".venv/lib/site.py",
        "src/node_modules/x.py",
        "src/build/gen.py",
        ".git/hook.py",
    )
    assert found(tmp_path) == ["m.py"]


def test_excludes_come_from_each_folders_configuration(tmp_path: Path) -> None:
    make(tmp_path, "keep.py", "old/m.py", "pkg/old/m.py", "pkg/gen/m.py", "pkg/gen_ok.py")
    (tmp_path / "siglint.toml").write_text("extend-exclude = ['/old']\n", encoding="utf-8")
    (tmp_path / "pkg" / "siglint.toml").write_text("extend-exclude = ['gen/']\n", encoding="utf-8")
    assert found(tmp_path) == ["keep.py", "pkg/gen_ok.py", "pkg/old/m.py"]


def test_explicit_files_are_checked_unless_force_exclude(tmp_path: Path) -> None:
    make(tmp_path, ".venv/x.py", "gen/m.py", "notes.txt")
    assert found(
        tmp_path, ".venv/x.py", "gen/m.py", "notes.txt", overrides={"extend-exclude": ["gen"]}
    ) == [
        ".venv/x.py",
        "gen/m.py",
        "notes.txt",
    ]
    resolver = SettingsResolver({"extend-exclude": ["gen"]}, root=tmp_path)
    given = [str(tmp_path / p) for p in (".venv/x.py", "gen/m.py", "notes.txt")]
    forced = [p for _, p in iter_python_files(given, resolver, force_exclude=True)]
    assert forced == [tmp_path / "notes.txt"]


def test_an_explicit_folder_is_searched_even_if_excluded(tmp_path: Path) -> None:
    make(tmp_path, "build/m.py", "build/dist/n.py")
    assert found(tmp_path, "build") == ["build/m.py"]
    assert found(tmp_path, "build", force_exclude=True) == []


def test_duplicates_are_reported_once_and_names_are_relative_to_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make(tmp_path, "pkg/m.py")
    monkeypatch.chdir(tmp_path)
    resolver = SettingsResolver()
    result = list(iter_python_files(["pkg", "pkg/m.py", "./pkg/../pkg/m.py"], resolver))
    assert result == [(str(Path("pkg", "m.py")), tmp_path / "pkg" / "m.py")]


def test_a_missing_path_goes_to_on_error_and_the_rest_is_checked(tmp_path: Path) -> None:
    make(tmp_path, "m.py")
    errors: list[tuple[str, str]] = []
    resolver = SettingsResolver(root=tmp_path)
    missing = str(tmp_path / "nope.py")
    result = list(
        iter_python_files(
            [missing, str(tmp_path / "m.py")],
            resolver,
            on_error=lambda p, e: errors.append((p, e.strerror)),
        )
    )
    assert [p for _, p in result] == [tmp_path / "m.py"]
    assert errors == [(missing, "No such file or directory")]


def test_without_on_error_a_missing_path_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError) as raised:
        list(iter_python_files([str(tmp_path / "nope")], SettingsResolver(root=tmp_path)))
    assert raised.value.filename == str(tmp_path / "nope")


class TestGitignore:
    def test_patterns_negation_and_folders(self, repo: Path) -> None:
        make(repo, "a.py", "gen_a.py", "gen_keep.py", "out/m.py", "src/out/n.py", "src/out.py")
        (repo / ".gitignore").write_text(
            "# generated\ngen_*.py\n!gen_keep.py\nout/\n", encoding="utf-8"
        )
        assert found(repo) == ["a.py", "gen_keep.py", "src/out.py"]

    def test_anchored_and_double_star_patterns(self, repo: Path) -> None:
        make(repo, "tmp/a.py", "src/tmp/b.py", "docs/x/y/conf.py", "docs/conf.py", "c.py")
        (repo / ".gitignore").write_text("/tmp\ndocs/**/conf.py\n", encoding="utf-8")
        assert found(repo) == ["c.py", "src/tmp/b.py"]

    def test_a_nested_gitignore_applies_below_it_and_overrides_its_parents(
        self, repo: Path
    ) -> None:
        make(repo, "sub/local.py", "sub/keep_gen.py", "sub/gen.py", "local.py", "other/keep_gen.py")
        (repo / ".gitignore").write_text("*gen.py\n", encoding="utf-8")
        (repo / "sub" / ".gitignore").write_text("local.py\n!keep_gen.py\n", encoding="utf-8")
        assert found(repo) == ["local.py", "sub/keep_gen.py"]

    def test_a_folder_cannot_be_re_included_into(self, repo: Path) -> None:
        make(repo, "out/keep.py")
        (repo / ".gitignore").write_text("out/\n!out/keep.py\n", encoding="utf-8")
        assert found(repo) == []

    def test_gitignore_files_above_the_searched_folder_apply_up_to_the_repository_root(
        self, repo: Path
    ) -> None:
        make(repo, "pkg/src/a.py", "pkg/src/b_gen.py", "pkg/src/c_tmp.py")
        (repo / ".gitignore").write_text("*_gen.py\n", encoding="utf-8")
        (repo / ".git" / "info" / "exclude").write_text("*_tmp.py\n", encoding="utf-8")
        assert found(repo, "pkg/src") == ["pkg/src/a.py"]

    def test_outside_a_repository_only_the_searched_folders_count(self, tmp_path: Path) -> None:
        make(tmp_path, "pkg/a.py", "pkg/b_gen.py", "pkg/sub/c_tmp.py")
        (tmp_path / ".gitignore").write_text("*_gen.py\n", encoding="utf-8")
        (tmp_path / "pkg" / ".gitignore").write_text("*_tmp.py\n", encoding="utf-8")
        assert found(tmp_path, "pkg") == ["pkg/a.py", "pkg/b_gen.py"]
        assert found(tmp_path) == ["pkg/a.py"]

    def test_respect_gitignore_false(self, repo: Path) -> None:
        make(repo, "a_gen.py")
        (repo / ".gitignore").write_text("*_gen.py\n", encoding="utf-8")
        assert found(repo, overrides={"respect-gitignore": False}) == ["a_gen.py"]
        (repo / "siglint.toml").write_text("respect-gitignore = false\n", encoding="utf-8")
        assert found(repo) == ["a_gen.py"]

    def test_explicit_ignored_files_are_checked_unless_force_exclude(self, repo: Path) -> None:
        make(repo, "a_gen.py", "out/m.py")
        (repo / ".gitignore").write_text("*_gen.py\nout/\n", encoding="utf-8")
        assert found(repo, "a_gen.py", "out/m.py") == ["a_gen.py", "out/m.py"]
        assert found(repo, "a_gen.py", "out/m.py", force_exclude=True) == []


def test_an_unreadable_folder_goes_to_on_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make(tmp_path, "a.py", "locked/b.py")
    real_scandir = os.scandir

    def scandir(path: Path) -> Iterator[os.DirEntry[str]]:
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    errors: list[str] = []
    resolver = SettingsResolver(root=tmp_path)
    result = [
        p
        for _, p in iter_python_files(
            [str(tmp_path)], resolver, on_error=lambda p, e: errors.append(p)
        )
    ]
    assert result == [tmp_path / "a.py"]
    assert errors == [str(tmp_path / "locked")]


def test_symbolic_links_to_files_are_followed_but_not_to_folders(tmp_path: Path) -> None:
    make(tmp_path, "real/m.py", "pkg/a.py")
    (tmp_path / "pkg" / "loop").symlink_to(tmp_path / "pkg", target_is_directory=True)
    (tmp_path / "pkg" / "link.py").symlink_to(tmp_path / "real" / "m.py")
    assert found(tmp_path, "pkg") == ["pkg/a.py", "pkg/link.py"]
