"""The matrix as one self-contained web page: no scripts, no external requests, fine on a phone.

The page holds the matrix (group bands, coloured letters), the legend, the
problems and the workload as bars drawn with CSS. It is well-formed XML as
well as HTML, so any parser reads it.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from raci_editor.core.letter_colours import letter_colours as colours_of
from raci_editor.core.model import Matrix
from raci_editor.core.rules import Finding, validate
from raci_editor.core.texts import ENGLISH, QT_TRANSLATE_NOOP, Text, Translator, render
from raci_editor.core.workload import role_loads
from raci_editor.storage.atomic import write_atomic
from raci_editor.storage.xlsx_layout import TITLE_PLACEHOLDER
from raci_editor.storage.xlsx_sheets import (
    ACTIVITY,
    PROBLEM_COLUMNS,
    ROLE,
    SHARE,
    letter_name,
    severity_word,
    sizes,
    translated,
    waived,
)

META = QT_TRANSLATE_NOOP("Export", "{date} · {scheme} · {activities} · {roles}")
LEGEND = QT_TRANSLATE_NOOP("Export", "Legend")
NAME_MEANS = QT_TRANSLATE_NOOP("Export", "{name}: {meaning}")
PROBLEMS = QT_TRANSLATE_NOOP("Export", "Problems")
NO_PROBLEMS = QT_TRANSLATE_NOOP("Export", "No problems found.")
WORKLOAD = QT_TRANSLATE_NOOP("Export", "Workload")
LOAD = QT_TRANSLATE_NOOP("Export", "Load")

# Fonts: the system's, then for Chinese characters PingFang SC (macOS), Microsoft YaHei
# (Windows), Noto Sans CJK SC and WenQuanYi Micro Hei (Linux).
STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","PingFang SC","Microsoft YaHei",
"Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;margin:1rem;color:#222}
h1{font-size:1.4rem;margin:0 0 .2rem}h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
.meta{color:#666;font-style:italic;margin:0 0 1rem}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;max-width:100%}
table{border-collapse:collapse;font-size:.85rem}
th,td{border:1px solid #bbb;padding:.2rem .4rem}
thead th{background:#dce6f2;vertical-align:bottom}
th.group{background:#e4e4e4;text-align:center}
td.letters{text-align:center;min-width:2.2rem;font-weight:600}
tr.band td{background:#e4e4e4;font-weight:700}
th.activity,td.activity{position:sticky;left:0;background:#fff;text-align:left;min-width:12rem}
thead th.activity{background:#dce6f2}
ul.legend{list-style:none;padding:0}ul.legend li{margin:.2rem 0}
span.key{display:inline-block;min-width:1.4rem;text-align:center;font-weight:700;
border:1px solid #bbb;margin-right:.4rem}
.sev-error{color:#9c0006;font-weight:700}.sev-warning{color:#8a5a00;font-weight:700}
.bar{display:flex;height:1rem;min-width:1px;background:#f4f4f4}
.bar span{display:block;height:100%}
td.load{width:50%}td.num{text-align:right}
.flag{color:#9c0006;font-weight:700}
@media (max-width:600px){body{margin:.5rem}table{font-size:.75rem}}
"""


def save(matrix: Matrix, path: str | Path, *, translator: Translator = ENGLISH) -> None:
    """Write the page (UTF-8) atomically, its own words in the language of ``translator``."""
    write_atomic(path, dumps(matrix, translator=translator).encode("utf-8"))


def dumps(matrix: Matrix, today: dt.date | None = None, *, translator: Translator = ENGLISH) -> str:
    """The page's text; ``translator`` says its headings, the legend and the findings."""
    findings = validate(matrix)
    title = matrix.title or translated(TITLE_PLACEHOLDER, translator)
    colours = letter_colours(matrix)
    css = STYLE + "".join(f"td.l-{ch}{{background:{c}}}" for ch, c in colours.items())
    date = (today or dt.date.today()).isoformat()
    meta = Text(META, date=date, scheme=matrix.scheme.name, **sizes(matrix)).render(translator)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{_language(matrix, translator)}">',
        "<head>",
        '<meta charset="utf-8" />',
        '<meta name="viewport" content="width=device-width, initial-scale=1" />',
        f"<title>{escape(title)}</title>",
        f"<style>{css}</style>",
        "</head>",
        "<body>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="meta">{escape(meta)}</p>',
    ]
    if matrix.description.strip():
        parts.append(f"<p>{escape(matrix.description)}</p>")
    parts += _matrix_table(matrix, colours, translator)
    parts += _legend(matrix, colours, translator)
    parts += _problems(matrix, findings, translator)
    parts += _workload(matrix, findings, colours, translator)
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def letter_colours(matrix: Matrix) -> dict[str, str]:
    """The editor's colour for each letter of the scheme, as CSS."""
    return {ch: f"#{hexa.lower()}" for ch, hexa in colours_of(matrix.scheme).items()}


def _language(matrix: Matrix, translator: Translator) -> str:
    """Chinese when the names or the page's own words are Chinese."""
    own = translated(ACTIVITY, translator)
    names = " ".join([matrix.title, own, *(r.name for r in matrix.roles)])
    return "zh-CN" if any("\u4e00" <= ch <= "\u9fff" for ch in names) else "en"


def _matrix_table(matrix: Matrix, colours: dict[str, str], translator: Translator) -> list[str]:
    scheme, roles = matrix.scheme, matrix.roles
    out = ['<div class="scroll">', "<table>", "<thead>"]
    if any(r.group for r in roles):
        out.append('<tr><th class="activity"></th>')
        start = 0
        while start < len(roles):
            stop = start
            while stop + 1 < len(roles) and roles[stop + 1].group == roles[start].group:
                stop += 1
            out.append(
                f'<th class="group" colspan="{stop - start + 1}">{escape(roles[start].group)}</th>'
            )
            start = stop + 1
        out.append("</tr>")
    out.append(f'<tr><th class="activity">{escape(translated(ACTIVITY, translator))}</th>')
    out += [f'<th scope="col">{escape(r.name)}</th>' for r in roles]
    out += ["</tr>", "</thead>", "<tbody>"]
    group: str | None = None
    for activity in matrix.activities:
        if activity.group != group and (activity.group or group is not None):
            out.append(
                f'<tr class="band"><td class="activity">{escape(activity.group)}</td>'
                f'<td colspan="{max(len(roles), 1)}"></td></tr>'
            )
        group = activity.group
        row = matrix.row(activity.id)
        cells = []
        for role in roles:
            letters = row.get(role.id, "")
            first = _colour_letter(letters, colours)
            css = f"letters l-{first}" if first else "letters"
            cells.append(f'<td class="{css}">{escape(scheme.display(letters))}</td>')
        out.append(f'<tr><td class="activity">{escape(activity.name)}</td>{"".join(cells)}</tr>')
    out += ["</tbody>", "</table>", "</div>"]
    return out


def _colour_letter(letters: str, colours: dict[str, str]) -> str:
    """The letter whose colour a cell takes: the first of A, R, C, I, others it holds."""
    return next((ch for ch in colours if ch in letters), "")


def _legend(matrix: Matrix, colours: dict[str, str], translator: Translator) -> list[str]:
    out = [f"<h2>{escape(translated(LEGEND, translator))}</h2>", '<ul class="legend">']
    for item in matrix.scheme.letters:
        text = letter_name(item.name, translator)
        if item.meaning:
            meaning = letter_name(item.meaning, translator)
            text = Text(NAME_MEANS, name=text, meaning=meaning).render(translator)
        out.append(
            f'<li><span class="key" style="background:{colours[item.letter]}">'
            f"{escape(item.letter)}</span>{escape(text)}</li>"
        )
    out.append("</ul>")
    return out


def _problems(matrix: Matrix, findings: list[Finding], translator: Translator) -> list[str]:
    out = [f"<h2>{escape(translated(PROBLEMS, translator))}</h2>"]
    if not findings:
        return [*out, f"<p>{escape(translated(NO_PROBLEMS, translator))}</p>"]
    out += ['<div class="scroll">', "<table>", "<thead><tr>"]
    out += [f"<th>{escape(translated(h, translator))}</th>" for h in PROBLEM_COLUMNS]
    out += ["</tr></thead>", "<tbody>"]
    for f in findings:
        activity = matrix.activity(f.activity_id).name if f.activity_id else ""
        role = matrix.role(f.role_id).name if f.role_id else ""
        severity = escape(severity_word(f.severity, translator))
        message = escape(str(render(f.message, translator)))
        out.append(
            f'<tr><td class="sev-{f.severity.value}">{severity}</td>'
            f"<td>{escape(f.rule)}</td><td>{escape(activity)}</td><td>{escape(role)}</td>"
            f"<td>{message}</td><td>{escape(waived(f, translator))}</td></tr>"
        )
    out += ["</tbody>", "</table>", "</div>"]
    return out


def _workload(
    matrix: Matrix, findings: list[Finding], colours: dict[str, str], translator: Translator
) -> list[str]:
    total = len(matrix.activities)
    heading = escape(translated(WORKLOAD, translator))
    out = [f"<h2>{heading}</h2>", '<div class="scroll">', "<table>", "<thead><tr>"]
    words = [translated(w, translator) for w in (ROLE, SHARE, LOAD)]
    headers = [words[0], *matrix.scheme.alphabet, *words[1:]]
    out += [f"<th>{escape(h)}</th>" for h in headers]
    out += ["</tr></thead>", "<tbody>"]
    for load in role_loads(matrix, findings):
        flag = ' <span class="flag">▲</span>' if load.flags else ""
        title = f' title="{escape(", ".join(load.flags))}"' if load.flags else ""
        counts = "".join(f'<td class="num">{load.counts[ch]}</td>' for ch in matrix.scheme.alphabet)
        bars = "".join(
            f'<span style="width:{100 * n / total:.1f}%;background:{colours[ch]}"></span>'
            for ch, n in load.counts.items()
            if n and total
        )
        out.append(
            f"<tr><td{title}>{escape(load.name)}{flag}</td>{counts}"
            f'<td class="num">{round(100 * load.share)}%</td>'
            f'<td class="load"><div class="bar">{bars}</div></td></tr>'
        )
    out += ["</tbody>", "</table>", "</div>"]
    return out
