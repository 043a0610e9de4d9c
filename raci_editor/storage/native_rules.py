"""The ``rules`` and ``waivers`` parts of the native file.

::

    "rules": {"too-many-consulted": {"enabled": true, "severity": "info", "threshold": 4}},
    "waivers": [{"rule": "multiple-accountable", "activity": "approve-budget",
                 "role": null, "reason": "Shared budget by design", "by": "Li Wei"}]

Only rules whose setting differs from the default are written; a missing
field of a rule falls back to the default.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from raci_editor.core.errors import AT, describe_validation_errors, format_location
from raci_editor.core.model import Matrix
from raci_editor.core.rule_settings import (
    RULES,
    RuleSetting,
    Severity,
    Waiver,
    default_setting,
    setting_problem,
)
from raci_editor.core.texts import QT_TRANSLATE_NOOP, Text
from raci_editor.storage.errors import FileError


class _RuleJSON(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)  # built when needed

    enabled: bool | None = None
    severity: str | None = None
    threshold: int | None = None


class _WaiverJSON(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)  # built when needed

    rule: str
    activity: str | None = None
    role: str | None = None
    reason: str
    by: str


def parse_rules(value: Any, path: str | Path) -> dict[str, RuleSetting]:
    """Rule settings from the file, each checked against the catalogue."""
    if not isinstance(value, dict):
        reason = QT_TRANSLATE_NOOP("FileError", "rules: must be an object of rule id -> setting")
        raise FileError(path, Text(reason))
    out: dict[str, RuleSetting] = {}
    for rule_id, raw in value.items():
        place = format_location(("rules", rule_id))
        if rule_id not in RULES:
            reason = QT_TRANSLATE_NOOP("FileError", "{place}: unknown rule (known: {known})")
            raise FileError(path, Text(reason, place=place, known=", ".join(RULES)))
        try:
            parsed = _RuleJSON.model_validate(raw)
        except ValidationError as exc:
            errors = [{**e, "loc": ("rules", rule_id, *e["loc"])} for e in exc.errors()]
            raise FileError(path, describe_validation_errors(errors)) from None
        default = default_setting(rule_id)
        try:
            severity = Severity(parsed.severity) if parsed.severity else default.severity
        except ValueError:
            severities = Text(QT_TRANSLATE_NOOP("FileError", "must be error, warning or info"))
            raise FileError(path, Text(AT, place=f"{place}.severity", problem=severities)) from None
        threshold = default.threshold if "threshold" not in raw else parsed.threshold
        setting = RuleSetting(
            default.enabled if parsed.enabled is None else parsed.enabled, severity, threshold
        )
        problem = setting_problem(rule_id, setting)
        if problem:
            raise FileError(path, Text(AT, place=place, problem=problem))
        if setting != default:
            out[rule_id] = setting
    return out


def parse_waivers(value: Any, path: str | Path) -> list[Waiver]:
    """Waivers from the file (their references are checked with the matrix's invariants)."""
    if not isinstance(value, list):
        raise FileError(path, Text(QT_TRANSLATE_NOOP("FileError", "waivers: must be a list")))
    out = []
    for index, raw in enumerate(value):
        try:
            parsed = _WaiverJSON.model_validate(raw)
        except ValidationError as exc:
            errors = [{**e, "loc": ("waivers", index, *e["loc"])} for e in exc.errors()]
            raise FileError(path, describe_validation_errors(errors)) from None
        out.append(Waiver(parsed.rule, parsed.activity, parsed.role, parsed.reason, parsed.by))
    return out


def dump_rules(matrix: Matrix) -> dict[str, Any]:
    """The settings that differ from the defaults, in catalogue order."""
    out: dict[str, Any] = {}
    for rule_id in RULES:
        setting = matrix.rules.get(rule_id)
        if setting is None:
            continue
        item: dict[str, Any] = {"enabled": setting.enabled, "severity": setting.severity.value}
        if RULES[rule_id].threshold is not None:
            item["threshold"] = setting.threshold
        out[rule_id] = item
    return out


def dump_waivers(matrix: Matrix) -> list[dict[str, Any]]:
    """Every waiver, in the matrix's canonical order."""
    return [
        {
            "rule": w.rule,
            "activity": w.activity_id,
            "role": w.role_id,
            "reason": w.reason,
            "by": w.by,
        }
        for w in matrix.waivers
    ]
