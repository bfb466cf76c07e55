#!/usr/bin/env bash
# make dist-test (after make dist): run the frozen app the way an annotator's machine would, with no Python
# anywhere it could find, check the .deb's layout, and print size and start-up figures beside a bare PySide6
# hello-world frozen with the same spec in this run.  Exits non-zero on the first failed check.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
VERSION=$($PY -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
APP=dist/annotator/annotator
DEB=dist/annotator_${VERSION}_amd64.deb
TARBALL=dist/annotator-${VERSION}-linux-x86_64.tar.gz
for f in "$APP" "$DEB" "$TARBALL"; do [ -e "$f" ] || { echo "dist-test: $f is missing; run make dist" >&2; exit 1; }; done

work=$(mktemp -d "${TMPDIR:-/tmp}/annotator-dist-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/trap"
# The only PATH the frozen app gets: a python/python3 that record being called.  The bundle carries its own
# interpreter; if it ever ran one from PATH, the record would fail the test.
for name in python python3 python3.11 python3.12 python3.13; do
    printf '#!/bin/sh\necho "$0 $*" >> "%s/python-was-called"\nexit 97\n' "$work" > "$work/trap/$name"
    chmod +x "$work/trap/$name"
done
frozen() {  # run a frozen program with a clean environment: no PYTHONHOME/PYTHONPATH, no Python on PATH
    env -i HOME="$work/home" PATH="$work/trap" QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 "$@"
}
tracer=()
if command -v strace >/dev/null; then
    tracer=("$(command -v strace)" -f -qq -e trace=execve -o "$work/exec.log")
fi

echo "== frozen self-test (PATH=$work/trap, no PYTHONHOME/PYTHONPATH)"
frozen "${tracer[@]}" "$PWD/$APP" --self-test

echo "== frozen screenshot of the sample articles"
frozen "$PWD/$APP" --project "$work/shot.annotator" --screenshot "$work/shot.png" "$PWD/resources/samples" \
    2> >(grep -v -e 'propagateSizeHints' -e '^$' >&2)
$PY - "$work/shot.png" <<'PYEOF'
import struct, sys
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
width, height = struct.unpack(">II", data[16:24])
assert width >= 400 and height >= 300 and len(data) > 10_000, f"{width}x{height}, {len(data)} bytes: an empty window?"
print(f"  ok   {width}x{height} PNG, {len(data):,} bytes")
PYEOF

if [ -e "$work/python-was-called" ]; then
    echo "dist-test: the frozen app ran a Python from PATH:" >&2; cat "$work/python-was-called" >&2; exit 1
fi
echo "  ok   no Python was run from PATH"
if [ ${#tracer[@]} -gt 0 ]; then
    others=$(grep -o 'execve("[^"]*"' "$work/exec.log" | sed 's/execve("//; s/"$//' | grep -v -x "$PWD/$APP" || true)
    if [ -n "$others" ]; then echo "dist-test: the frozen self-test executed other programs: $others" >&2; exit 1; fi
    echo "  ok   strace: the self-test executed nothing but the bundle"
else
    echo "  skip strace is not installed: only the PATH trap checked that no Python was run"
fi

echo "== tarball"
tar -xzf "$TARBALL" -C "$work"
frozen "$work/annotator-$VERSION/annotator" --version

echo "== .deb layout"
$PY packaging/linux/check_deb.py "$DEB"

echo "== size and start-up beside a bare PySide6 hello-world (same spec options, this run)"
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath "$work/hello-dist" --workpath build/hello \
    build.spec -- --hello
$PY bench/bundle.py --app dist/annotator --hello "$work/hello-dist/hello" --packages "$TARBALL" "$DEB" \
    --path "$work/trap"
echo "dist-test passed"
