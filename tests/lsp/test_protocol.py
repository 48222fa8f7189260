"""The transport itself: malformed input never kills the server, stdout carries nothing but
protocol frames, and the debugging transports start."""

from __future__ import annotations

import importlib.util
import json
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from lsp_session import SERVER

EXAMPLE = (Path(__file__).parents[2] / "examples" / "translator_model.py").read_text()


def frame(payload: dict[str, Any] | bytes) -> bytes:
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def frames(stream: bytes, *, partial: bool = False) -> list[dict[str, Any]]:
    """Every message in ``stream``; fails on any byte that is not part of a frame (unless
    ``partial``: the last frame may still be arriving)."""
    messages = []
    while stream:
        header, separator, rest = stream.partition(b"\r\n\r\n")
        if partial and not separator:
            break
        assert separator, f"not a frame: {stream[:80]!r}"
        fields = dict(line.split(": ", 1) for line in header.decode("ascii").split("\r\n"))
        length = int(fields["Content-Length"])
        if partial and len(rest) < length:
            break
        messages.append(json.loads(rest[:length]))
        stream = rest[length:]
    return messages


def request(id_: int, method: str, params: Any) -> dict[str, Any]:
    return {"jsonrpc": "2.0", "id": id_, "method": method, "params": params}


def notification(method: str, params: Any) -> dict[str, Any]:
    return {"jsonrpc": "2.0", "method": method, "params": params}


class RawSession:
    """The server over pipes, fed raw bytes. Threads collect what it writes (a full stderr pipe
    left unread would block it)."""

    def __init__(self, cwd: Path, command: list[str] = SERVER) -> None:
        self.process = subprocess.Popen(
            command, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        self.stdout = b""
        self.stderr = b""
        threading.Thread(target=self._read, args=("stdout",), daemon=True).start()
        threading.Thread(target=self._read, args=("stderr",), daemon=True).start()

    def _read(self, name: str) -> None:
        stream = getattr(self.process, name)
        for chunk in iter(lambda: stream.read1(65536), b""):
            setattr(self, name, getattr(self, name) + chunk)

    def send(self, *data: bytes) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(b"".join(data))
        self.process.stdin.flush()

    def reply(self, id_: int) -> dict[str, Any]:
        """Wait for the answer to request ``id_``."""
        deadline = time.monotonic() + 60
        while True:
            for message in frames(self.stdout, partial=True):
                if message.get("id") == id_ and "method" not in message:
                    return message
            assert time.monotonic() < deadline, f"no reply to {id_}"
            time.sleep(0.02)

    def close(self) -> int:
        self.send(frame(request(99, "shutdown", None)), frame(notification("exit", None)))
        self.reply(99)
        return self.process.wait(timeout=60)


def test_malformed_messages_get_errors_and_the_server_carries_on(tmp_path: Path):
    uri = (tmp_path / "model.py").as_uri()
    document = {"uri": uri, "languageId": "python", "version": 1, "text": EXAMPLE}
    predict = {"textDocument": {"uri": uri}, "position": {"line": 9, "character": 8}}
    line_9 = {"start": {"line": 9, "character": 44}, "end": {"line": 9, "character": 47}}
    garbled = {"range": line_9, "message": "?", "code": "SIG101", "source": "siglint"}
    garbled["data"] = {"version": 1, "fix": {"edits": "garbage"}}
    actions = {"textDocument": {"uri": uri}, "range": line_9, "context": {"diagnostics": [garbled]}}
    server = RawSession(tmp_path)
    server.send(
        frame(request(1, "initialize", {"processId": None, "rootUri": None, "capabilities": {}})),
        frame(notification("initialized", {})),
        frame(b"{this is not json"),
        frame(b"[1, 2, 3]"),
        b"Content-Type: nothing-else\r\n\r\n",
        frame(request(2, "textDocument/hover", {"textDocument": {"uri": uri}})),
        frame(request(3, "textDocument/hover", {"position": "nowhere"})),
        frame(request(4, "siglint/noSuchMethod", {})),
        frame(notification("textDocument/didChange", {"textDocument": {"uri": uri}})),
        frame(
            notification(
                "textDocument/didChange",
                {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": ""}]},
            )
        ),
        frame(notification("textDocument/didOpen", {"textDocument": document})),
        frame(request(5, "textDocument/codeAction", actions)),
        frame(
            request(6, "textDocument/hover", {**predict, "position": {"line": 999, "character": 9}})
        ),
        frame(request(7, "textDocument/hover", predict)),
    )
    assert server.reply(2)["error"]["code"] == -32602  # invalid params
    assert server.reply(3)["error"]["code"] == -32602
    assert server.reply(4)["error"]["code"] == -32601  # method not found
    # The garbled fix is replaced by the one the server computed for this version.
    fix, disable = server.reply(5)["result"]
    assert fix["edit"]["changes"][uri] == [{"range": line_9, "newText": "list[str]"}]
    assert disable["title"] == "siglint (SIG101): Disable for this line"
    assert server.reply(6)["result"] is None
    assert "**Translator** (python_model)" in server.reply(7)["result"]["contents"]["value"]
    assert server.close() == 0
    frames(server.stdout)  # nothing but frames


@pytest.mark.parametrize(
    "command",
    [
        [str(Path(sys.executable).with_name("siglint")), "server"],
        [sys.executable, "-m", "siglint", "server", "--stdio"],
    ],
    ids=["siglint-server", "python-m-siglint-server"],
)
def test_siglint_server_starts_the_same_server(command: list[str], tmp_path: Path):
    uri = (tmp_path / "model.py").as_uri()
    document = {"uri": uri, "languageId": "python", "version": 1, "text": EXAMPLE}
    hover = {"textDocument": {"uri": uri}, "position": {"line": 9, "character": 8}}
    server = RawSession(tmp_path, command)
    server.send(
        frame(request(1, "initialize", {"processId": None, "rootUri": None, "capabilities": {}})),
        frame(notification("initialized", {})),
        frame(notification("textDocument/didOpen", {"textDocument": document})),
        frame(request(2, "textDocument/hover", hover)),
    )
    assert server.reply(1)["result"]["serverInfo"]["name"] == "siglint"
    assert "**Translator** (python_model)" in server.reply(2)["result"]["contents"]["value"]
    assert server.close() == 0
    frames(server.stdout)


def test_tcp_transport_for_debugging(tmp_path: Path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [*SERVER, "--tcp", f"127.0.0.1:{port}"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                connection = socket.create_connection(("127.0.0.1", port), timeout=30)
                break
            except ConnectionRefusedError:
                assert time.monotonic() < deadline, "the server never listened"
                time.sleep(0.1)
        with connection:
            connection.sendall(
                frame(
                    request(
                        1, "initialize", {"processId": None, "rootUri": None, "capabilities": {}}
                    )
                )
            )
            received = b""
            while b'"serverInfo"' not in received:
                chunk = connection.recv(65536)
                assert chunk, "connection closed"
                received += chunk
            (reply,) = frames(received)
            assert reply["result"]["serverInfo"]["name"] == "siglint"
            connection.sendall(
                frame(request(2, "shutdown", None)) + frame(notification("exit", None))
            )
    finally:
        server.kill()
        server.wait(timeout=30)
        assert server.stdout is not None and server.stdout.read() == b""


def test_transport_options():
    completed = subprocess.run([*SERVER, "--tcp", "nowhere"], capture_output=True, timeout=60)
    assert completed.returncode == 2
    assert b"expected HOST:PORT" in completed.stderr
    completed = subprocess.run([*SERVER, "--version"], capture_output=True, timeout=60)
    assert completed.stdout.startswith(b"siglint ")
    if importlib.util.find_spec("websockets") is None:  # pygls' optional [ws] extra
        completed = subprocess.run(
            [*SERVER, "--ws", "127.0.0.1:1"], capture_output=True, timeout=60
        )
        assert completed.returncode == 2
        assert b"pip install 'pygls[ws]'" in completed.stderr


def test_the_server_exits_when_its_client_goes_away():
    server = subprocess.Popen(
        SERVER, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert server.stdin is not None
    server.stdin.close()
    assert server.wait(timeout=30) == 0
