"""A Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`: commands on fd 3, replies
and events on fd 4, each a JSON text ended by a NUL byte), for bench/remote.py. Standard library only."""

from __future__ import annotations

import fcntl
import json
import os
import queue
import subprocess
import threading
import time
from typing import IO

#: Seconds one protocol command may take (a benchmark configuration is one command).
COMMAND_TIMEOUT_S = 1800


class ProtocolError(RuntimeError):
    """A command the browser answered with an error, or a script that threw."""


class Browser:
    """A Chromium process and the pipe to it; pages are targets attached in flat mode."""

    def __init__(self, executable: str, flags: list[str], stderr: IO[str] | None = None):
        to_browser_read, self._to_browser = self._high_pipe()
        self._from_browser, from_browser_write = self._high_pipe()

        def plumb() -> None:
            os.dup2(to_browser_read, 3)
            os.dup2(from_browser_write, 4)

        self.process = subprocess.Popen(
            [executable, "--remote-debugging-pipe", *flags, "about:blank"], preexec_fn=plumb, close_fds=False, stdout=subprocess.DEVNULL, stderr=stderr
        )
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._next_id = 0
        self._waiting: dict[int, queue.Queue] = {}
        self._lock = threading.Lock()
        threading.Thread(target=self._read, daemon=True).start()
        self.version = self.call("Browser.getVersion")["product"]

    @staticmethod
    def _high_pipe() -> tuple[int, int]:
        """A pipe whose ends sit above fd 9, so that moving them onto fds 3 and 4 in the child cannot clobber them."""
        read, write = os.pipe()
        high = tuple(fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10) for fd in (read, write))
        os.close(read)
        os.close(write)
        return high

    def _read(self) -> None:
        buffer = b""
        while chunk := os.read(self._from_browser, 1 << 16):
            buffer += chunk
            *messages, buffer = buffer.split(b"\0")
            for raw in messages:
                message = json.loads(raw)
                if "id" in message:
                    self._waiting.pop(message["id"]).put(message)
                else:
                    self._event(message)
        for waiting in list(self._waiting.values()):
            waiting.put({"error": {"message": "the browser closed its pipe"}})

    @staticmethod
    def _event(message: dict) -> None:
        params = message.get("params", {})
        if message["method"] == "Runtime.consoleAPICalled":
            text = " ".join(str(arg.get("value", arg.get("description", ""))) for arg in params["args"])
            print(f"  page console.{params['type']}: {text}", flush=True)
        elif message["method"] == "Runtime.exceptionThrown":
            print(f"  page exception: {params['exceptionDetails'].get('exception', {}).get('description')}", flush=True)
        elif message["method"] in ("Inspector.targetCrashed", "Target.targetCrashed"):
            print(f"  page crashed: {params}", flush=True)

    def call(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        """Sends one command and waits for its reply's result."""
        with self._lock:
            self._next_id += 1
            command_id = self._next_id
            reply: queue.Queue = queue.Queue()
            self._waiting[command_id] = reply
            message = {"id": command_id, "method": method, "params": params or {}}
            if session:
                message["sessionId"] = session
            os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        answer = reply.get(timeout=COMMAND_TIMEOUT_S)
        if "error" in answer:
            raise ProtocolError(f"{method}: {answer['error'].get('message')}")
        return answer["result"]

    def open(self, url: str) -> Page:
        """A new tab at `url`, loaded, with its console relayed to stdout."""
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, target, session)
        self.call("Runtime.enable", session=session)
        self.call("Page.enable", session=session)
        self.call("Page.navigate", {"url": url}, session=session)
        page.wait_for("document.readyState === 'complete'")
        return page

    def close(self) -> None:
        try:
            self.call("Browser.close")
        except (ProtocolError, OSError, queue.Empty):
            self.process.kill()
        self.process.wait(timeout=30)


class Page:
    """One attached tab."""

    def __init__(self, browser: Browser, target: str, session: str):
        self.browser, self.target, self.session = browser, target, session

    def evaluate(self, expression: str):
        """The value of a script (awaited if it is a promise), as JSON; raises ProtocolError if it throws."""
        result = self.browser.call("Runtime.evaluate", {"expression": expression, "awaitPromise": True, "returnByValue": True}, session=self.session)
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            raise ProtocolError(details.get("exception", {}).get("description") or details.get("text"))
        return result["result"].get("value")

    def wait_for(self, condition: str, timeout_s: float = 60) -> None:
        deadline = time.monotonic() + timeout_s
        while not self.evaluate(f"Boolean({condition})"):
            if time.monotonic() > deadline:
                raise ProtocolError(f"timed out waiting for {condition}")
            time.sleep(0.2)

    def close(self) -> None:
        self.browser.call("Target.closeTarget", {"targetId": self.target})
