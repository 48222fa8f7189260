"""Applying fixes: offsets, overlaps, safety, the fix-until-stable loop and careful writes."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from siglint.diagnostics import Applicability, Diagnostic, Edit, Fix, Range, Severity
from siglint.fixes import (
    FileChangedError,
    apply_edits,
    apply_fixes,
    fix_until_stable,
    narrowed,
    split_lines,
    write_atomically,
)
from siglint.sources.python import read_python


def edit(line: int, column: int, end_line: int, end_column: int, content: str) -> Edit:
    return Edit(Range(line, column, end_line, end_column), content)


def finding(
    *edits: Edit, applicability: Applicability = Applicability.SAFE, code: str = "SIG101"
) -> Diagnostic:
    fix = Fix("fix it", applicability, edits) if edits else None
    where = edits[0].range if edits else Range(1, 0, 1, 0)
    return Diagnostic(code, "some-rule", Severity.WARNING, "message", where, fix)


def test_edits_are_placed_by_code_points_and_keep_line_endings() -> None:
    text = "é = 1\r\nb = 2\rc = 3\n"
    fixed, applied = apply_fixes(
        text,
        [finding(edit(1, 4, 1, 5, "10")), finding(edit(2, 0, 3, 1, "B = 2\nC"))],
        unsafe=False,
    )
    # The inserted "\n" becomes the file's own line ending (its first: CRLF).
    assert fixed == "é = 10\r\nB = 2\r\nC = 3\n"
    assert len(applied) == 2


def test_a_fix_overlapping_an_earlier_one_is_skipped_whole() -> None:
    text = "a = 1\nb = 2\n"
    first = finding(edit(1, 0, 1, 5, "a = 3"))
    second = finding(edit(2, 0, 2, 1, "B"), edit(1, 4, 1, 5, "4"))  # overlaps ``first``
    fixed, applied = apply_fixes(text, [second, first], unsafe=False)
    assert fixed == "a = 3\nb = 2\n"
    assert applied == [first]


def test_insertions_at_the_same_point_conflict_but_touching_edits_do_not() -> None:
    text = "x\n"
    one, two = finding(edit(1, 0, 1, 0, "a")), finding(edit(1, 0, 1, 0, "b"))
    assert apply_fixes(text, [one, two], unsafe=False) == ("ax\n", [one])
    left, right = finding(edit(1, 0, 1, 1, "L")), finding(edit(1, 1, 1, 1, "R"))
    assert apply_fixes(text, [right, left], unsafe=False) == ("LR\n", [left, right])


def test_the_same_fix_on_two_diagnostics_is_applied_once() -> None:
    same = edit(1, 0, 1, 1, "y")
    first, second = finding(same), finding(same, code="SIG102")
    assert apply_fixes("x\n", [first, second], unsafe=False) == ("y\n", [first, second])


def test_safety_decides_what_applies() -> None:
    text = "a b c\n"
    safe = finding(edit(1, 0, 1, 1, "A"))
    unsafe = finding(edit(1, 2, 1, 3, "B"), applicability=Applicability.UNSAFE)
    shown_only = finding(edit(1, 4, 1, 5, "C"), applicability=Applicability.DISPLAY_ONLY)
    everything = [safe, unsafe, shown_only, finding()]
    assert apply_fixes(text, everything, unsafe=False) == ("A b c\n", [safe])
    assert apply_fixes(text, everything, unsafe=True) == ("A B c\n", [safe, unsafe])


@pytest.mark.parametrize(
    "misplaced",
    [
        edit(3, 0, 3, 0, "x"),  # past the last line
        edit(1, 2, 1, 9, "x"),  # past the end of the line (into its line break)
        edit(1, 2, 1, 1, "x"),  # ends before it starts
    ],
)
def test_a_misplaced_edit_makes_its_fix_skipped(misplaced: Edit) -> None:
    good = finding(edit(1, 0, 1, 1, "A"))
    fixed, applied = apply_fixes(
        "ab\n", [finding(misplaced, edit(2, 0, 2, 0, "z")), good], unsafe=True
    )
    assert (fixed, applied) == ("Ab\n", [good])


def test_apply_edits_refuses_overlapping_edits() -> None:
    with pytest.raises(ValueError, match="overlap"):
        apply_edits("abc\n", [edit(1, 0, 1, 2, "x"), edit(1, 1, 1, 3, "y")])


def test_split_lines_numbers_lines_as_python_does() -> None:
    assert split_lines("a\r\nb\rc\x0cd\n") == ["a", "b", "c\x0cd", ""]


def _checker(rewrites: dict[str, str]):
    """A linter that flags each key it finds and fixes it into its value."""

    def check(text: str) -> list[Diagnostic]:
        found = []
        for line_number, line in enumerate(split_lines(text), start=1):
            for old, new in rewrites.items():
                column = line.find(old)
                if column >= 0:
                    found.append(
                        finding(edit(line_number, column, line_number, column + len(old), new))
                    )
        return found

    return check


def test_fix_until_stable_loops_until_nothing_applies() -> None:
    # Fixing "a" produces a "b", which the next pass fixes into "c".
    result = fix_until_stable("x = a\n", Path("m.py"), _checker({"a": "b", "b": "c"}), unsafe=False)
    assert result.text == "x = c\n"
    assert [d.fix.edits[0].content for d in result.fixed if d.fix] == ["b", "c"]
    assert result.diagnostics == ()
    assert result.notes == ()


def test_a_pass_that_breaks_the_syntax_is_rejected() -> None:
    check = _checker({"a": "b", "b": "def ("})
    result = fix_until_stable("x = a\n", Path("m.py"), check, unsafe=False)
    assert result.text == "x = b\n"  # the last text that parsed
    assert len(result.fixed) == 1
    assert [d.code for d in result.diagnostics] == ["SIG101"]
    assert result.notes == ("m.py: fixes for SIG101 would leave the file unparseable; not applied",)


def test_fixes_that_never_settle_stop_after_max_passes() -> None:
    result = fix_until_stable(
        "x = a\n", Path("m.py"), _checker({"a": "b", "b": "a"}), unsafe=False, max_passes=3
    )
    assert result.text == "x = b\n"
    assert len(result.fixed) == 3
    assert result.notes == ("m.py: fixes did not settle after 3 passes",)


@pytest.mark.parametrize(
    ("original", "line", "expected"),
    [
        (b"x = 1\r\ny = 2\r\n", 1, b"x = 10\r\ny = 2\r\n"),
        (b"\xef\xbb\xbfx = 1\n", 1, b"\xef\xbb\xbfx = 10\n"),
        (b"# coding: latin-1\nx = 1  # caf\xe9\n", 2, b"# coding: latin-1\nx = 10  # caf\xe9\n"),
    ],
)
def test_write_atomically_keeps_encoding_bom_endings_and_mode(
    tmp_path: Path, original: bytes, line: int, expected: bytes
) -> None:
    path = tmp_path / "model.py"
    path.write_bytes(original)
    os.chmod(path, 0o640)
    fixed, _ = apply_fixes(
        read_python(original), [finding(edit(line, 4, line, 5, "10"))], unsafe=False
    )
    write_atomically(path, fixed, original)
    assert path.read_bytes() == expected
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["model.py"]  # no temporary file left


def test_write_atomically_refuses_a_file_changed_since_it_was_read(tmp_path: Path) -> None:
    path = tmp_path / "model.py"
    path.write_bytes(b"x = 1\n")
    path.write_bytes(b"x = 2  # someone else's edit\n")
    with pytest.raises(FileChangedError):
        write_atomically(path, "x = 10\n", b"x = 1\n")
    assert path.read_bytes() == b"x = 2  # someone else's edit\n"


def test_write_atomically_refuses_text_the_encoding_cannot_hold(tmp_path: Path) -> None:
    original = b"# coding: latin-1\nx = 1\n"
    path = tmp_path / "model.py"
    path.write_bytes(original)
    with pytest.raises(UnicodeEncodeError):
        write_atomically(path, "# coding: latin-1\nx = '→'\n", original)
    assert path.read_bytes() == original
    assert [p.name for p in tmp_path.iterdir()] == ["model.py"]


def test_write_atomically_writes_through_a_symlink(tmp_path: Path) -> None:
    target = tmp_path / "real.py"
    target.write_bytes(b"x = 1\n")
    link = tmp_path / "link.py"
    link.symlink_to(target)
    write_atomically(link, "x = 10\n", b"x = 1\n")
    assert link.is_symlink()
    assert target.read_bytes() == b"x = 10\n"


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # Regenerating a call to drop one argument: only the argument goes.
        ("f(a, b=1, c)\n", "f(a, c)", edit(1, 5, 1, 10, "")),
        ("f(\r\n  a,\r\n  b,\r\n)\r\n", "f(\r\n  a,\r\n)", edit(3, 0, 4, 0, "")),
        # The halves of a CRLF are never split: either alone is a line break.
        ("a\r\nb\n", "a\rc", edit(1, 1, 2, 1, "\rc")),
        ("x = 1\n", "x = 1", edit(1, 5, 1, 5, "")),
    ],
)
def test_narrowed_replaces_only_what_changes(text: str, content: str, expected: Edit) -> None:
    whole = edit(1, 0, *split_position(text), content)
    assert narrowed(text, whole) == expected
    assert apply_edits(text, [expected]) == apply_edits(text, [whole])


def split_position(text: str) -> tuple[int, int]:
    """Where the last line of ``text`` (before its final line break) ends."""
    lines = split_lines(text)
    return len(lines) - 1, len(lines[-2])
