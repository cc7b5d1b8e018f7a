"""Draft → finalised (frozen, hashed) → next edit starts a new revision; what changed since."""

from __future__ import annotations

from app.models import lifecycle
from app.models.dossier import Record
from app.models.operations import InsertRecord, SetNarrative
from app.models.lifecycle import content_hash
from app.models.storage import DossierFile, read_summary


def test_finalise_freeze_and_revise(opened):
    seen = []
    opened.session.listeners.append(lambda op, changes, how: seen.append((how, [c.path for c in changes])))
    digest = lifecycle.finalise(opened.session, note="报送前定稿").content_hash
    assert digest == content_hash(opened.dossier) and len(digest) == 64
    assert opened.dossier.stage == "finalised" and ("finalise", ["meta/stage", "meta/revision"]) in seen
    assert read_summary(opened.path).stage == "finalised"
    assert opened.changes_since_final() == []
    lifecycle.mark_submitted(opened.session)
    assert opened.dossier.stage == "submitted" and opened.versions()[0].submitted_at
    assert not opened.session.can_undo                      # finalising is not an undoable edit

    old = opened.dossier.answer("1.1.1").narrative
    opened.session.do(SetNarrative("1.1.1", old, "第二版的说明"))
    opened.session.do(InsertRecord("policies", 0, Record(id="p-new", values={"title": "新政策"})))
    assert opened.dossier.stage == "draft" and opened.revision == 2
    diff = dict((p, (o, n)) for p, o, n in opened.changes_since_final())
    assert diff["indicators/1.1.1/narrative"] == (old or None, "第二版的说明")
    assert diff["registers/policies/p-new/title"] == (None, "新政策")
    assert len(diff) == 2
    revise = opened.history_for("meta/stage")[0]
    assert revise.how == "revise" and revise.new == "draft"
    # in the order they happened: finalise, submit, revise (revision 2), then the edit that caused it
    hows = [(e.how, e.revision) for e in reversed(opened.history_for(""))][-5:]
    assert hows == [("finalise", 1), ("submit", 1), ("revise", 2), ("do", 2), ("do", 2)]
    assert opened.history_for("indicators/1.1.1/narrative")[0].revision == 2

    second = lifecycle.finalise(opened.session, note="第二版").content_hash
    assert second != digest and [v.revision for v in opened.versions()] == [1, 2]


def test_hash_ignores_stage_and_time_but_not_attachments(binjiang):
    before = content_hash(binjiang)
    binjiang.stage, binjiang.updated_at = "submitted", "2030-01-01T00:00:00+08:00"
    assert content_hash(binjiang) == before
    binjiang.evidence[0].sha256 = "0" * 64
    assert content_hash(binjiang) != before


def test_stage_and_revision_survive_reopen(pzd):
    with DossierFile.open(pzd) as f:
        lifecycle.finalise(f.session)
        f.session.do(SetNarrative("1.1.1", "", "x"))
    with DossierFile.open(pzd) as f:
        assert (f.dossier.stage, f.revision) == ("draft", 2)
        assert f.changes_since_final()
