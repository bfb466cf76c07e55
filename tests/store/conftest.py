import pytest

from annotator.store import open_project


@pytest.fixture
def project(project_location):
    """A fresh project, closed after the test: once in a SQLite file, once in a PostgreSQL database."""
    with open_project(project_location) as p:
        yield p
