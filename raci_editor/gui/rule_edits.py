"""Undoable changes to a matrix's rule settings and waivers (one undo step each)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from raci_editor.core.edits import AddWaiver, Batch, Edit, RemoveWaiver, SetRule
from raci_editor.core.rule_settings import RULES, RuleSetting, Waiver, default_setting
from raci_editor.core.rules import Finding
from raci_editor.gui.document import Document


def set_rules(document: Document, settings: Mapping[str, RuleSetting]) -> bool:
    """Apply the settings that differ from the matrix's as one step; False if none do."""
    current = document.matrix.rules
    edits: list[Edit] = [
        SetRule(rule_id, setting)
        for rule_id, setting in settings.items()
        if setting != current.get(rule_id, default_setting(rule_id))
    ]
    if not edits:
        return False
    if len(edits) == 1:
        assert isinstance(edits[0], SetRule)
        label = QCoreApplication.translate("rule_edits", "Change rule {0}").format(edits[0].rule_id)
    else:
        label = QCoreApplication.translate("rule_edits", "Change {0} rules").format(len(edits))
    document.apply(Batch(tuple(edits)), label)
    return True


def reset_rules(document: Document) -> bool:
    """Put every rule back to its default as one step; False if all already are."""
    return set_rules(document, {rule_id: default_setting(rule_id) for rule_id in RULES})


def waive(document: Document, finding: Finding, reason: str, by: str) -> None:
    """Accept a finding with a reason and a name; replaces an earlier waiver of it."""
    waiver = Waiver(finding.rule, finding.activity_id, finding.role_id, reason.strip(), by.strip())
    edits: list[Edit] = []
    if any(w.key == waiver.key for w in document.matrix.waivers):
        edits.append(RemoveWaiver(*waiver.key))
    edits.append(AddWaiver(waiver))
    document.apply(
        Batch(tuple(edits)),
        QCoreApplication.translate("rule_edits", "Waive {0}").format(finding.rule),
    )


def unwaive(document: Document, finding: Finding) -> None:
    """Withdraw the waiver of a finding (or a stale waiver)."""
    key = finding.stale.key if finding.stale is not None else finding.key
    document.apply(
        RemoveWaiver(*key),
        QCoreApplication.translate("rule_edits", "Remove waiver of {0}").format(key[0]),
    )
