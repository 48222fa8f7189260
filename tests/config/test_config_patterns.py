"""Gitignore-style patterns, as ``exclude``, ``per-file-ignores`` and ``.gitignore`` use them."""

from __future__ import annotations

from pathlib import Path

import pytest

from siglint.config.patterns import PatternList, compile_pattern

BASE = Path("/project")


@pytest.mark.parametrize(
    ("pattern", "path", "is_dir", "expected"),
    [
        ("*.py", "a.py", False, True),
        ("*.py", "deep/er/a.py", False, True),  # no slash: any depth
        ("*.py", "a.pyi", False, None),
        ("/build", "build", True, True),  # leading slash: anchored
        ("/build", "src/build", True, None),
        ("build", "src/build", True, True),
        ("gen/", "src/gen", True, True),  # trailing slash: folders only
        ("gen/", "src/gen", False, None),
        ("src/*.py", "src/a.py", False, True),  # a middle slash anchors too
        ("src/*.py", "lib/src/a.py", False, None),
        ("src/*.py", "src/sub/a.py", False, None),  # a star stops at a slash
        ("docs/**/gen", "docs/gen", True, True),
        ("docs/**/gen", "docs/a/b/gen", True, True),
        ("**/tmp", "a/b/tmp", True, True),
        ("a/**", "a/b/c.py", False, True),
        ("a/**", "a", True, None),
        ("a**b.py", "axxb.py", False, True),  # other double stars are single stars
        ("a**b.py", "a/b.py", False, None),
        ("[ab].py", "b.py", False, True),
        ("[!ab].py", "b.py", False, None),
        ("[!ab].py", "c.py", False, True),
        ("test_?.py", "test_1.py", False, True),
        ("test_?.py", "test_12.py", False, None),
        (r"\#notes.py", "#notes.py", False, True),
        (r"\!bang.py", "!bang.py", False, True),
        ("trailing.py  ", "trailing.py", False, True),
        ("!keep.py", "keep.py", False, False),
    ],
)
def test_one_pattern(pattern: str, path: str, is_dir: bool, expected: bool | None) -> None:
    assert PatternList.parse(BASE, [pattern]).decide(BASE / path, is_dir=is_dir) is expected


@pytest.mark.parametrize("line", ["", "   ", "# a comment", "/", "!"])
def test_lines_without_a_pattern(line: str) -> None:
    assert compile_pattern(line) is None


def test_the_last_matching_pattern_decides() -> None:
    patterns = PatternList.parse(BASE, ["*.py", "!keep*.py", "keep_not.py"])
    assert patterns.decide(BASE / "a.py", is_dir=False) is True
    assert patterns.decide(BASE / "keep.py", is_dir=False) is False
    assert patterns.decide(BASE / "keep_not.py", is_dir=False) is True


def test_covers_takes_everything_in_a_matched_folder() -> None:
    patterns = PatternList.parse(BASE, ["gen/", "!gen/keep.py"])
    assert patterns.covers(BASE / "gen" / "keep.py", is_dir=False)
    assert patterns.covers(BASE / "src" / "gen" / "x" / "y.py", is_dir=False)
    assert not patterns.covers(BASE / "src" / "generated.py", is_dir=False)


def test_names_match_outside_the_base_but_anchored_patterns_do_not() -> None:
    patterns = PatternList.parse(BASE, [".venv", "/src"])
    assert patterns.decide(Path("/elsewhere/.venv"), is_dir=True) is True
    assert patterns.decide(Path("/elsewhere/src"), is_dir=True) is None
    assert patterns.decide(BASE, is_dir=True) is None
