"""Coverage-guided fuzzing of every reader with atheris (libFuzzer for Python).

    .venv/bin/python fuzz/atheris_fuzz.py [--runs 20000] [--readers txt,html,...]

Each reader runs in its own process, instrumented, for ``--runs`` inputs,
starting from a small seed corpus (files written from the hypothesis
strategies) that libFuzzer mutates towards new coverage.  An input that
breaks fuzz/check.py's property (an uncaught exception, an invalid document,
an error message not naming the file) stops that reader's run and is saved
as ``crash-*`` in the work folder, whose path is printed.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def child(reader: str, argv: list[str]) -> None:
    import atheris

    with atheris.instrument_imports(include=["annotator"]):
        from fuzz.check import check_file
    from fuzz.strategies import READERS

    path = Path(tempfile.mkdtemp(prefix="atheris-")) / f"input{READERS[reader][0]}"

    def one_input(data: bytes) -> None:
        path.write_bytes(data)
        check_file(path)

    atheris.Setup([sys.argv[0], *argv], one_input)
    atheris.Fuzz()


def seeds(reader: str, folder: Path, n: int = 40) -> None:
    from hypothesis import HealthCheck, Phase, given, settings

    from fuzz.strategies import READERS

    folder.mkdir(parents=True, exist_ok=True)
    made = []

    @settings(max_examples=n, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(READERS[reader][1])
    def write(data: bytes) -> None:
        (folder / f"seed{len(made):03}").write_bytes(data)
        made.append(1)

    write()
    for sample in (REPO / "tests" / "data" / "io").glob(f"*{READERS[reader][0]}"):
        (folder / sample.name).write_bytes(sample.read_bytes())


def main() -> int:
    from fuzz.strategies import READERS

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20_000, help="inputs per reader (default 20,000)")
    parser.add_argument("--readers", default=",".join(READERS))
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args, rest = parser.parse_known_args()
    if args.child:
        child(args.child, rest)
        return 0
    work = Path(tempfile.mkdtemp(prefix="annotator-atheris-"))
    print(f"work folder: {work}")
    print(f"{'reader':<20}{'runs':>9}{'coverage':>10}{'crashes':>9}{'seconds':>9}")
    failed = 0
    for reader in [r for r in args.readers.split(",") if r]:
        corpus = work / reader
        seeds(reader, corpus)
        started = time.perf_counter()
        flags = [f"-runs={args.runs}", "-max_len=4096", "-timeout=20", "-rss_limit_mb=1024",
                 f"-artifact_prefix={work}/{reader}-"]
        run = subprocess.run([sys.executable, __file__, "--child", reader, str(corpus), *flags],
                             capture_output=True, text=True, cwd=work)
        log = run.stdout + run.stderr
        (work / f"{reader}.log").write_text(log)
        done = re.findall(r"Done (\d+) runs", log)
        cov = re.findall(r"cov: (\d+)", log)
        crashes = len(list(work.glob(f"{reader}-crash-*"))) + len(list(work.glob(f"{reader}-oom-*")))
        failed += run.returncode != 0 or crashes
        print(f"{reader:<20}{(done[-1] if done else '?'):>9}{(cov[-1] if cov else '?'):>10}{crashes:>9}"
              f"{time.perf_counter() - started:>9.0f}", flush=True)
        if run.returncode != 0:
            print("\n".join(log.splitlines()[-30:]))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
