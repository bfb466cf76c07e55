"""Check the .deb's layout in a scratch root (``dpkg -x``), as a desktop would find it.

    .venv/bin/python packaging/linux/check_deb.py dist/annotator_VERSION_amd64.deb

Prints one line per check and exits non-zero if any fails.  Used by ``make dist-test``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
MIME_TYPE = "application/x-annotator-project"
# The Qt runtime libraries the README names: the package must depend on each (either name where Debian 13 and
# Ubuntu 24.04 renamed it).
README_LIBS = ("libegl1", "libxkbcommon0", "libfontconfig1", "libdbus-1-3", "libglib2.0-0", "libxkbcommon-x11-0",
               "libxcb-cursor0")


class Checks:
    def __init__(self) -> None:
        self.failed = 0

    def __call__(self, ok: bool, what: str, detail: str = "") -> bool:
        print(f"  {'ok  ' if ok else 'FAIL'} {what}{': ' + detail if detail else ''}")
        self.failed += not ok
        return ok


def desktop_entry(path: Path) -> dict[str, str]:
    entry, section = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            section = line.strip("[]")
        elif "=" in line and section == "Desktop Entry":
            key, value = line.split("=", 1)
            entry[key.strip()] = value.strip()
    return entry


def check(deb: Path, root: Path) -> int:
    ok = Checks()
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    fields = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True).stdout
    print(f"{deb.name} unpacked into {root}")

    app = root / "opt" / "annotator" / "annotator"
    ok(app.is_file() and os.access(app, os.X_OK) and app.read_bytes()[:4] == b"\x7fELF",
       "/opt/annotator/annotator is an executable")
    bundled = root / "opt" / "annotator" / "_internal" / "resources"
    missing = [str(p.relative_to(ROOT / "resources")) for p in (ROOT / "resources").rglob("*")
               if p.is_file() and not (bundled / p.relative_to(ROOT / "resources")).is_file()]
    ok(not missing, "every file of resources/ is in the bundle", ", ".join(missing[:5]))

    link = root / "usr" / "bin" / "annotator"
    ok(link.is_symlink() and os.readlink(link) == "/opt/annotator/annotator",
       "/usr/bin/annotator -> /opt/annotator/annotator", os.readlink(link) if link.is_symlink() else "not a link")

    desktop = root / "usr" / "share" / "applications" / "annotator.desktop"
    if ok(desktop.is_file(), "/usr/share/applications/annotator.desktop"):
        entry = desktop_entry(desktop)
        ok(entry.get("Exec", "").split()[0] == "annotator" and "%F" in entry.get("Exec", ""),
           "Exec runs annotator (on PATH through /usr/bin) with the opened files", entry.get("Exec", ""))
        ok(MIME_TYPE in entry.get("MimeType", "").split(";"), f"the entry opens {MIME_TYPE}")
        validator = shutil.which("desktop-file-validate")
        if validator:
            done = subprocess.run([validator, str(desktop)], capture_output=True, text=True)
            ok(done.returncode == 0 and "error" not in done.stdout.lower(), "desktop-file-validate",
               (done.stdout + done.stderr).strip())
        else:
            print("  skip desktop-file-validate is not installed (Debian package desktop-file-utils)")
        icon = entry.get("Icon", "")
        hicolor = root / "usr" / "share" / "icons" / "hicolor"
        sizes = sorted(p.parent.parent.name for p in hicolor.glob(f"*/apps/{icon}.*"))
        ok({"48x48", "256x256", "scalable"} <= set(sizes), f"icon {icon!r} in the hicolor theme", " ".join(sizes))

    mime = root / "usr" / "share" / "mime" / "packages" / "annotator.xml"
    if ok(mime.is_file(), "/usr/share/mime/packages/annotator.xml"):
        ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
        node = ET.parse(mime).getroot().find(f"m:mime-type[@type='{MIME_TYPE}']", ns)
        ok(node is not None and node.find("m:glob[@pattern='*.annotator']", ns) is not None,
           f"{MIME_TYPE} for *.annotator")
        updater = shutil.which("update-mime-database")
        if updater:
            scratch = root / "scratch-mime"
            shutil.copytree(mime.parent.parent, scratch)
            done = subprocess.run([updater, str(scratch)], capture_output=True, text=True)
            globs = (scratch / "globs2").read_text(encoding="utf-8") if (scratch / "globs2").is_file() else ""
            mapped = re.search(rf":{re.escape(MIME_TYPE)}:\*\.annotator\b", globs) is not None
            ok(done.returncode == 0 and mapped, "update-mime-database maps *.annotator to the type",
               "" if mapped else done.stderr.strip())
        else:
            print("  skip update-mime-database is not installed (Debian package shared-mime-info)")

    depends = next((line.split(":", 1)[1] for line in fields.splitlines() if line.startswith("Depends:")), "")
    alternatives = [{x.strip().split()[0] for x in group.split("|")} for group in depends.split(",")]
    names = set().union(*alternatives) if alternatives else set()
    absent = [lib for lib in README_LIBS if lib not in names and f"{lib}t64" not in names]
    ok(not absent, "Depends has the Qt libraries the README lists", ", ".join(absent))
    print(f"  Depends:{depends}")

    # The unpacked app must start from wherever it lies and through a symlink, as /usr/bin/annotator starts it.
    relinked = root / "bin-link"
    relinked.mkdir()
    (relinked / "annotator").symlink_to(app)
    env = {"HOME": str(root), "PATH": "/nonexistent", "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    done = subprocess.run([str(relinked / "annotator"), "--version"], capture_output=True, text=True, env=env)
    ok(done.returncode == 0 and done.stdout.startswith("annotator "), "the unpacked app starts through a symlink",
       (done.stdout + done.stderr).strip()[-200:])
    return 1 if ok.failed else 0


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        raise SystemExit(__doc__.split("\n\n")[1])
    with tempfile.TemporaryDirectory(prefix="annotator-deb-") as tmp:
        return check(Path(args[0]), Path(tmp))


if __name__ == "__main__":
    sys.exit(main())
