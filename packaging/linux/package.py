"""Pack the one-folder app (dist/annotator/) as a tarball and a Debian package.

    .venv/bin/python packaging/linux/package.py [--dist dist]

writes dist/annotator-VERSION-linux-x86_64.tar.gz and dist/annotator_VERSION_amd64.deb.  The .deb puts the app
in /opt/annotator, links /usr/bin/annotator to it, and installs a desktop entry, the icon in the hicolor theme
and a MIME type for project files; dpkg's triggers (desktop-file-utils, shared-mime-info, hicolor-icon-theme)
refresh the desktop's caches, so the package needs no maintainer scripts.  Its Depends are computed: every
shared library the bundle's binaries need and do not carry is looked up in sonames.txt; a library missing from
that table stops the build rather than producing a package that fails on a clean machine.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
# glibc's libraries: never bundled, always there (package libc6)
GLIBC = re.compile(r"^(libc|libm|libdl|libpthread|librt|libutil|libresolv|libanl|ld-linux-x86-64)\.so")
DESCRIPTION = """\
Annotate news articles for NLP training data
 A desktop tool for annotation teams working on news: it opens plain text, HTML
 pages and JSONL corpora, pre-marks named entities, direct quotes with their
 speakers, and boilerplate and article structure, lets annotators correct every
 label from the keyboard, and exports training data for spaCy, Prodigy,
 doccano, Label Studio and Hugging Face.  Runs offline."""


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def soname_table() -> dict[str, str]:
    table = {}
    for line in (HERE / "sonames.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            soname, package = line.split(None, 1)
            table[soname] = package.strip()
    return table


def elf_files(folder: Path) -> list[Path]:
    out = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    out.append(path)
    return out


def needed(path: Path) -> list[str]:
    """The DT_NEEDED entries of one ELF file (readelf comes with binutils, which PyInstaller needs too)."""
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def external_libraries(app: Path) -> dict[str, set[str]]:
    """Shared libraries that binaries in ``app`` need and the bundle does not carry: {soname: {who needs it}}."""
    files = elf_files(app)
    carried = {p.name for p in app.rglob("*.so*")}
    missing: dict[str, set[str]] = {}
    for path in files:
        for lib in needed(path):
            if lib not in carried and not GLIBC.match(lib):
                missing.setdefault(lib, set()).add(str(path.relative_to(app)))
    return missing


def glibc_floor(app: Path) -> str:
    """The newest GLIBC_x.y symbol version any binary in the bundle asks for."""
    best = (2, 17)
    for path in elf_files(app):
        for major, minor in re.findall(rb"GLIBC_(\d+)\.(\d+)", path.read_bytes()):
            best = max(best, (int(major), int(minor)))
    return f"{best[0]}.{best[1]}"


def depends(app: Path) -> list[str]:
    table = soname_table()
    missing = external_libraries(app)
    unknown = {lib: who for lib, who in missing.items() if lib not in table}
    if unknown:
        lines = [f"  {lib} (needed by {', '.join(sorted(who)[:3])})" for lib, who in sorted(unknown.items())]
        raise SystemExit("package: the bundle needs libraries that are neither bundled nor in "
                         "packaging/linux/sonames.txt:\n" + "\n".join(lines))
    packages = sorted({table[lib] for lib in missing})
    return [f"libc6 (>= {glibc_floor(app)})", *packages]


def folder_kib(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*")) // 1024 + 1


def build_deb(app: Path, dist: Path, work: Path, ver: str, compressor: str) -> Path:
    root = work / f"annotator_{ver}_amd64"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(app, root / "opt" / "annotator", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    os.symlink("/opt/annotator/annotator", root / "usr" / "bin" / "annotator")
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copyfile(HERE / "annotator.desktop", share / "applications" / "annotator.desktop")
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copyfile(HERE / "annotator-mime.xml", share / "mime" / "packages" / "annotator.xml")
    subprocess.run([sys.executable, str(HERE.parent / "make_icons.py"), "--hicolor", str(share / "icons" / "hicolor")],
                   check=True)
    doc = share / "doc" / "annotator"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: annotator\n\nFiles: *\nCopyright: the annotator authors\nLicense: MIT\n"
        " The bundled Qt libraries (PySide6) are under the LGPL-3.0; Python under the PSF License.\n",
        encoding="utf-8")
    control = root / "DEBIAN"
    control.mkdir()
    (control / "control").write_text(
        f"Package: annotator\nVersion: {ver}\nArchitecture: amd64\n"
        f"Maintainer: annotator developers <annotator@localhost>\nInstalled-Size: {folder_kib(root)}\n"
        f"Depends: {', '.join(depends(app))}\n"
        f"Recommends: shared-mime-info, desktop-file-utils, hicolor-icon-theme\n"
        f"Section: text\nPriority: optional\nDescription: {DESCRIPTION}\n", encoding="utf-8")
    for path in root.rglob("*"):  # dpkg-deb wants sane modes whatever the umask was
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    out = dist / f"annotator_{ver}_amd64.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", f"-Z{compressor}", "--build", str(root), str(out)], check=True,
                   stdout=subprocess.DEVNULL)
    return out


def build_tarball(app: Path, dist: Path, ver: str) -> Path:
    out = dist / f"annotator-{ver}-linux-x86_64.tar.gz"
    tmp = out.with_suffix(".tmp")
    with tarfile.open(tmp, "w:gz", compresslevel=6) as tar:
        tar.add(app, arcname=f"annotator-{ver}")
    tmp.replace(out)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="PyInstaller's output folder (default dist)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "deb", help="scratch folder for the .deb tree")
    parser.add_argument("--xz", action="store_true",
                        help="compress the .deb with xz (about 25%% smaller, four times slower) instead of gzip")
    args = parser.parse_args(argv)
    app = args.dist / "annotator"
    if not (app / "annotator").is_file():
        raise SystemExit(f"package: {app}/annotator not found; run PyInstaller first (make dist)")
    ver = version()
    compressor = "xz" if args.xz else "gzip"
    for out in (build_tarball(app, args.dist, ver), build_deb(app, args.dist, args.work, ver, compressor)):
        print(f"{out}  {out.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
