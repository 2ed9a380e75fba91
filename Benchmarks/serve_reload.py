#!/usr/bin/env python3
"""Times `ethos serve` from a one-word edit of the philosophy to the "reload" its WebSocket sends.

    python3 Benchmarks/serve_reload.py --ethos .build/release/ethos --file /tmp/big.yml [--runs 5]

Copies FILE, starts `ethos serve COPY --port 0`, connects to /_ethos/reload as a page's script
does, then runs times: changes one word of the first team's activities, alternating between
two words, and reports the seconds from the write to the message (median, min, max) and the
server's peak memory (Linux). It needs
nothing beyond Python's standard library; the server runs on 127.0.0.1 and is stopped with
SIGTERM at the end.
"""
import argparse
import base64
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time


def open_websocket(port):
    sock = socket.create_connection(("127.0.0.1", port), timeout=600)
    key = base64.b64encode(os.urandom(16)).decode()
    sock.sendall((f"GET /_ethos/reload HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
                  f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
    head = b""
    while not head.endswith(b"\r\n\r\n"):
        head += sock.recv(1)
    if b" 101 " not in head.split(b"\r\n")[0]:
        sys.exit(f"no WebSocket: {head!r}")
    return sock


def read_exactly(sock, count):
    data = b""
    while len(data) < count:
        chunk = sock.recv(count - len(data))
        if not chunk:
            sys.exit("the server closed the WebSocket")
        data += chunk
    return data


def next_text(sock):
    while True:
        first, second = read_exactly(sock, 2)
        length = second & 0x7F
        if length == 126:
            length = int.from_bytes(read_exactly(sock, 2), "big")
        elif length == 127:
            length = int.from_bytes(read_exactly(sock, 8), "big")
        payload = read_exactly(sock, length)
        if first & 0x0F == 1:
            return payload.decode()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ethos", default=".build/release/ethos")
    parser.add_argument("--file", required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    folder = tempfile.mkdtemp(prefix="ethos-serve-bench-")
    copy = os.path.join(folder, "philosophy.yml")
    shutil.copy(args.file, copy)
    text = open(copy, encoding="utf-8").read()
    # The first word of the first team's activities, plain or per locale (`en: "Word ..."`).
    match = re.search(r'\n    activities:(?:\s*\n\s*[\w-]+:)?\s*(?:>-?\s*)?"?(\w+)', text)
    if not match:
        sys.exit("no team activities in the file")
    start, word = match.start(1), match.group(1)

    started = time.monotonic()
    server = subprocess.Popen([args.ethos, "serve", copy, "--port", "0"], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    try:
        line = server.stdout.readline()
        port = int(re.search(r"http://127\.0\.0\.1:(\d+)/", line).group(1))
        print(f"first build and start: {time.monotonic() - started:.2f} s")
        sock = open_websocket(port)
        times = []
        for run in range(args.runs):
            new = word + ("x" if run % 2 == 0 else "")
            edited = text[:start] + new + text[start + len(word):]
            time.sleep(0.5)
            before = time.monotonic()
            with open(copy, "w", encoding="utf-8") as file:
                file.write(edited)
            message = next_text(sock)
            times.append(time.monotonic() - before)
            if message != "reload":
                sys.exit(f"unexpected message {message!r}")
            print(f"run {run + 1}: edit to reload {times[-1]:.2f} s")
        print(f"edit to reload: median {statistics.median(times):.2f} s, "
              f"min {min(times):.2f} s, max {max(times):.2f} s ({args.runs} runs)")
        status = open(f"/proc/{server.pid}/status").read() if os.path.exists(f"/proc/{server.pid}/status") else ""
        peak = re.search(r"VmHWM:\s*(\d+) kB", status)
        if peak:
            print(f"server's peak memory: {int(peak.group(1)) / 1024:.0f} MB")
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
