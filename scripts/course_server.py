"""Starts `course serve` for the repository's scripts (serve_check.py, serve_load.py)."""

import pathlib
import socket
import subprocess
import sys
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
COURSE = str(ROOT / ".build/release/course")


def free_port():
    """A port nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(name, arguments, port, cwd, timeout):
    """`course serve ARGUMENTS --port PORT --quiet`, once it says it is serving; what it prints
    afterwards is read and dropped, so it never blocks on a full pipe. Exits the script with a
    message, as `name`, if the server stops or does not start within `timeout` seconds."""
    server = subprocess.Popen(
        [COURSE, "serve", *arguments, "--port", str(port), "--quiet"],
        cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.time() + timeout
    while time.time() < deadline:
        line = server.stdout.readline()
        if not line and server.poll() is not None:
            sys.exit(f"{name}: the server exited ({server.returncode}) before serving")
        if line.startswith("Serving the course at"):
            threading.Thread(target=server.stdout.read, daemon=True).start()
            return server
    server.kill()
    sys.exit(f"{name}: the server did not start within {timeout} s")
