"""A small client of the Chrome DevTools Protocol over `--remote-debugging-pipe` (stdlib only).

Chromium reads commands from file descriptor 3 and writes replies and events to descriptor 4,
each a JSON object followed by a NUL byte. One page target is attached in flat mode; `call`
sends a command and waits for its reply, keeping the events that arrive meanwhile.
"""
import base64
import json
import os
import shutil
import subprocess
import tempfile
import time


class CDPError(Exception):
    pass


class Browser:
    def __init__(self, chromium=None, width=1280, height=900):
        self.chromium = chromium or shutil.which("chromium") or shutil.which("chromium-browser")
        if not self.chromium:
            raise CDPError("chromium is not installed (scripts/setup.sh installs Debian's chromium)")
        self.profile = tempfile.mkdtemp(prefix="protopkg-chromium-")
        cmd_r, self._cmd_w = os.pipe()
        self._resp_r, resp_w = os.pipe()

        def wire():  # in the child: the pipe ends become descriptors 3 and 4, inherited by exec
            a, b = os.dup(cmd_r), os.dup(resp_w)  # first out of the way of 3 and 4
            os.dup2(a, 3)
            os.dup2(b, 4)
            os.set_inheritable(3, True)
            os.set_inheritable(4, True)

        args = [self.chromium, "--headless=new", "--remote-debugging-pipe", f"--user-data-dir={self.profile}",
                "--no-first-run", "--no-default-browser-check", "--disable-gpu", "--disable-extensions",
                "--disable-background-networking", "--disable-sync", "--metrics-recording-only", "--mute-audio",
                "--hide-scrollbars", f"--window-size={width},{height}", "about:blank"]
        if os.geteuid() == 0:
            args.insert(1, "--no-sandbox")  # Chromium refuses to run its sandbox as root
        # Descriptors from os.pipe() are not inherited; the copies on 3 and 4 are (and
        # close_fds would close them after `wire` ran).
        self._log = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(args, preexec_fn=wire, close_fds=False,
                                     stdout=subprocess.DEVNULL, stderr=self._log)
        os.close(cmd_r)
        os.close(resp_w)
        self._buffer = b""
        self._next_id = 0
        self.events = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.send(f"{domain}.enable")
        self.size(width, height)

    # --- protocol

    def _read_message(self, deadline):
        while b"\0" not in self._buffer:
            if time.time() > deadline:
                raise CDPError("timed out waiting for Chromium")
            chunk = os.read(self._resp_r, 1 << 16)
            if not chunk:
                self._log.seek(0)
                raise CDPError("Chromium closed the pipe: " + self._log.read().decode(errors="replace")[-2000:])
            self._buffer += chunk
        raw, _, self._buffer = self._buffer.partition(b"\0")
        return json.loads(raw)

    def call(self, method, session=None, timeout=60, **params):
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._cmd_w, json.dumps(message).encode() + b"\0")
        deadline = time.time() + timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise CDPError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def send(self, method, **params):
        return self.call(method, session=self.session, **params)

    def wait_event(self, name, timeout=30):
        deadline = time.time() + timeout
        while True:
            for i, e in enumerate(self.events):
                if e.get("method") == name:
                    return self.events.pop(i)
            self.events.append(self._read_message(deadline))

    # --- pages

    def size(self, width, height, mobile=False):
        self.send("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=mobile)

    def goto(self, url):
        """Loads a URL (following redirects) and returns the final URL."""
        self.events = [e for e in self.events if e.get("method") != "Page.loadEventFired"]
        self.send("Page.navigate", url=url)
        self.wait_event("Page.loadEventFired")
        return self.eval("location.href")

    def eval(self, expression, await_promise=False):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=await_promise)
        if "exceptionDetails" in result:
            raise CDPError(f"{expression[:80]}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def screenshot(self, path, full_page=True, scale=1.0):
        params = {"format": "png", "captureBeyondViewport": full_page}
        if full_page or scale != 1.0:
            metrics = self.send("Page.getLayoutMetrics")["cssContentSize"]
            width = self.eval("document.documentElement.clientWidth")
            height = metrics["height"] if full_page else self.eval("window.innerHeight")
            params["clip"] = {"x": 0, "y": 0, "width": width, "height": min(height, 12000), "scale": scale}
        data = self.send("Page.captureScreenshot", **params)["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))
        return path

    def console_errors(self):
        out = []
        for e in self.events:
            if e.get("method") == "Runtime.consoleAPICalled" and e["params"].get("type") == "error":
                out.append(" ".join(str(a.get("value", a.get("description", ""))) for a in e["params"]["args"]))
            if e.get("method") == "Log.entryAdded" and e["params"]["entry"].get("level") == "error":
                out.append(e["params"]["entry"].get("text", ""))
            if e.get("method") == "Runtime.exceptionThrown":
                out.append(str(e["params"]["exceptionDetails"].get("text")))
        return out

    def close(self):
        try:
            self.call("Browser.close", timeout=10)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._cmd_w)
        os.close(self._resp_r)
        shutil.rmtree(self.profile, ignore_errors=True)
