"""``Settings``: rule selection, version gating, severity overrides, fingerprint and display."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from siglint.config import Settings
from siglint.diagnostics import Severity


def test_the_defaults_select_every_rule_that_applies_to_the_default_mlflow_version() -> None:
    settings = Settings()
    enabled = [
        c
        for c in ("SIG001", "SIG101", "SIG102", "SIG110", "SIG201", "SIG401")
        if settings.enabled(c)
    ]
    assert enabled == ["SIG001", "SIG101", "SIG102", "SIG110", "SIG201"]


@pytest.mark.parametrize(
    ("select", "extend_select", "ignore", "expected"),
    [
        # A longer prefix is more specific than a shorter one, whichever list it is in.
        (("SIG",), (), ("SIG1",), {"SIG001", "SIG201"}),
        (("SIG101",), (), ("SIG1",), {"SIG101"}),
        (("SIG",), ("SIG101",), ("SIG1",), {"SIG001", "SIG101", "SIG201"}),
        (("SIG1",), (), ("SIG",), {"SIG101", "SIG102", "SIG110"}),
        # A name is as specific as its code; on a tie, ignore wins.
        (("SIG",), (), ("input-not-list",), {"SIG001", "SIG102", "SIG110", "SIG201"}),
        (("input-not-list",), (), ("SIG101",), set()),
        (
            ("SIG1",),
            ("SIG0",),
            ("collection-without-element-type",),
            {"SIG001", "SIG101", "SIG110"},
        ),
        # Nothing selected, nothing reported.
        ((), (), (), set()),
    ],
)
def test_the_most_specific_selector_wins(
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    expected: set[str],
) -> None:
    settings = Settings(select=select, extend_select=extend_select, ignore=ignore)
    codes = {"SIG001", "SIG101", "SIG102", "SIG110", "SIG201"}
    assert {c for c in codes if settings.enabled(c)} == expected


def test_per_file_ignores_remove_rules_whatever_was_selected() -> None:
    settings = Settings(select=("SIG101", "SIG102"), per_file_ignores=(("tests/*", ("SIG1",)),))
    assert settings.file_ignores == ("SIG1",)
    assert not settings.enabled("SIG101")
    assert not settings.enabled("SIG102")
    assert Settings(select=("SIG101",)).enabled("SIG101")


def test_per_file_ignores_accept_names() -> None:
    settings = Settings(per_file_ignores=(("a.py", ("input-not-list",)), ("*.py", ("SIG0",))))
    assert settings.file_ignores == ("input-not-list", "SIG0")
    assert [c for c in ("SIG001", "SIG101", "SIG102") if settings.enabled(c)] == ["SIG102"]


@pytest.mark.parametrize(
    ("target", "code", "expected"),
    [
        ("3.18.0", "SIG401", False),  # from 3.19
        ("3.19", "SIG401", True),
        ("3.19.0", "SIG401", True),
        ("4", "SIG401", True),
        ("3.17.2", "SIG110", True),  # from 3.9: 9 < 17 as numbers, not as text
        ("3.8.9", "SIG110", False),
        ("2.20.0", "SIG101", True),  # from 2.20: the same version
        ("2.19.9", "SIG101", False),
        ("1.0", "SIG201", True),  # no minimum
        ("1.0", "SIG998", True),  # not in the registry: no minimum to check
    ],
)
def test_a_rule_newer_than_the_target_mlflow_version_is_off(
    target: str, code: str, expected: bool
) -> None:
    assert Settings(target_mlflow_version=target).enabled(code) is expected


def test_version_gating_wins_over_an_explicit_selection() -> None:
    assert not Settings(select=("SIG401",)).enabled("SIG401")


def test_severity_overrides_use_the_most_specific_selector_in_any_order() -> None:
    settings = Settings(
        severity=(
            ("SIG101", Severity.ERROR),
            ("SIG1", Severity.INFO),
            ("SIG", Severity.WARNING),
            ("collection-without-element-type", Severity.WARNING),
        )
    )
    assert settings.severity_for("SIG101", Severity.WARNING) is Severity.ERROR
    assert settings.severity_for("SIG110", Severity.WARNING) is Severity.INFO
    assert settings.severity_for("SIG102", Severity.ERROR) is Severity.WARNING
    assert settings.severity_for("SIG001", Severity.ERROR) is Severity.WARNING


def test_severity_defaults_to_the_rules_own() -> None:
    settings = Settings(severity=(("SIG2", Severity.ERROR),))
    assert settings.severity_for("SIG101", Severity.INFO) is Severity.INFO
    assert settings.severity_for("SIG201", Severity.INFO) is Severity.ERROR


def test_fingerprint_is_stable_and_follows_every_setting(tmp_path: Path) -> None:
    base = Settings(root=tmp_path)
    assert base.fingerprint() == Settings(root=tmp_path).fingerprint()
    assert len(base.fingerprint()) == 64
    variants = [
        Settings(root=tmp_path, select=("SIG1",)),
        Settings(root=tmp_path, ignore=("SIG1",)),
        Settings(root=tmp_path, per_file_ignores=(("a.py", ("SIG1",)),)),
        Settings(root=tmp_path, severity=(("SIG1", Severity.ERROR),)),
        Settings(root=tmp_path, target_mlflow_version="3.18"),
        Settings(root=tmp_path, unsafe_fixes=True),
    ]
    assert len({base.fingerprint(), *(v.fingerprint() for v in variants)}) == len(variants) + 1


def test_to_dict_uses_the_toml_keys_and_is_json(tmp_path: Path) -> None:
    settings = Settings(
        per_file_ignores=(("tests/*", ("SIG1",)),),
        severity=(("SIG101", Severity.ERROR),),
        config_path=tmp_path / "siglint.toml",
        root=tmp_path,
    )
    shown = json.loads(json.dumps(settings.to_dict()))
    assert shown["per-file-ignores"] == {"tests/*": ["SIG1"]}
    assert shown["severity"] == {"SIG101": "error"}
    assert shown["config-path"] == str(tmp_path / "siglint.toml")
    assert shown["root"] == str(tmp_path)
    assert shown["target-mlflow-version"] == "3.18.0"
    assert ".venv" in shown["exclude"]
    assert set(shown) >= {
        "select",
        "extend-select",
        "ignore",
        "extend-exclude",
        "unsafe-fixes",
        "respect-gitignore",
    }
