"""The app process itself, SIGKILLed at random moments: the real window
(offscreen) labels words through its edit controller, undoes and redoes
through its undo stack, and acknowledges each edit after the call returned.
After every kill the project opens, passes integrity checks, and holds every
acknowledged label (and none that was acknowledged as undone); the one edit
in flight at the kill may have gone either way.

``RELIABILITY_APP_KILLS`` sets the number of kills (default 30: each child
starts Qt and builds the window, about a second).
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from forkserver import ForkServer
from kill_scripts import article
from test_kill import check_file

from annotator.core.model import Document
from annotator.store import open_project

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the kill tests fork (POSIX)")

KILLS = int(os.environ.get("RELIABILITY_APP_KILLS", "30"))
QUIET_QT = {"QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": "default.warning=false"}


def user_spans(path: Path) -> dict[tuple[int, str], tuple[int, int, str]]:
    with open_project(path) as project:
        return {(doc_pk, s.id): (s.start, s.end, s.label)
                for doc_pk in [d.pk for d in project.list_documents(limit=10_000)]
                for s in project.get_document(doc_pk).spans if s.source == "user"}


def test_app_process_survives_kills(tmp_path):
    path = tmp_path / "app.annotator"
    rng = random.Random(11)
    with open_project(path) as project:
        project.add_documents([Document(text=article(rng)) for _ in range(25)])
    present: dict[tuple[int, str], bool] = {}  # what the acknowledgements say about each label
    acked = in_flight = 0
    with ForkServer("gui_session", env=QUIET_QT) as server:
        for n in range(KILLS):
            result = server.run("gui_session:session", {"path": str(path), "seed": rng.randrange(2**32), "steps": 20_000},
                                kill_after=rng.uniform(0.2, 1.6))
            assert result.exception is None, result.exception
            assert result.killed
            intents = {x["intent"]: x for x in result.lines if "intent" in x}
            acks = {x["ack"]: x for x in result.lines if "ack" in x}
            for i, ack in sorted(acks.items()):
                intent = intents[i]
                key = (intent["pk"], ack.get("id") or intent["id"])
                present[key] = intent["op"] != "undo"
            acked += len(acks)
            pending = [intents[i] for i in intents if i not in acks]
            assert len(pending) <= 1
            check_file(path)
            found = user_spans(path)
            in_call: set[tuple[int, str]] = set()  # labels the edit in flight at the kill may have changed
            if pending:
                in_flight += 1
                edit = pending[0]
                in_call = {k for k in found if k[0] == edit["pk"] and found[k] == (
                    edit["start"], edit["end"], edit["label"])} if edit["op"] == "create" else {(edit["pk"], edit["id"])}
            for key, should in present.items():
                if key not in in_call:
                    assert (key in found) == should, (
                        f"kill {n}: acknowledged label {key} is {'lost' if should else 'back'}; this round: "
                        f"{result.lines}")
            present.update({key: key in found for key in in_call})
            loose = set(found) - set(present)
            assert not loose, f"kill {n}: labels nobody made: {[(k, found[k]) for k in sorted(loose)]}"
    print(f"\napp process: {KILLS} kills survived; {acked} acknowledged edits checked; "
          f"{in_flight} kills inside an edit; {sum(present.values())} labels in the project")
    assert acked > 0 and sum(present.values()) > 0
