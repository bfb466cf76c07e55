"""Property-based fuzzing of every reader and importer (the quick subset;
``make fuzz`` runs 10,000+ inputs per reader): any bytes give documents that
are valid, storable and round-trip, or one-line errors naming the file, and
never an exception."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from fuzz.check import check_file
from fuzz.strategies import READERS

from annotator.store import open_project


@pytest.fixture(scope="module")
def workdir():
    with tempfile.TemporaryDirectory(prefix="fuzz-") as folder:
        with open_project(Path(folder) / "fuzz.annotator") as project:
            yield Path(folder), project


@pytest.mark.parametrize("reader", sorted(READERS))
def test_reader_never_raises_and_yields_valid_documents(reader, workdir):
    folder, project = workdir
    suffix, strategy = READERS[reader]
    path = folder / f"input{suffix}"

    @settings(max_examples=100, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(strategy)
    def run(data: bytes) -> None:
        path.write_bytes(data)
        check_file(path, project)

    run()
