"""A small JSON-RPC client of the language server over stdio, enough to time it.

It answers what the server asks (``workspace/configuration`` with the given settings, anything
else with ``null``) and keeps each ``publishDiagnostics`` it receives, with the time it came.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

from memory import tree_memory


class ServerGone(Exception):
    """The server exited or stopped answering."""


class Client:
    def __init__(self, command: list[str], root: Path, settings: dict[str, Any]) -> None:
        self.process = subprocess.Popen(
            command,
            cwd=root,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._settings = settings
        self._ids = itertools.count(1)
        self._lock = threading.Condition()
        self._responses: dict[int, dict] = {}
        self._diagnostics: dict[tuple[str, int | None], tuple[float, list]] = {}
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.request(
            "initialize",
            {
                "processId": None,
                "rootUri": root.as_uri(),
                "workspaceFolders": [{"uri": root.as_uri(), "name": root.name}],
                "capabilities": {
                    "workspace": {"configuration": True},
                    "textDocument": {"publishDiagnostics": {"versionSupport": True}},
                },
                "initializationOptions": {"settings": settings},
            },
        )
        self.notify("initialized", {})

    # ------------------------------------------------------------------ messages
    def request(self, method: str, params: Any, timeout: float = 120) -> Any:
        number = next(self._ids)
        self._send({"jsonrpc": "2.0", "id": number, "method": method, "params": params})
        with self._lock:
            if not self._lock.wait_for(lambda: number in self._responses, timeout):
                raise ServerGone(f"no answer to {method} in {timeout} s")
            return self._responses.pop(number).get("result")

    def notify(self, method: str, params: Any) -> None:
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def diagnostics(self, uri: str, version: int | None, timeout: float = 120) -> float:
        """When the diagnostics of ``version`` of ``uri`` came (``time.perf_counter()``)."""
        with self._lock:
            if not self._lock.wait_for(lambda: (uri, version) in self._diagnostics, timeout):
                raise ServerGone(f"no diagnostics for {uri} version {version} in {timeout} s")
            return self._diagnostics[uri, version][0]

    def close(self) -> None:
        try:
            self.request("shutdown", None, timeout=30)
            self.notify("exit", None)
            self.process.wait(timeout=30)
        except (ServerGone, OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()

    def _send(self, message: dict) -> None:
        body = json.dumps(message).encode("utf-8")
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    with self._lock:
                        self._lock.notify_all()
                    return
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            message = json.loads(stream.read(length or 0))
            arrived = time.perf_counter()
            self._handle(message, arrived)

    def _handle(self, message: dict, arrived: float) -> None:
        method = message.get("method")
        if method is None:
            with self._lock:
                self._responses[message["id"]] = message
                self._lock.notify_all()
        elif "id" in message:  # the server asks
            answer: Any = None
            if method == "workspace/configuration":
                answer = [self._settings for _ in message["params"]["items"]]
            self._send({"jsonrpc": "2.0", "id": message["id"], "result": answer})
        elif method == "textDocument/publishDiagnostics":
            params = message["params"]
            with self._lock:
                key = (params["uri"], params.get("version"))
                self._diagnostics[key] = (arrived, params["diagnostics"])
                self._lock.notify_all()

    # ------------------------------------------------------------------ documents
    def open(self, path: Path, text: str, version: int = 1) -> str:
        uri = path.as_uri()
        document = {"uri": uri, "languageId": "python", "version": version, "text": text}
        self.notify("textDocument/didOpen", {"textDocument": document})
        return uri

    def change(self, uri: str, version: int, line: int, old: str, new: str) -> None:
        """Replace ``old`` (at the start of ``line``, 0-based) with ``new``."""
        where = {
            "start": {"line": line, "character": 0},
            "end": {"line": line, "character": len(old)},
        }
        self.notify(
            "textDocument/didChange",
            {
                "textDocument": {"uri": uri, "version": version},
                "contentChanges": [{"range": where, "text": new}],
            },
        )

    def memory(self) -> int:
        """Resident memory of the server and of its analysis children, in bytes (Linux)."""
        return tree_memory(self.process.pid)
