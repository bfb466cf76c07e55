"""Installer figures: bundle size and start-up time of the frozen app beside a bare PySide6 hello-world
frozen with the same spec options in the same run (``make dist-test`` builds both and runs this).

    .venv/bin/python bench/bundle.py --app dist/annotator --hello build/hello-dist/hello [--runs 5]

Start-to-window is measured as the wall time of ``--screenshot OUT.png``: the process starts, builds and
shows its main window, renders it offscreen, writes the PNG and exits.  So it is start-to-window plus one
render and a PNG write, the same extra work for both programs.  The app opens an empty project (no import).
Both run with a clean environment: no PYTHONHOME/PYTHONPATH, a PATH with no Python, QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SIZE_AIM = 1.3


def folder_bytes(path: Path) -> tuple[int, int]:
    """Bytes and files of a folder, symlinks counted as links (as a tarball or a .deb stores them)."""
    files = [p for p in path.rglob("*") if p.is_file() or p.is_symlink()]
    return sum(p.lstat().st_size for p in files), len(files)


def clean_env(home: Path, path: str) -> dict[str, str]:
    return {"HOME": str(home), "PATH": path, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}


def time_to_window(exe: Path, extra: list[str], runs: int, env: dict[str, str], work: Path) -> list[float]:
    times = []
    for i in range(runs):
        shot = work / f"{exe.name}-{i}.png"
        started = time.perf_counter()
        done = subprocess.run([str(exe), *extra, "--screenshot", str(shot)], env=env, capture_output=True,
                              timeout=120)
        elapsed = time.perf_counter() - started
        if done.returncode != 0 or not shot.is_file():
            raise SystemExit(f"bundle: {exe} --screenshot failed ({done.returncode}): {done.stderr.decode()[-500:]}")
        times.append(elapsed)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app", type=Path, default=Path("dist/annotator"), help="the app's one-folder bundle")
    parser.add_argument("--hello", type=Path, required=True, help="the hello-world bundle (build.spec -- --hello)")
    parser.add_argument("--packages", type=Path, nargs="*", default=[], help="tarball/.deb files to list")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--path", default="/nonexistent", help="PATH for the runs (default: nothing on it)")
    args = parser.parse_args(argv)

    app_bytes, app_files = folder_bytes(args.app)
    hello_bytes, hello_files = folder_bytes(args.hello)
    ratio = app_bytes / hello_bytes
    print("bundle size (one folder, uncompressed)")
    print(f"  {'annotator':<28} {app_bytes / 1e6:8.1f} MB  {app_files:5d} files")
    print(f"  {'PySide6 hello-world':<28} {hello_bytes / 1e6:8.1f} MB  {hello_files:5d} files")
    verdict = "within" if ratio <= SIZE_AIM else "OVER"
    print(f"  {'ratio':<28} {ratio:8.2f}x     aim <= {SIZE_AIM}x: {verdict}")
    for package in args.packages:
        print(f"  {package.name:<28} {package.stat().st_size / 1e6:8.1f} MB")

    with tempfile.TemporaryDirectory(prefix="annotator-bundle-bench-") as tmp:
        work = Path(tmp)
        (work / "home").mkdir()
        env = clean_env(work / "home", args.path)
        app_exe, hello_exe = args.app / "annotator", args.hello / args.hello.name
        # one unmeasured run each: the first start reads the files from disk, later ones from the page cache
        time_to_window(app_exe, ["--project", str(work / "p.annotator")], 1, env, work)
        time_to_window(hello_exe, [], 1, env, work)
        app_t, hello_t = [], []
        for _ in range(args.runs):  # interleaved, so load from other processes hits both alike
            app_t += time_to_window(app_exe, ["--project", str(work / "p.annotator")], 1, env, work)
            hello_t += time_to_window(hello_exe, [], 1, env, work)
    a, h = statistics.median(app_t), statistics.median(hello_t)
    print(f"start to window shown (wall time of --screenshot, median of {args.runs}, warm cache)")
    print(f"  {'annotator':<28} {a * 1000:8.0f} ms  (runs: {', '.join(f'{t * 1000:.0f}' for t in app_t)})")
    print(f"  {'PySide6 hello-world':<28} {h * 1000:8.0f} ms  (runs: {', '.join(f'{t * 1000:.0f}' for t in hello_t)})")
    print(f"  {'ratio':<28} {a / h:8.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
