"""Every fixable finding of the corpora, fixed: the file stays valid, and only what was fixed changes.

Corpora: the examples, the differential test models, the rules' own examples, generated model
files (``hint_grammar``) and corpus files with generated suppression comments (what ``SIG900``
removes). For each fixable finding, alone: the result parses (libcst and CPython), the finding is
gone or left without a fix (within the passes ``--fix`` makes), only the lines of the fix's edits changed, the fixed code
reads no name that nothing defines (a NameError waiting to happen), and a fix that removes a
suppression leaves every code token as it was. For each file, through ``siglint check --fix --unsafe-fixes``, in
several encodings, line endings and modes: the file is what the fixes make of it and nothing
else, a second ``--fix`` changes nothing. And writing: an interrupted write leaves the old file or
the new one, a file edited during the check is not overwritten.
"""

from __future__ import annotations

import builtins
import io
import os
import shutil
import signal
import stat
import subprocess
import symtable
import sys
import time
import tokenize
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from hint_grammar import ModelFile, model_files
from hypothesis import given
from hypothesis import strategies as st
from invariants import FIGURES, fuzz_settings
from mutations import ROOT, local_corpus, read

from siglint.analysis.project import Project
from siglint.cli.main import main
from siglint.diagnostics import Diagnostic
from siglint.engine import check_source
from siglint.fixes import apply_fixes, fix_until_stable, parses, split_lines
from siglint.rules.registry import all_rules
from siglint.sources.python import read_python

LOCAL_CORPUS = local_corpus()


def fix_problems(text: str, path: Path) -> tuple[int, list[str]]:
    """Apply each fixable finding of ``text`` alone; (how many, what went wrong with them)."""

    def check(source: str) -> tuple[Diagnostic, ...]:
        return check_source(source, path, project=Project()).diagnostics

    before = check(text)
    fixable = [d for d in before if d.fix is not None and d.fix.edits]
    problems = []
    for diagnostic in fixable:
        found = _problems_of(diagnostic, text, before, check)
        where = f"{path.name}:{diagnostic.range.line} {diagnostic.code}"
        problems += [f"{where}: {problem}" for problem in found]
        FIGURES["fixes verified"] += not found
    return len(fixable), problems


def _problems_of(
    diagnostic: Diagnostic,
    text: str,
    before: tuple[Diagnostic, ...],
    check: Callable[[str], tuple[Diagnostic, ...]],
) -> list[str]:
    """What is wrong with ``diagnostic``'s fix applied alone to ``text``."""
    fixed, applied = apply_fixes(text, [diagnostic], unsafe=True)
    if applied != [diagnostic]:
        return ["its fix does not apply to the text it was made for"]
    if not (parses(fixed) and _compiles(fixed)):
        return [f"the fixed text does not compile:\n{fixed}"]
    problems = []
    if _still_reported(diagnostic, before, fixed, check):
        problems.append(f"still reported after its fix:\n{fixed}")
    undefined = _undefined_names(fixed) - _undefined_names(text)
    if undefined:
        problems.append(f"the fix uses names defined nowhere {undefined}:\n{fixed}")
    outside = _changed_outside(text, fixed, diagnostic)
    if outside:
        problems.append(f"the fix changed lines outside its edits: {outside}")
    # SIG900 removes a suppression comment: the code must stay exactly as it was.
    if diagnostic.code == "SIG900" and _code_tokens(fixed) != _code_tokens(text):
        problems.append(f"removing a suppression changed the code:\n{fixed}")
    return problems


def _still_reported(
    diagnostic: Diagnostic,
    before: tuple[Diagnostic, ...],
    fixed: str,
    check: Callable[[str], tuple[Diagnostic, ...]],
) -> bool:
    """Whether ``--fix`` would never be done with the finding: it is still there, still offering
    a fix, after the passes ``--fix`` makes (``Optional[Optional[X]]`` loses one ``Optional`` per
    pass). Left without a fix, it is a problem the fix uncovered: MLflow reads the
    ``list[List[None]]`` left of ``Optional[list[List[None]]]`` as Optional too."""
    key = (diagnostic.code, diagnostic.message)
    count = Counter((d.code, d.message) for d in before)[key]
    for _ in range(3):
        after = check(fixed)
        again = [d for d in after if (d.code, d.message) == key and d.fix is not None]
        if Counter((d.code, d.message) for d in after)[key] < count or not again:
            return False
        fixed, _ = apply_fixes(fixed, again[:1], unsafe=True)
    return True


def _undefined_names(text: str) -> set[str]:
    """Names a function of ``text`` reads as globals that the module and builtins never define:
    what raises NameError when it runs (nothing, for code that does not compile)."""
    try:
        module = symtable.symtable(text, "<fixed>", "exec")
    except SyntaxError:
        return set()
    defined = {
        symbol.get_name()
        for symbol in module.get_symbols()
        if symbol.is_assigned() or symbol.is_imported() or symbol.is_namespace()
    }
    undefined: set[str] = set()
    tables = list(module.get_children())
    while tables:
        table = tables.pop()
        tables += table.get_children()
        undefined |= {
            symbol.get_name()
            for symbol in table.get_symbols()
            if symbol.is_referenced()
            and symbol.is_global()
            and not symbol.is_declared_global()
            and symbol.get_name() not in defined
            and not hasattr(builtins, symbol.get_name())
        }
    return undefined


def _compiles(text: str) -> bool:
    """Whether CPython compiles ``text`` (which runs none of it)."""
    try:
        compile(text, "<fixed>", "exec", dont_inherit=True)
    except (SyntaxError, ValueError):
        return False
    return True


def _changed_outside(before: str, after: str, diagnostic: Diagnostic) -> list[str]:
    """The lines of ``before`` that changed though no edit of the fix touches them: each other
    line must be found, unchanged, where the edits above it have moved it."""
    edits = sorted(diagnostic.fix.edits, key=lambda edit: edit.range)
    # An edit that ends at the start of a line (deleting whole lines) does not touch that line.
    touched = {
        line
        for e in edits
        for line in range(e.range.line, e.range.end_line + (e.range.end_column > 0))
    }
    old, new = split_lines(before), split_lines(after)
    changed = []
    for number, line in enumerate(old, start=1):
        if number in touched:
            continue
        shift = sum(
            len(split_lines(e.content)) - 1 - (e.range.end_line - e.range.line)
            for e in edits
            if e.range.end_line < number or (e.range.end_line, e.range.end_column) == (number, 0)
        )
        moved = number + shift
        if not 1 <= moved <= len(new) or new[moved - 1] != line:
            changed.append(line)
    return changed


def _code_tokens(text: str) -> list[tuple[int, str]]:
    """The tokens of ``text`` but its comments and blank-line breaks."""
    ignored = {tokenize.COMMENT, tokenize.NL}
    tokens = tokenize.generate_tokens(io.StringIO(text).readline)
    return [(token.type, token.string) for token in tokens if token.type not in ignored]


def _assert_fixes_safe(cases: list[tuple[str, Path]], *, at_least: int) -> None:
    total, problems = 0, []
    for text, path in cases:
        count, found = fix_problems(text, path)
        total += count
        problems += found
    assert not problems, "\n\n".join(problems)
    assert total >= at_least


def test_fixes_of_the_examples_and_differential_models_are_safe() -> None:
    cases = [(read_python(read(path)), path) for path in LOCAL_CORPUS]
    _assert_fixes_safe(cases, at_least=60)


@pytest.mark.parametrize("name", ["inh_plain_decorator.py", "more_pos_varargs_annotated.py"])
def test_a_starred_parameter_is_reported_but_not_renamed(name: str) -> None:
    """Renaming ``*args`` to ``model_input`` would hide the warning, not make it an input."""
    [path] = [path for path in LOCAL_CORPUS if path.name == name]
    findings = check_source(read_python(read(path)), path, project=Project()).diagnostics
    [invalid_names] = [d for d in findings if d.code == "SIG002"]
    assert invalid_names.fix is None


def test_fixes_of_the_rules_examples_are_safe(tmp_path: Path) -> None:
    cases = []
    examples = [(rule.code, example) for rule in all_rules() for example in rule.invalid]
    for number, (code, example) in enumerate(examples):
        folder = tmp_path / f"{code}_{number}"
        for relative, source in example.files:
            (folder / relative).parent.mkdir(parents=True, exist_ok=True)
            (folder / relative).write_text(source, encoding="utf-8")
        cases.append((example.code, folder / example.path))
    _assert_fixes_safe(cases, at_least=15)


@fuzz_settings(200)
@given(case=model_files())
def test_fixes_of_generated_models_are_safe(case: ModelFile, tmp_path_factory) -> None:
    FIGURES["inputs"] += 1
    FIGURES["generated models"] += 1
    _, problems = fix_problems(case.source, tmp_path_factory.getbasetemp() / case.file_name)
    assert not problems, "\n\n".join(problems)


SUPPRESSIONS = (
    "# noqa",
    "# noqa: SIG101",
    "# noqa: SIG3, E501",
    "# NOQA:SIG405",
    "# siglint: ignore[SIG101]",
    "# siglint: ignore[input-not-list, SIG9]",
    "# siglint: noqa",
    "# siglint: noqa: SIG1",
    "# type: ignore  # noqa: SIG107",
)
# What people write after a directive: a reason, or something that would be code without its '#'.
TRAILERS = ("", " - legacy", " because of #123", " + 1", " or fallback", "  # why")


@st.composite
def suppressed_files(draw: st.DrawFn) -> tuple[str, str]:
    """A corpus file with suppression comments added: (its name, the text)."""
    path = draw(st.sampled_from(LOCAL_CORPUS))
    lines = split_lines(read_python(read(path)))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(lines) - 1))
        comment = draw(st.sampled_from(SUPPRESSIONS)) + draw(st.sampled_from(TRAILERS))
        own_line = draw(st.booleans()) or "#" in lines[at] or lines[at].rstrip().endswith("\\")
        if own_line:
            indent = lines[at][: len(lines[at]) - len(lines[at].lstrip())]
            lines.insert(at, indent + comment)
        else:
            lines[at] += "  " + comment
    return path.name, "\n".join(lines)


@fuzz_settings(200)
@given(case=suppressed_files())
def test_removing_unused_suppressions_changes_only_comments(case, tmp_path_factory) -> None:
    name, text = case
    FIGURES["inputs"] += 1
    _, problems = fix_problems(text, tmp_path_factory.getbasetemp() / name)
    assert not problems, "\n\n".join(problems)


@pytest.mark.parametrize("separator", ["\x0c", "\u2028", "\x85", "\x1c"])
def test_a_line_separator_in_a_comment_does_not_misplace_a_fix(separator: str, tmp_path) -> None:
    text = f"x = 1  # a{separator}b#\nvalue_long_name = 1  # noqa: SIG101\n"
    result = fix_until_stable(
        text,
        tmp_path / "model.py",
        lambda source: check_source(source, tmp_path / "model.py").diagnostics,
        unsafe=False,
    )
    assert result.text == f"x = 1  # a{separator}b#\nvalue_long_name = 1\n"


# --------------------------------------------------------------------------------------
# Whole files through the command line
# --------------------------------------------------------------------------------------

VARIANTS = ("lf", "crlf", "cr", "bom", "latin-1", "mode")


def _variant(data: bytes, variant: str) -> bytes:
    lines = data.decode("utf-8").splitlines()
    if variant == "crlf":
        return "\r\n".join(lines).encode() + b"\r\n"
    if variant == "cr":
        return "\r".join(lines).encode() + b"\r"
    if variant == "bom":
        return b"\xef\xbb\xbf" + data
    if variant == "latin-1":
        text = "# -*- coding: latin-1 -*-\n# café\n" + data.decode("utf-8")
        return text.encode("latin-1", errors="replace")
    return data


def _fixable_cases() -> list[tuple[Path, str]]:
    """Each corpus file with a fixable finding, with a variant (rotated, so all are used)."""
    cases = []
    for path in LOCAL_CORPUS:
        text = read_python(read(path))
        if any(d.fix for d in check_source(text, path, project=Project()).diagnostics):
            cases.append((path, VARIANTS[len(cases) % len(VARIANTS)]))
    return cases


def test_fix_on_disk_keeps_encoding_endings_and_mode_and_is_stable(tmp_path: Path) -> None:
    cases = _fixable_cases()
    assert len(cases) >= 20
    # Package cases keep their folder: their imports reach sibling modules.
    for number, (original, variant) in enumerate(cases):
        folder = tmp_path / str(number)
        source = original.parent if (original.parent / "__init__.py").exists() else None
        if source is not None:
            shutil.copytree(source, folder / source.name)
            path = folder / source.name / original.name
        else:
            folder.mkdir()
            path = folder / original.name
        data = _variant(read(original), variant)
        path.write_bytes(data)
        mode = 0o751 if variant == "mode" else 0o640
        os.chmod(path, mode)

        text = read_python(data)
        expected = fix_until_stable(
            text,
            path,
            lambda source, path=path: check_source(source, path, project=Project()).diagnostics,
            unsafe=True,
        )
        arguments = ["check", str(path), "--fix", "--unsafe-fixes", "--output-format", "json"]
        arguments += ["--output-file", str(tmp_path / "report.json")]
        assert main(arguments) in (0, 1)
        fixed = path.read_bytes()
        about = f"{original.name} ({variant})"
        assert read_python(fixed) == expected.text, about
        assert fixed.startswith(b"\xef\xbb\xbf") == data.startswith(b"\xef\xbb\xbf"), about
        assert fixed.splitlines()[:1] == data.splitlines()[:1] or variant != "latin-1", about
        assert _endings(fixed) <= _endings(data), about
        assert stat.S_IMODE(path.stat().st_mode) == mode, about
        assert parses(read_python(fixed)), about
        assert main(arguments) in (0, 1)
        assert path.read_bytes() == fixed, f"{about}: a second --fix changed the file"
        assert sorted(p.name for p in path.parent.iterdir() if p.name.endswith(".siglint")) == []
        FIGURES["fixed files verified"] += 1


def _endings(data: bytes) -> set[bytes]:
    """The kinds of line ending in ``data``."""
    found = set()
    if b"\r\n" in data:
        found.add(b"\r\n")
    if b"\n" in data.replace(b"\r\n", b""):
        found.add(b"\n")
    if b"\r" in data.replace(b"\r\n", b""):
        found.add(b"\r")
    return found


def test_a_file_edited_during_the_check_is_not_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Someone saves the file while siglint checks it: their version stays, siglint says why."""
    path = tmp_path / "translator_model.py"
    path.write_bytes(read(ROOT / "examples" / "translator_model.py"))
    theirs = path.read_bytes() + b"\n# saved by the editor meanwhile\n"
    real_check = check_source

    def check_while_someone_saves(text, file, settings=None, project=None):
        path.write_bytes(theirs)
        return real_check(text, file, settings, project)

    monkeypatch.setattr("siglint.cli.check.check_source", check_while_someone_saves)
    code = main(["check", str(path), "--fix", "--unsafe-fixes"])
    assert code == 1
    assert path.read_bytes() == theirs
    assert "changed on disk since it was read; not written" in capsys.readouterr().err


# --------------------------------------------------------------------------------------
# Interrupted writes
# --------------------------------------------------------------------------------------

WRITER = """
import sys
from pathlib import Path
from siglint.fixes import write_atomically

path = Path(sys.argv[1])
contents = [Path(sys.argv[2]).read_text(), Path(sys.argv[3]).read_text()]
print("ready", flush=True)
while True:
    current = path.read_bytes()
    write_atomically(path, contents[current.decode() == contents[0]], current)
"""


def test_a_killed_write_leaves_the_old_file_or_the_new_one(tmp_path: Path) -> None:
    """A writer swapping two 2 MB versions of a file is killed at random moments: the file is
    always one version or the other, whole."""
    versions = [("a = 1\n" * 350_000), ("b = 22\n" * 300_000)]
    for name, version in zip(("one.txt", "two.txt"), versions, strict=True):
        (tmp_path / name).write_text(version)
    target = tmp_path / "model.py"
    target.write_text(versions[0])
    arguments = [str(target), str(tmp_path / "one.txt"), str(tmp_path / "two.txt")]
    seen = set()
    for attempt in range(12):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, *arguments], stdout=subprocess.PIPE, text=True
        )
        assert writer.stdout.readline() == "ready\n"
        time.sleep(0.05 + 0.037 * attempt)
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        content = target.read_text()
        assert content in versions
        seen.add(content)
    # Killed while writing, the temporary file stays behind: never the file itself.
    assert all(p.name.startswith(".model.py.") for p in tmp_path.glob(".*"))
    assert len(seen) == 2  # the kills did land between different writes


@pytest.mark.parametrize("failing", ["os.replace", "os.chmod"])
def test_a_failed_write_leaves_the_file_and_no_temporary(
    failing: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "translator_model.py"
    original = read(ROOT / "examples" / "translator_model.py")
    path.write_bytes(original)

    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(failing, interrupted)
    with pytest.raises(KeyboardInterrupt):
        main(["check", str(path), "--fix", "--unsafe-fixes", "--per-file-timeout", "0"])
    assert path.read_bytes() == original
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
