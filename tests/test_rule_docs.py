"""The rule documentation: generated from the registry, and every link to it leads somewhere."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from lsp_server.convert import to_lsp
from lsp_server.text import Text
from siglint.cli.main import main
from siglint.config import Settings
from siglint.engine import check_source
from siglint.rules import registry
from siglint.rules.registry import all_rules

ROOT = Path(__file__).resolve().parent.parent
_LINK = re.compile(r"\]\(([^)\s]+)\)")


def test_the_docs_and_the_readme_table_are_generated_from_the_registry() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate_rule_docs.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    pages = {path.name for path in (ROOT / registry.DOCS_FOLDER).glob("*.md")}
    assert pages == {"README.md"} | {f"{rule.name}.md" for rule in all_rules()}


def _target(url: str) -> Path:
    parsed = urlparse(url)
    assert parsed.scheme == "file", f"{url} is no address in this checkout"
    return Path(unquote(parsed.path))


@pytest.mark.parametrize("rule", all_rules(), ids=lambda rule: rule.code)
def test_every_rule_links_to_its_page(rule: registry.Rule) -> None:
    # No canonical public address exists (DOCS_URL is None): the link is the page in the checkout.
    assert registry.DOCS_URL is None
    assert rule.url is not None
    page = _target(rule.url)
    assert page == ROOT / rule.doc_page
    assert page.read_text(encoding="utf-8").startswith(f"# {rule.name} ({rule.code})\n")


def test_the_links_in_the_docs_and_the_readme_resolve() -> None:
    documents = [ROOT / "README.md", *sorted((ROOT / registry.DOCS_FOLDER).glob("*.md"))]
    checked = 0
    for document in documents:
        for link in _LINK.findall(document.read_text(encoding="utf-8")):
            if urlparse(link).scheme or link.startswith("#"):
                continue
            target = document.parent / link.partition("#")[0]
            assert target.exists(), f"{document.relative_to(ROOT)} links to missing {link}"
            checked += 1
    assert checked >= 2 * len(all_rules())  # the README's table and the index, at least


def test_json_sarif_and_the_server_carry_the_same_link(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = (
        "import mlflow\n\n\nclass Model(mlflow.pyfunc.PythonModel):\n"
        "    def predict(self, model_input: str) -> list[str]:\n        return [model_input]\n"
    )
    model = tmp_path / "model.py"
    model.write_text(source, encoding="utf-8")
    expected = registry.rule("SIG101").url
    main(["check", "--no-cache", "--output-format", "json", str(model)])
    (finding,) = json.loads(capsys.readouterr().out)
    assert finding["url"] == expected
    main(["check", "--no-cache", "--output-format", "sarif", str(model)])
    (described,) = json.loads(capsys.readouterr().out)["runs"][0]["tool"]["driver"]["rules"]
    assert described["helpUri"] == expected
    (diagnostic,) = check_source(source, model, Settings()).diagnostics
    description = to_lsp(diagnostic, Text(source, "utf-16"), None).code_description
    assert description is not None and description.href == expected
