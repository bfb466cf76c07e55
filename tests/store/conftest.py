import pytest

from annotator.store import open_project


@pytest.fixture
def project(tmp_path):
    """A fresh project file, closed after the test."""
    with open_project(tmp_path / "p.annotator") as p:
        yield p
