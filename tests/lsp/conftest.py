"""Fixtures for the end-to-end tests: one real server per client profile (``lsp_session``)."""

from __future__ import annotations

from pathlib import Path

import pytest
import pytest_lsp
from lsp_session import CONFIG, PROFILES, Client, Editor, start


@pytest_lsp.fixture(config=CONFIG, params=PROFILES, scope="module", name="shared_client")
async def shared_client(
    request: pytest.FixtureRequest, lsp_client: Client, tmp_path_factory: pytest.TempPathFactory
):
    """One server per profile, shared by a module's tests, each on documents of its own.

    Tests that change the server's settings start their own with ``lsp_session.session``.
    """
    root = tmp_path_factory.mktemp("workspace")
    lsp_client.editor = await start(lsp_client, request.param, root)
    yield
    await lsp_client.shutdown_session()


@pytest.fixture(scope="module")
def editor(shared_client: Client) -> Editor:
    """The editor on the shared server (its tests run in ``loop_scope="module"``)."""
    assert shared_client.editor is not None
    return shared_client.editor


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Replies that ignore the client's capabilities fail the tests here, whatever the command."""
    here = Path(__file__).parent
    for item in items:
        if item.path.is_relative_to(here):
            item.add_marker(pytest.mark.filterwarnings("error::pytest_lsp.LspSpecificationWarning"))
