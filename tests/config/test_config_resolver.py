"""``SettingsResolver``: finding a file's configuration, layering overrides, excluding paths."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from siglint.config import DEFAULT_EXCLUDE, ConfigError, Settings, SettingsResolver
from siglint.diagnostics import Severity


def write(path: Path, text: str = "") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_without_configuration_the_defaults_apply_relative_to_the_root(tmp_path: Path) -> None:
    settings = SettingsResolver(root=tmp_path).settings_for(tmp_path / "a" / "model.py")
    assert settings == Settings(root=tmp_path)
    assert settings.config_path is None


def test_the_closest_configuration_wins_and_nothing_merges(tmp_path: Path) -> None:
    outer = write(
        tmp_path / "pyproject.toml", '[tool.siglint]\nselect = ["SIG1"]\nunsafe-fixes = true\n'
    )
    inner = write(tmp_path / "pkg" / "pyproject.toml", '[tool.siglint]\nignore = ["SIG102"]\n')
    resolver = SettingsResolver()
    deep = resolver.settings_for(tmp_path / "pkg" / "sub" / "model.py")
    assert deep.config_path == inner
    assert deep.root == tmp_path / "pkg"
    assert deep.select == ("SIG",)
    assert deep.ignore == ("SIG102",)
    assert deep.unsafe_fixes is False
    top = resolver.settings_for(tmp_path / "other" / "model.py")
    assert top.config_path == outer
    assert (top.select, top.unsafe_fixes) == (("SIG1",), True)


def test_a_pyproject_without_a_siglint_table_is_passed_over(tmp_path: Path) -> None:
    outer = write(tmp_path / "pyproject.toml", "[tool.siglint]\nselect = ['SIG2']\n")
    write(
        tmp_path / "pkg" / "pyproject.toml",
        "[project]\nname = 'pkg'\n[tool.ruff]\nline-length = 3\n",
    )
    settings = SettingsResolver().settings_for(tmp_path / "pkg" / "model.py")
    assert settings.config_path == outer
    assert settings.select == ("SIG2",)


def test_an_empty_siglint_table_counts(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.siglint]\nselect = ['SIG2']\n")
    inner = write(tmp_path / "pkg" / "pyproject.toml", "[tool.siglint]\n")
    settings = SettingsResolver().settings_for(tmp_path / "pkg" / "model.py")
    assert (settings.config_path, settings.select) == (inner, ("SIG",))


def test_siglint_toml_wins_over_pyproject_in_the_same_folder(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.siglint]\nselect = ['SIG1']\n")
    own = write(tmp_path / "siglint.toml", "select = ['SIG2']\n")
    settings = SettingsResolver().settings_for(tmp_path / "model.py")
    assert (settings.config_path, settings.select) == (own, ("SIG2",))


def test_a_closer_pyproject_wins_over_a_siglint_toml_further_up(tmp_path: Path) -> None:
    write(tmp_path / "siglint.toml", "select = ['SIG2']\n")
    inner = write(tmp_path / "pkg" / "pyproject.toml", "[tool.siglint]\nselect = ['SIG0']\n")
    settings = SettingsResolver().settings_for(tmp_path / "pkg" / "model.py")
    assert (settings.config_path, settings.select) == (inner, ("SIG0",))


def test_every_key_is_read(tmp_path: Path) -> None:
    write(
        tmp_path / "siglint.toml",
        """
        select = ["SIG1"]
        extend-select = ["SIG001"]
        ignore = ["input-not-list"]
        exclude = ["gen"]
        extend-exclude = ["old"]
        target-mlflow-version = "3.18"
        unsafe-fixes = true
        respect-gitignore = false

        [per-file-ignores]
        "model.py" = ["SIG102"]

        [severity]
        SIG1 = "error"
        """,
    )
    settings = SettingsResolver().settings_for(tmp_path / "model.py")
    assert settings.select == ("SIG1",)
    assert settings.extend_select == ("SIG001",)
    assert settings.ignore == ("input-not-list",)
    assert settings.per_file_ignores == (("model.py", ("SIG102",)),)
    assert settings.exclude == ("gen",)
    assert settings.extend_exclude == ("old",)
    assert settings.severity == (("SIG1", Severity.ERROR),)
    assert settings.target_mlflow_version == "3.18"
    assert settings.unsafe_fixes is True
    assert settings.respect_gitignore is False
    assert settings.enabled("SIG401") is False  # SIG4 is not selected
    assert [c for c in ("SIG001", "SIG101", "SIG102", "SIG110") if settings.enabled(c)] == [
        "SIG001",
        "SIG110",
    ]


@pytest.mark.parametrize(
    ("relative", "expected"),
    [
        ("tests/test_model.py", ("SIG1",)),
        ("tests/unit/test_deep.py", ("SIG1",)),  # inside a matched folder
        ("src/tests/test_model.py", ()),  # "tests/*" is anchored at the config's folder
        ("src/pkg/__init__.py", ("SIG0",)),  # a bare name matches at any depth
        ("tests/__init__.py", ("SIG1", "SIG0")),
        ("src/model.py", ()),
        ("src/gen/schema.py", ("input-not-list",)),
    ],
)
def test_per_file_ignores_are_matched_against_the_file(
    tmp_path: Path, relative: str, expected: tuple[str, ...]
) -> None:
    write(
        tmp_path / "proj" / "pyproject.toml",
        """
        [tool.siglint.per-file-ignores]
        "tests/*" = ["SIG1"]
        "__init__.py" = ["SIG0"]
        "**/gen/*.py" = ["input-not-list"]
        """,
    )
    settings = SettingsResolver().settings_for(tmp_path / "proj" / relative)
    assert settings.file_ignores == expected
    silenced = bool({"SIG1", "input-not-list"} & set(expected))
    assert settings.enabled("SIG101") is not silenced


def test_version_gating_from_the_configuration(tmp_path: Path) -> None:
    write(tmp_path / "old" / "siglint.toml", 'target-mlflow-version = "2.22"\n')
    write(tmp_path / "new" / "siglint.toml", 'target-mlflow-version = "3.9.0"\n')
    resolver = SettingsResolver()
    assert not resolver.settings_for(tmp_path / "old" / "m.py").enabled("SIG110")  # from 3.9
    assert resolver.settings_for(tmp_path / "new" / "m.py").enabled("SIG110")
    assert not resolver.settings_for(tmp_path / "new" / "m.py").enabled("SIG401")  # from 3.19
    # Without a configuration, the newest release siglint knows (3.18.0: not 3.19 yet).
    assert resolver.settings_for(tmp_path / "m.py").target_mlflow_version == "3.18.0"
    assert not resolver.settings_for(tmp_path / "m.py").enabled("SIG401")


def test_severity_from_the_configuration(tmp_path: Path) -> None:
    write(tmp_path / "siglint.toml", '[severity]\nSIG1 = "info"\n"input-not-list" = "error"\n')
    settings = SettingsResolver().settings_for(tmp_path / "m.py")
    assert settings.severity_for("SIG101", Severity.WARNING) is Severity.ERROR
    assert settings.severity_for("SIG102", Severity.ERROR) is Severity.INFO
    assert settings.severity_for("SIG001", Severity.WARNING) is Severity.WARNING


class TestOverrides:
    def config(self, tmp_path: Path) -> None:
        write(
            tmp_path / "siglint.toml",
            """
            select = ["SIG1"]
            extend-select = ["SIG001"]
            ignore = ["SIG102"]
            extend-exclude = ["old"]
            unsafe-fixes = true
            [per-file-ignores]
            "a.py" = ["SIG110"]
            "b.py" = ["SIG110"]
            [severity]
            SIG101 = "error"
            SIG110 = "error"
            """,
        )

    def test_extend_select_and_ignore_add_to_the_file(self, tmp_path: Path) -> None:
        self.config(tmp_path)
        overrides = {"extend-select": ["SIG201"], "ignore": ["SIG110"]}
        settings = SettingsResolver(overrides).settings_for(tmp_path / "m.py")
        assert settings.select == ("SIG1",)
        assert settings.extend_select == ("SIG001", "SIG201")
        assert settings.ignore == ("SIG102", "SIG110")
        assert [
            c for c in ("SIG001", "SIG101", "SIG102", "SIG110", "SIG201") if settings.enabled(c)
        ] == [
            "SIG001",
            "SIG101",
            "SIG201",
        ]

    def test_select_starts_the_selection_afresh(self, tmp_path: Path) -> None:
        self.config(tmp_path)
        settings = SettingsResolver({"select": ["SIG102"]}).settings_for(tmp_path / "m.py")
        assert (settings.select, settings.extend_select, settings.ignore) == (("SIG102",), (), ())
        assert settings.enabled("SIG102")
        assert not settings.enabled("SIG001")

    def test_tables_merge_and_values_replace(self, tmp_path: Path) -> None:
        self.config(tmp_path)
        overrides = {
            "severity": {"SIG110": "info"},
            "per-file-ignores": {"b.py": ["SIG101"], "c.py": ["SIG101"]},
            "unsafe-fixes": False,
            "extend-exclude": ["new"],
        }
        resolver = SettingsResolver(overrides)
        settings = resolver.settings_for(tmp_path / "a.py")
        assert settings.severity == (("SIG101", Severity.ERROR), ("SIG110", Severity.INFO))
        assert settings.unsafe_fixes is False
        assert settings.extend_exclude == ("old", "new")
        assert settings.file_ignores == ("SIG110",)
        assert resolver.settings_for(tmp_path / "b.py").file_ignores == ("SIG101",)
        assert resolver.settings_for(tmp_path / "c.py").file_ignores == ("SIG101",)

    def test_overrides_apply_without_a_configuration(self, tmp_path: Path) -> None:
        resolver = SettingsResolver({"ignore": ["SIG1"], "exclude": []}, root=tmp_path)
        settings = resolver.settings_for(tmp_path / "m.py")
        assert settings.config_path is None
        assert (settings.ignore, settings.exclude) == (("SIG1",), ())


class TestConfigFile:
    def test_a_forced_file_applies_everywhere_relative_to_its_folder(self, tmp_path: Path) -> None:
        write(tmp_path / "work" / "siglint.toml", "select = ['SIG2']\n")
        forced = write(
            tmp_path / "conf" / "strict.toml",
            "select = ['SIG1']\n[per-file-ignores]\n'src/*' = ['SIG101']\n",
        )
        resolver = SettingsResolver(config_file=forced)
        settings = resolver.settings_for(tmp_path / "work" / "m.py")
        assert (settings.config_path, settings.root, settings.select) == (
            forced,
            forced.parent,
            ("SIG1",),
        )
        assert resolver.settings_for(tmp_path / "conf" / "src" / "m.py").file_ignores == ("SIG101",)
        assert resolver.settings_for(tmp_path / "work" / "src" / "m.py").file_ignores == ()

    def test_a_forced_pyproject_without_a_table_means_the_defaults(self, tmp_path: Path) -> None:
        forced = write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n")
        write(tmp_path / "pkg" / "siglint.toml", "select = ['SIG2']\n")
        settings = SettingsResolver(config_file=forced).settings_for(tmp_path / "pkg" / "m.py")
        assert (settings.config_path, settings.select) == (forced, ("SIG",))

    def test_a_missing_forced_file_is_an_error(self, tmp_path: Path) -> None:
        with pytest.raises(ConfigError, match=r"nowhere\.toml: cannot read") as raised:
            SettingsResolver(config_file=tmp_path / "nowhere.toml")
        assert raised.value.path == tmp_path / "nowhere.toml"


def test_configurations_are_read_once_per_folder(tmp_path: Path) -> None:
    config = write(tmp_path / "siglint.toml", "select = ['SIG1']\n")
    resolver = SettingsResolver()
    assert resolver.settings_for(tmp_path / "a" / "m.py").select == ("SIG1",)
    config.write_text("select = ['SIG2']\n", encoding="utf-8")
    assert resolver.settings_for(tmp_path / "a" / "n.py").select == ("SIG1",)
    assert resolver.settings_for(tmp_path / "a" / "b" / "m.py").select == ("SIG1",)
    assert SettingsResolver().settings_for(tmp_path / "a" / "m.py").select == ("SIG2",)


def test_relative_paths_are_resolved_from_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = write(tmp_path / "pkg" / "siglint.toml", "[per-file-ignores]\n'm.py' = ['SIG1']\n")
    monkeypatch.chdir(tmp_path / "pkg")
    settings = SettingsResolver().settings_for(Path("m.py"))
    assert (settings.config_path, settings.file_ignores) == (config, ("SIG1",))


class TestIsExcluded:
    def test_default_excludes_apply_at_any_depth(self, tmp_path: Path) -> None:
        resolver = SettingsResolver(root=tmp_path)
        assert resolver.is_excluded(tmp_path / ".venv" / "lib" / "site.py")
        assert resolver.is_excluded(tmp_path / "src" / "node_modules" / "x.py")
        assert resolver.is_excluded(tmp_path / "build")
        assert not resolver.is_excluded(tmp_path / "src" / "builder.py")
        assert set(DEFAULT_EXCLUDE) >= {
            ".git",
            ".venv",
            "venv",
            "node_modules",
            "build",
            "dist",
            ".tox",
        }

    def test_extend_exclude_is_relative_to_the_configuration(self, tmp_path: Path) -> None:
        write(
            tmp_path / "proj" / "siglint.toml",
            "extend-exclude = ['/generated', 'src/legacy/', '*_pb2.py']\n",
        )
        resolver = SettingsResolver()
        proj = tmp_path / "proj"
        (proj / "src" / "legacy").mkdir(parents=True)
        assert resolver.is_excluded(proj / "generated" / "m.py")
        assert not resolver.is_excluded(proj / "src" / "generated" / "m.py")
        assert resolver.is_excluded(proj / "src" / "legacy" / "deep" / "m.py")
        assert resolver.is_excluded(proj / "src" / "a_pb2.py")
        assert resolver.is_excluded(proj / ".venv" / "m.py")  # the defaults still apply

    def test_exclude_replaces_the_defaults(self, tmp_path: Path) -> None:
        write(tmp_path / "siglint.toml", "exclude = ['scratch']\n")
        resolver = SettingsResolver()
        assert not resolver.is_excluded(tmp_path / ".venv" / "m.py")
        assert resolver.is_excluded(tmp_path / "scratch" / "m.py")

    def test_a_negated_pattern_re_includes_a_file_but_not_in_an_excluded_folder(
        self, tmp_path: Path
    ) -> None:
        write(
            tmp_path / "siglint.toml",
            "extend-exclude = ['*_gen.py', '!keep_gen.py', 'out/', '!out/keep.py']\n",
        )
        (tmp_path / "out").mkdir()
        resolver = SettingsResolver()
        assert resolver.is_excluded(tmp_path / "a_gen.py")
        assert not resolver.is_excluded(tmp_path / "keep_gen.py")
        assert resolver.is_excluded(tmp_path / "out" / "keep.py")

    def test_a_folder_excluded_above_a_nested_configuration(self, tmp_path: Path) -> None:
        write(tmp_path / "siglint.toml", "extend-exclude = ['/vendored']\n")
        write(tmp_path / "vendored" / "siglint.toml", "select = ['SIG1']\n")
        assert SettingsResolver().is_excluded(tmp_path / "vendored" / "m.py")

    def test_the_configurations_own_folder_name_does_not_exclude_it(self, tmp_path: Path) -> None:
        write(tmp_path / "build" / "siglint.toml", "")
        assert not SettingsResolver().is_excluded(tmp_path / "build" / "src" / "m.py")

    def test_folders_above_the_root_are_not_judged(self, tmp_path: Path) -> None:
        assert not SettingsResolver(root=tmp_path / "dist" / "proj").is_excluded(
            tmp_path / "dist" / "proj" / "m.py"
        )
