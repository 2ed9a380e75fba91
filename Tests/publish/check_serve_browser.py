#!/usr/bin/env python3
"""Checks `ethos serve`'s reload script in headless Chromium, as an editor's browser runs it:
a page open on the served site reloads by itself after an edit, shows the problems page while
the file is broken and the site again once it is fixed, and reloads after the server was
stopped and started again (the script reconnects).

usage: check_serve_browser.py ETHOS PHILOSOPHY.yml

Chromium is driven through its DevTools protocol (a WebSocket); the few frames needed are
written here, with Python's standard library alone. Everything runs on 127.0.0.1.
"""
import base64
import json
import os
import re
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.request

CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class DevTools:
    """A minimal DevTools client: masked text frames out, unmasked frames in."""

    def __init__(self, url):
        match = re.match(r"ws://([^:/]+):(\d+)(/.*)", url)
        self.sock = socket.create_connection((match.group(1), int(match.group(2))), timeout=10)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET {match.group(3)} HTTP/1.1\r\nHost: {match.group(1)}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        head = b""
        while not head.endswith(b"\r\n\r\n"):
            head += self.sock.recv(1)
        self.next_id = 0

    def _read(self, count):
        data = b""
        while len(data) < count:
            chunk = self.sock.recv(count - len(data))
            if not chunk:
                raise ConnectionError("DevTools closed the connection")
            data += chunk
        return data

    def _send(self, text):
        payload = text.encode()
        mask = os.urandom(4)
        length = len(payload)
        head = bytes([0x81]) + (bytes([0x80 | length]) if length < 126 else bytes([0x80 | 126]) + struct.pack(">H", length))
        self.sock.sendall(head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def _message(self):
        first, second = self._read(2)
        length = second & 0x7F
        if length == 126:
            length = struct.unpack(">H", self._read(2))[0]
        elif length == 127:
            length = struct.unpack(">Q", self._read(8))[0]
        return json.loads(self._read(length)) if first & 0x0F == 1 else {}

    def call(self, method, **params):
        self.next_id += 1
        self._send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = self._message()
            if message.get("id") == self.next_id:
                return message

    def text(self):
        result = self.call("Runtime.evaluate", expression="document.body ? document.body.innerText : ''")
        return result.get("result", {}).get("result", {}).get("value", "")


def wait_for(devtools, words, seconds=10):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if words in devtools.text():
            return True
        time.sleep(0.1)
    return False


def serve(ethos, philosophy, port):
    server = subprocess.Popen([ethos, "serve", philosophy, "--port", str(port)], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    line = server.stdout.readline()
    if "Serving" not in line:
        sys.exit(f"check_serve_browser: ethos serve did not start: {line!r}")
    return server


def main():
    ethos, source = sys.argv[1:3]
    folder = tempfile.mkdtemp(prefix="ethos-serve-browser-")
    philosophy = os.path.join(folder, "philosophy.yml")
    shutil.copy(source, philosophy)
    original = open(philosophy, encoding="utf-8").read()
    if "customer's real needs" not in original:
        sys.exit("check_serve_browser: the file needs Sales' activities of Examples/nextiva.yml")

    def write(text):
        with open(philosophy, "w", encoding="utf-8") as file:
            file.write(text)

    port, debugging = free_port(), free_port()
    server = serve(ethos, philosophy, port)
    browser = subprocess.Popen(CHROMIUM + [f"--remote-debugging-port={debugging}", f"--user-data-dir={folder}/profile",
                                           f"http://127.0.0.1:{port}/en/teams/sales.html"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    failures = []
    try:
        for _ in range(100):
            try:
                targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{debugging}/json", timeout=2))
                page = next(t for t in targets if t.get("type") == "page" and "sales.html" in t.get("url", ""))
                break
            except (OSError, StopIteration):
                time.sleep(0.2)
        else:
            sys.exit("check_serve_browser: Chromium did not open the page")
        devtools = DevTools(page["webSocketDebuggerUrl"])
        devtools.call("Runtime.enable")
        checks = [("the page loads", lambda: None, "real needs"),
                  ("an edit reloads the page", lambda: write(original.replace("real needs", "genuine needs")), "genuine needs"),
                  ("a broken file shows the problems", lambda: write(original + "\nteems: 1\n"), "not rebuilt"),
                  ("the fix brings the site back", lambda: write(original), "real needs")]
        for name, action, words in checks:
            action()
            started = time.monotonic()
            ok = wait_for(devtools, words)
            print(f"check_serve_browser: {name}: {'ok' if ok else 'FAILED'} ({time.monotonic() - started:.2f} s)")
            if not ok:
                failures.append(name)
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        write(original.replace("real needs", "restarted needs"))
        time.sleep(1)
        server = serve(ethos, philosophy, port)
        started = time.monotonic()
        ok = wait_for(devtools, "restarted needs")
        print(f"check_serve_browser: the page reloads when the server is back: {'ok' if ok else 'FAILED'} "
              f"({time.monotonic() - started:.2f} s)")
        if not ok:
            failures.append("reconnect")
    finally:
        browser.terminate()
        browser.wait(timeout=30)
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        shutil.rmtree(folder, ignore_errors=True)
    if failures:
        sys.exit(f"check_serve_browser: {len(failures)} failed: {', '.join(failures)}")
    print("check_serve_browser: the reload script works in Chromium")


if __name__ == "__main__":
    main()
