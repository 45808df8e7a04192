"""Run a command and write *its own* peak resident set size (bytes) to a file.

    python tests/support/peak_rss.py OUT_FILE COMMAND [ARG ...]

Why a wrapper: on Linux a child's ``ru_maxrss`` (from ``wait4`` or its own ``getrusage``) is at least
the RSS of the process that forked it, because fork/vfork + exec carries the parent's high-water mark
into the child's accounting. Measured straight from pytest, a 50 MB import reads as 300+ MB late in a
run, once pytest itself has grown that big. This wrapper is a fresh, small Python process; the
command it starts inherits only its ~10 MB, so the figure is the command's own.

The exit code is the command's (128 + signal number when it was killed by a signal).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys


def main(argv: list[str]) -> int:
    out_file, command = argv[0], argv[1:]
    proc = subprocess.Popen(command)

    def forward(signum: int, _frame: object) -> None:
        proc.send_signal(signum)

    signal.signal(signal.SIGTERM, forward)
    _pid, status, usage = os.wait4(proc.pid, 0)
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    with open(out_file, "w", encoding="ascii") as out:
        out.write(str(usage.ru_maxrss * scale))
    code = os.waitstatus_to_exitcode(status)
    return code if code >= 0 else 128 - code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
