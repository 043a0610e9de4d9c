"""Waiving, un-waiving and rule changes are single undo steps that change what counts."""

from __future__ import annotations

import pytest

from raci_editor import paths
from raci_editor.core.rules import RuleSetting, Severity
from raci_editor.gui import rule_edits
from raci_editor.gui.document import Document

pytestmark = pytest.mark.gui


@pytest.fixture
def draft() -> Document:
    return Document.open(paths.sample_path("product-launch-draft.en.raci.json"))


def errors(doc: Document) -> int:
    return doc.validation.counts()[Severity.ERROR]


def test_waiving_stops_a_finding_counting_and_undo_brings_it_back(draft: Document) -> None:
    [multi] = [f for f in draft.validation.findings() if f.rule == "multiple-accountable"]
    rule_edits.waive(draft, multi, " Joint sign-off ", " Li Wei ")
    assert errors(draft) == 2
    [waived] = [f for f in draft.validation.findings() if f.rule == "multiple-accountable"]
    assert waived.waiver is not None
    assert (waived.waiver.reason, waived.waiver.by) == ("Joint sign-off", "Li Wei")
    assert draft.undo_stack.count() == 1
    draft.undo_stack.undo()
    assert errors(draft) == 3


def test_waiving_again_replaces_the_reason_in_one_step(draft: Document) -> None:
    [multi] = [f for f in draft.validation.findings() if f.rule == "multiple-accountable"]
    rule_edits.waive(draft, multi, "first", "A")
    rule_edits.waive(draft, multi, "second", "B")
    assert [w.reason for w in draft.matrix.waivers] == ["second"]
    draft.undo_stack.undo()
    assert [w.reason for w in draft.matrix.waivers] == ["first"]


def test_a_stale_waiver_can_be_removed_from_its_finding(draft: Document) -> None:
    [no_a] = [f for f in draft.validation.findings() if f.rule == "no-accountable"]
    rule_edits.waive(draft, no_a, "Crisis owner named on the day", "Li")
    rule_edits.set_rules(draft, {"no-accountable": RuleSetting(False, Severity.ERROR)})
    [stale] = [f for f in draft.validation.findings() if f.rule == "stale-waiver"]
    rule_edits.unwaive(draft, stale)
    assert draft.matrix.waivers == []
    assert not [f for f in draft.validation.findings() if f.rule == "stale-waiver"]


def test_set_rules_is_one_step_and_only_for_changes(draft: Document) -> None:
    assert not rule_edits.set_rules(draft, {"no-accountable": RuleSetting(True, Severity.ERROR)})
    assert rule_edits.set_rules(
        draft,
        {
            "no-accountable": RuleSetting(True, Severity.WARNING),
            "too-many-consulted": RuleSetting(True, Severity.WARNING, 5),
        },
    )
    assert draft.undo_stack.count() == 1
    assert draft.undo_stack.undoText() == "Change 2 rules"
    assert errors(draft) == 2
    assert rule_edits.reset_rules(draft)
    assert draft.matrix.rules == {}
