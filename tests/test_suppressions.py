"""Suppression comments: what they cover, file-level noqa, names and codes, unused ones."""

from __future__ import annotations

import textwrap

import pytest

from siglint.suppressions import (
    Suppression,
    Suppressions,
    may_report_unused,
    parse_suppressions,
)

NAME = "input-not-list"


def parse(source: str) -> Suppressions:
    return parse_suppressions(textwrap.dedent(source))


def silenced_lines(source: str, code: str = "SIG101", name: str = NAME) -> list[int]:
    text = textwrap.dedent(source)
    suppressions = parse_suppressions(text)
    lines = range(1, text.count("\n") + 2)
    return [line for line in lines if suppressions.suppresses(code, name, line)]


MULTILINE_DEF = """\
class Model:
    def predict(
        self,
        context,
        model_input: list,{first}
    ) -> list:{last}
        return model_input
"""


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("  # noqa: SIG101", ""),
        ("", "  # noqa: SIG101"),
        ("  # siglint: ignore[input-not-list]", ""),
    ],
)
def test_a_trailing_comment_covers_every_line_of_a_multi_line_def(first: str, last: str) -> None:
    assert silenced_lines(MULTILINE_DEF.format(first=first, last=last)) == [2, 3, 4, 5, 6]


def test_an_own_line_comment_covers_the_next_logical_line() -> None:
    source = """\
    class Model:
        # siglint: ignore[SIG101]

        # an unrelated comment
        def predict(
            self, model_input: list
        ) -> list:
            return model_input
    """
    assert silenced_lines(source) == [5, 6, 7]


def test_an_own_line_comment_inside_brackets_covers_its_logical_line() -> None:
    source = """\
    x = 1
    def predict(
        self,
        # noqa: SIG101
        model_input: list,
    ) -> list: ...
    y = 2
    """
    assert silenced_lines(source) == [2, 3, 4, 5, 6]


def test_a_trailing_comment_covers_only_its_logical_line() -> None:
    source = """\
    a = 1  # noqa
    b = 2
    c = '''
    text
    '''  # noqa: SIG101
    """
    assert silenced_lines(source) == [1, 3, 4, 5]


@pytest.mark.parametrize(
    ("comment", "silenced"),
    [
        ("# noqa", True),
        ("#noqa", True),
        ("# NOQA", True),
        ("# noqa: SIG101", True),
        ("# noqa:SIG101,SIG102", True),
        ("# noqa: E501, SIG101", True),
        ("# noqa: SIG1", True),  # a prefix
        ("# noqa: SIG102", False),
        ("# noqa: E501", False),  # another tool's code only
        ("# noqa: input-not-list", False),  # names only in siglint's own form
        ("# noqa:: SIG101", False),
        ("# noqanything", False),
        ("# type: ignore  # noqa: SIG101 because the schema is built by hand", True),
        ("# siglint: ignore[SIG101]", True),
        ("# siglint: ignore[input-not-list]", True),
        ("# siglint:ignore[ SIG102 ,input-not-list ]", True),
        ("# siglint: ignore[SIG1]", True),
        ("# siglint: ignore[SIG102, collection-without-element-type]", False),
        ("# siglint: ignore[]", False),
        ("# siglint: noqa", True),  # trailing: this line only
        ("# siglint: noqa: SIG102", False),
    ],
)
def test_forms(comment: str, silenced: bool) -> None:
    assert silenced_lines(f"x: list = []  {comment}\ny = 1\n") == ([1] if silenced else [])


def test_own_line_siglint_noqa_covers_the_whole_file_wherever_it_is() -> None:
    source = """\
    a = 1
    b = [
        # siglint: noqa
    ]
    c = 3
    """
    assert silenced_lines(source) == [1, 2, 3, 4, 5, 6]
    assert parse(source).items[0].file_level


def test_file_level_noqa_with_codes() -> None:
    source = """\
    a = 1
    # siglint: noqa: SIG1
    b = 2
    """
    assert silenced_lines(source, "SIG101") == [1, 2, 3, 4]
    assert silenced_lines(source, "SIG201", "output-hint-becomes-any") == []


def test_unused_reports_what_silenced_nothing() -> None:
    suppressions = parse(
        """\
        a = 1  # noqa
        b = 2  # noqa: E501, SIG101, SIG102
        c = 3  # siglint: ignore[input-not-list, SIG201]
        d = 4  # noqa: E501
        # siglint: noqa: SIG9
        e = 5  # type: ignore  # noqa
        """
    )
    assert suppressions.suppresses("SIG101", NAME, 2)
    assert suppressions.suppresses("SIG101", NAME, 3)
    assert suppressions.suppresses("SIG110", "unsupported-type", 6)
    assert not suppressions.suppresses("SIG110", "unsupported-type", 4)
    assert suppressions.unused() == [
        # Not line 1: a bare noqa may serve another linter.
        Suppression(2, 7, 35, ("SIG102",), range(2, 3)),
        Suppression(3, 7, 48, ("SIG201",), range(3, 4), named=True),
        Suppression(5, 0, 21, ("SIG9",), range(1, 8), file_level=True, named=True),
    ]


def test_a_suppression_is_used_once_any_of_its_findings_is_silenced() -> None:
    suppressions = parse("# noqa: SIG1\nx = 1\n")
    assert suppressions.unused()[0].codes == ("SIG1",)
    assert not suppressions.suppresses("SIG201", "output-hint-becomes-any", 2)
    assert suppressions.suppresses("SIG110", "unsupported-type", 2)
    assert suppressions.unused() == []


def test_an_own_line_comment_with_nothing_after_it_covers_nothing() -> None:
    suppressions = parse("x = 1\n# noqa: SIG101\n")
    assert not any(suppressions.suppresses("SIG101", NAME, line) for line in (1, 2, 3))
    assert [s.line for s in suppressions.unused()] == [2]


def test_columns_are_those_of_the_directive_in_code_points() -> None:
    (item,) = parse("é = 'ü'  # why: ok # noqa: SIG101\n").items
    assert (item.line, item.column, item.end_column) == (1, 19, 33)


def test_noqa_row_is_the_last_line_of_the_logical_line() -> None:
    suppressions = parse(MULTILINE_DEF.format(first="", last=""))
    assert [suppressions.noqa_row(line) for line in range(1, 9)] == [1, 6, 6, 6, 6, 6, 7, 8]


@pytest.mark.parametrize(
    "source",
    [
        "def f(x: list:  # noqa: SIG101\n",  # an open bracket at the end
        "s = '''never closed  # noqa: SIG101\n",
        "if x:\n        a = 1  # noqa: SIG101\n    b = 2\n",  # inconsistent dedent
        "x = 1  # noqa: SIG101\0\n",
    ],
)
def test_code_the_tokenizer_rejects_is_read_line_by_line(source: str) -> None:
    suppressions = parse_suppressions(source)
    line = 2 if source.startswith("if") else 1
    assert suppressions.suppresses("SIG101", NAME, line)
    assert not suppressions.suppresses("SIG101", NAME, line + 1)
    assert suppressions.noqa_row(line) == line


def test_the_line_by_line_reading_still_covers_the_next_line() -> None:
    suppressions = parse_suppressions("# noqa: SIG101\n\nx = (\n")
    assert suppressions.suppresses("SIG101", NAME, 3)
    assert not suppressions.suppresses("SIG101", NAME, 1)


@pytest.mark.parametrize(
    ("line", "fixed"),
    [
        ("x = f()  # noqa: SIG405", "x = f()"),
        ("x = f()  # noqa: SIG405 - legacy", "x = f()  # - legacy"),
        ("x = f()  # noqa: SIG405,legacy", "x = f()  # ,legacy"),
        ("x = f()  # legacy  # noqa: SIG405", "x = f()  # legacy"),
        ("x = f()  # type: ignore  # noqa: SIG405", "x = f()  # type: ignore"),
        ("x = f()  # siglint: ignore[SIG405]  # why", "x = f()  # why"),
        ("x = f()  # noqa: SIG405, SIG101", "x = f()"),
    ],
)
def test_the_unused_suppression_fix_keeps_the_rest_of_the_comment(
    line: str, fixed: str, tmp_path
) -> None:
    from siglint.engine import check_source
    from siglint.fixes import apply_edits

    [unused] = check_source(line + "\n", tmp_path / "m.py").diagnostics
    assert unused.code == "SIG900"
    assert unused.fix is not None
    assert apply_edits(line + "\n", unused.fix.edits) == fixed + "\n"


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("x = 1\n    # noqa: SIG101\ny = 2\n", "x = 1\ny = 2\n"),
        ("x = 1\r\n# siglint: ignore[SIG101]\r\ny = 2\r\n", "x = 1\r\ny = 2\r\n"),
        ("x = 1\n# noqa: SIG101", "x = 1\n"),
    ],
)
def test_an_unused_suppression_on_its_own_line_goes_with_its_line(
    text: str, fixed: str, tmp_path
) -> None:
    from siglint.engine import check_source
    from siglint.fixes import apply_edits

    [unused] = check_source(text, tmp_path / "m.py").diagnostics
    assert unused.code == "SIG900"
    assert unused.fix is not None
    assert apply_edits(text, unused.fix.edits) == fixed


@pytest.mark.parametrize(
    "comment",
    [
        "# siglint: ignore[unused-import]",
        "# siglint: ignore[unused-import, too-many-args]",
        "# noqa: unused-import",
        "# noqa: E501 unused-import",
    ],
)
def test_another_tools_rule_names_are_not_siglints(comment: str, tmp_path) -> None:
    from siglint.engine import check_source

    suppressions = parse(f"x = 1  {comment}\n")
    assert not suppressions.suppresses("SIG101", NAME, 1)
    assert suppressions.unused() == []
    assert check_source(f"x = 1  {comment}\n", tmp_path / "m.py").diagnostics == ()


def test_only_siglints_names_of_a_list_are_reported_unused() -> None:
    suppressions = parse("x = 1  # siglint: ignore[unused-import, input-not-list, SIG2]\n")
    assert [item.codes for item in suppressions.unused()] == [("input-not-list", "SIG2")]


@pytest.mark.parametrize(
    "comment",
    [
        "# noqa: SIG101",
        "# NoQA: E501, SIG1",
        "# NOQA:SIG",
        "# siglint: noqa",
        "# siglint: ignore[input-not-list]",
        "#siglint:NOQA",
    ],
)
def test_what_may_be_reported_unused_is_never_screened_out(comment: str) -> None:
    """The pre-filter's cheap test (``may_report_unused``) holds for every directive that
    ``unused`` could report."""
    text = f"x = 1  {comment}\n"
    assert parse_suppressions(text).unused()
    assert may_report_unused(text)


@pytest.mark.parametrize(
    "comment",
    ["# noqa", "# NOQA: E501, F401", "# noqa: sig101", "# Siglint: noqa", "# type: ignore"],
)
def test_directives_siglint_never_calls_unused_are_screened_out(comment: str) -> None:
    text = f"x = 1  {comment}\n"
    assert not parse_suppressions(text).unused()
    assert not may_report_unused(text)
