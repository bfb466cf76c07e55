"""Without a display: ``--screenshot`` renders offscreen as its help says, and
opening the window says why it cannot instead of Qt aborting the process."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QImage


def headless_env(home) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["HOME"] = str(home)
    return env


def test_a_screenshot_needs_no_display(tmp_path):
    out = tmp_path / "shot.png"
    run = subprocess.run([sys.executable, "-m", "annotator", "--project", str(tmp_path / "s.annotator"),
                          "--screenshot", str(out)], capture_output=True, text=True, timeout=300,
                         env=headless_env(tmp_path))
    assert run.returncode == 0, run.stderr
    assert QImage(str(out)).width() > 0


def test_the_window_without_a_display_says_so_and_exits(tmp_path):
    run = subprocess.run([sys.executable, "-m", "annotator", "--project", str(tmp_path / "s.annotator")],
                         capture_output=True, text=True, timeout=300, env=headless_env(tmp_path))
    assert run.returncode == 2
    assert "no display" in run.stderr and "xvfb-run" in run.stderr
    assert "libxcb" not in run.stderr  # not Qt's misleading hint
