"""`factlint lsp` driven by a real LSP client (pytest-lsp), over stdio.

Run by tests/lsp.rs with FACTLINT_BIN set to the built binary:
    FACTLINT_BIN=target/debug/factlint python -m pytest tests/lsp/test_server.py
"""

import os
import statistics
import sys
import time
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

BIN = os.environ.get("FACTLINT_BIN", "factlint")

REFS = """units:
  staff: [staff, employees, people]
facts:
  - id: acme/staff
    value: 800
    unit: staff
    as_of: 2024-01
    source: Acme annual report
    match:
      all: [Acme]
"""


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "acme.yaml").write_text(REFS)
    return tmp_path


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[BIN, "lsp"]))
async def client(lsp_client: LanguageClient, workspace: Path):
    registered = []

    # VS Code's capabilities offer dynamic registration of file watchers,
    # which the server asks for.
    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams):
        registered.extend(r.method for r in params.registrations)

    await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"),
            root_uri=workspace.as_uri(),
            workspace_folders=[
                types.WorkspaceFolder(uri=workspace.as_uri(), name="ws")
            ],
        )
    )
    yield
    await lsp_client.shutdown_session()


async def diagnostics_for(client: LanguageClient, uri: str, version=None):
    """The next diagnostics published for `uri` (of `version`, if given)."""
    while True:
        params = await client.wait_for_notification(
            types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS
        )
        if params.uri == uri and (version is None or params.version == version):
            return params.diagnostics


def open_doc(client: LanguageClient, uri: str, text: str, language="markdown"):
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id=language, version=1, text=text
            )
        )
    )


def change(client: LanguageClient, uri: str, version: int, edits):
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(
                uri=uri, version=version
            ),
            content_changes=edits,
        )
    )


def edit(sl, sc, el, ec, text):
    return types.TextDocumentContentChangePartial(
        range=types.Range(
            start=types.Position(line=sl, character=sc),
            end=types.Position(line=el, character=ec),
        ),
        text=text,
    )


@pytest.mark.asyncio
async def test_open_change_diagnostics_with_non_ascii(client, workspace):
    uri = (workspace / "a.md").as_uri()
    # "東京 😀: " is 7 UTF-16 units before "Acme".
    open_doc(client, uri, "東京 😀: Acme has 900 staff.\n")
    [d] = await diagnostics_for(client, uri, 1)
    assert d.code == "fact-mismatch"
    assert d.severity == types.DiagnosticSeverity.Error
    assert d.source == "factlint"
    assert (d.range.start.character, d.range.end.character) == (16, 25)
    assert d.code_description.href.endswith("#rules-configuration-and-suppressions")
    assert d.related_information[0].location.uri == (
        workspace / "rules" / "acme.yaml"
    ).as_uri()
    # "900" → "800", in UTF-16 columns.
    change(client, uri, 2, [edit(0, 16, 0, 19, "800")])
    assert list(await diagnostics_for(client, uri, 2)) == []


@pytest.mark.asyncio
async def test_code_action_and_hover(client, workspace):
    uri = (workspace / "a.md").as_uri()
    open_doc(client, uri, "Acme has 900 staff.\n")
    [d] = await diagnostics_for(client, uri, 1)
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=d.range,
            context=types.CodeActionContext(diagnostics=[d]),
        )
    )
    titles = [a.title for a in actions]
    assert titles[1] == "Disable fact-mismatch for this line"
    fix = actions[0]
    assert fix.kind == types.CodeActionKind.QuickFix and fix.is_preferred
    [e] = fix.edit.changes[uri]
    assert e.new_text in titles[0]
    hover = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=types.Position(line=0, character=10),
        )
    )
    text = hover.contents.value
    assert "value 900" in text and "acme/staff" in text and "Acme annual report" in text


@pytest.mark.asyncio
async def test_yaml_error_is_a_diagnostic_in_the_yaml(client, workspace):
    uri = (workspace / "rules" / "acme.yaml").as_uri()
    open_doc(client, uri, REFS.replace("    as_of: 2024-01", "    as_of: 2024-13"), "yaml")
    diagnostics = await diagnostics_for(client, uri)
    assert diagnostics, "a bad date is reported"
    assert diagnostics[0].range.start.line == 6
    assert diagnostics[0].severity == types.DiagnosticSeverity.Error


def article_5kb() -> str:
    paragraph = (
        "Acme has 900 staff across 12 offices, the company said on Monday. "
        "Its revenue rose from 10 million to 15 million dollars, a 50% increase. "
        "Nothing else in this sentence is a figure, only words to read. "
    )
    text = "# Report\n\n"
    while len(text.encode()) < 5000:
        text += paragraph + "\n\n"
    return text


@pytest.mark.asyncio
async def test_keystroke_latency_on_a_5kb_article(client, workspace):
    """didChange → publishDiagnostics, one character typed at a time."""
    uri = (workspace / "long.md").as_uri()
    text = article_5kb()
    open_doc(client, uri, text)
    await diagnostics_for(client, uri, 1)
    times = []
    line = text.count("\n")
    for version in range(2, 42):
        started = time.perf_counter()
        change(client, uri, version, [edit(line, 0, line, 0, "x")])
        await diagnostics_for(client, uri, version)
        times.append((time.perf_counter() - started) * 1000)
    median = statistics.median(times)
    p95 = sorted(times)[int(len(times) * 0.95) - 1]
    print(
        f"\nlsp keystroke latency, {len(text)} B article ({BIN}): "
        f"median {median:.1f} ms, p95 {p95:.1f} ms, max {max(times):.1f} ms",
        file=sys.stderr,
    )
    # Every keystroke got its own version's diagnostics, in order. How
    # fast is measured by the benchmark (cargo bench --bench lsp, figures in
    # BENCHMARKS.md), not here: a debug build beside other work on two
    # cores took 1.6 s a keystroke once, and a test must not fail on load.
    assert len(times) == 40
