"""Settings end to end: initialization options, ``workspace/configuration``, configuration
files, and what happens when any of them is wrong. Each test runs a server of its own."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from lsp_session import PROFILES, Editor, eventually, session
from lsprotocol import types
from pytest_lsp import client_capabilities

pytestmark = pytest.mark.asyncio

EXAMPLE = (Path(__file__).parents[2] / "examples" / "translator_model.py").read_text()
BOTH = ["SIG101", "SIG108"]


def codes(diagnostics: list[types.Diagnostic]) -> list[str]:
    return [d.code for d in diagnostics]


async def findings(editor: Editor, uri: str, expected: list[str]) -> None:
    """Wait until the document's findings are ``expected`` (pulled again, or pushed anew)."""
    await editor.diagnostics(uri, until=lambda found: codes(found) == expected)


def watched(editor: Editor, name: str, kind: types.FileChangeType) -> None:
    editor.client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams([types.FileEvent(editor.uri(name), kind)])
    )


async def message(editor: Editor, containing: str) -> types.ShowMessageParams:
    return await eventually(
        lambda: next((m for m in editor.client.messages if containing in m.message), None)
    )


@pytest.mark.parametrize("profile", PROFILES)
async def test_initialization_options_and_workspace_configuration(profile: str, tmp_path: Path):
    async with session(
        profile, tmp_path, settings={"ignore": ["SIG101"]}, configuration={"ignore": ["SIG108"]}
    ) as editor:
        uri = editor.open("model.py", EXAMPLE)
        # The workspace's settings layer on the initialization options, key by key.
        await findings(editor, uri, ["SIG101"])

        editor.client.set_configuration({"select": ["SIG108"]}, section="siglint")
        editor.client.workspace_did_change_configuration(
            types.DidChangeConfigurationParams(settings=None)
        )
        await findings(editor, uri, ["SIG108"])

        editor.client.set_configuration({}, section="siglint")
        editor.client.workspace_did_change_configuration(
            types.DidChangeConfigurationParams(settings=None)
        )
        await findings(editor, uri, ["SIG108"])  # back to the initialization options' ignore


async def test_a_client_that_cannot_be_asked_sends_its_settings(tmp_path: Path):
    async with session("neovim@v0.7", tmp_path) as editor:
        uri = editor.open("model.py", EXAMPLE)
        await findings(editor, uri, BOTH)
        editor.client.workspace_did_change_configuration(
            types.DidChangeConfigurationParams(settings={"siglint": {"ignore": ["SIG1"]}})
        )
        await findings(editor, uri, [])


@pytest.mark.parametrize("profile", PROFILES)
async def test_configuration_file_changes_are_applied(profile: str, tmp_path: Path):
    async with session(profile, tmp_path) as editor:
        if profile == "visual_studio_code":  # the only profile that can register watchers
            (registration,) = await eventually(lambda: editor.client.registrations)
            globs = [w["globPattern"] for w in registration.register_options["watchers"]]
            assert {"**/pyproject.toml", "**/siglint.toml", "**/*.py"} <= set(globs)
        uri = editor.open("model.py", EXAMPLE)
        await findings(editor, uri, BOTH)

        editor.write("pyproject.toml", '[tool.siglint]\nignore = ["SIG108"]\n')
        watched(editor, "pyproject.toml", types.FileChangeType.Created)
        await findings(editor, uri, ["SIG101"])

        # A broken file is reported, and the document has no findings until it is repaired.
        editor.write("pyproject.toml", '[tool.siglint]\nignor = ["SIG108"]\n')
        watched(editor, "pyproject.toml", types.FileChangeType.Changed)
        await findings(editor, uri, [])
        shown = await message(editor, 'ignor: unknown key, did you mean "ignore"?')
        assert shown.type == types.MessageType.Error

        editor.write("pyproject.toml", '[tool.siglint]\nextend-select = ["SIG1"]\n')
        watched(editor, "pyproject.toml", types.FileChangeType.Changed)
        await findings(editor, uri, BOTH)


async def test_invalid_editor_settings_are_reported_and_ignored(tmp_path: Path):
    settings = {"select": ["SIG1", "NOPE"], "debounce": "soon", "enable": "yes"}
    async with session("visual_studio_code", tmp_path, settings=settings) as editor:
        uri = editor.open("model.py", EXAMPLE)
        await findings(editor, uri, BOTH)
        assert (await message(editor, "siglint.debounce")).type == types.MessageType.Warning
        await message(editor, "siglint.enable")
        await message(editor, 'select: unknown rule selector "NOPE"')


@pytest.mark.parametrize("profile", PROFILES)
async def test_enable_and_unsafe_fixes(profile: str, tmp_path: Path):
    async with session(profile, tmp_path, configuration={"enable": False}) as editor:
        uri = editor.open("model.py", EXAMPLE)
        await findings(editor, uri, [])
        assert await editor.code_actions(uri, [], only=["source.fixAll"]) == []

        editor.client.set_configuration({"unsafeFixes": True}, section="siglint")
        editor.client.workspace_did_change_configuration(
            types.DidChangeConfigurationParams(settings=None)
        )
        await findings(editor, uri, BOTH)
        (action,) = await editor.code_actions(uri, [], only=["source.fixAll"])
        action = await editor.resolved(action)
        assert "model_input: list[str]) -> str:" in editor.applied(uri, action.edit)


async def test_fix_all_without_resolve_support_comes_with_its_edit(tmp_path: Path):
    capabilities = client_capabilities("visual_studio_code")
    code_action = attrs.evolve(capabilities.text_document.code_action, resolve_support=None)
    capabilities = attrs.evolve(
        capabilities,
        text_document=attrs.evolve(capabilities.text_document, code_action=code_action),
    )
    settings = {"unsafeFixes": True}
    async with session("visual_studio_code", tmp_path, settings, capabilities) as editor:
        uri = editor.open("model.py", EXAMPLE)
        await findings(editor, uri, BOTH)
        (action,) = await editor.code_actions(uri, [], only=["source.fixAll.siglint"])
        assert action.edit is not None and action.data is None
        assert "model_input: list[str]) -> str:" in editor.applied(uri, action.edit)
