"""HTML and Markdown exports: self-contained, well-formed, one row per activity, names intact."""

from __future__ import annotations

import random
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from raci_editor.cli import main
from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.storage import html_export, markdown_export, native

SAMPLES = Path(__file__).resolve().parents[2] / "sample_projects"


def sample(name: str) -> Matrix:
    return native.load(SAMPLES / f"{name}.raci.json")


def big(activities: int = 300, roles: int = 40) -> Matrix:
    rng = random.Random(7)
    role_list = [Role(id=f"r{i}", name=f"Role {i}", group=f"G{i // 8}") for i in range(roles)]
    acts = [Activity(id=f"a{i}", name=f"Activity {i}", group=f"Phase {i // 20}")
            for i in range(activities)]  # fmt: skip
    letters = {
        a.id: {
            r.id: rng.choice(["R", "A", "C", "I", "RA"]) for r in role_list if rng.random() < 0.2
        }
        for a in acts
    }
    return Matrix(title="Big", roles=role_list, activities=acts,
                  letters={k: v for k, v in letters.items() if v})  # fmt: skip


MATRICES = {
    "marketing-en": lambda: sample("marketing-team.en"),
    "marketing-zh": lambda: sample("marketing-team.zh-CN"),
    "draft": lambda: sample("product-launch-draft.en"),
    "300x40": big,
}


def hostile() -> Matrix:
    return Matrix(
        title="<script>alert(1)</script>",
        roles=[Role(id="r1", name='A|B "quoted" & <b>'), Role(id="r2", name="*star* _u_ `c`")],
        activities=[Activity(id="a1", name="line\nbreak | pipe", group="[link](http://x)")],
        letters={"a1": {"r1": "RA", "r2": "C"}},
    )


def text_of(element: ET.Element) -> str:
    return "".join(element.itertext())


@pytest.mark.parametrize("name", MATRICES)
def test_html_is_well_formed_self_contained_and_complete(name: str) -> None:
    matrix = MATRICES[name]()
    page = html_export.dumps(matrix)
    root = ET.fromstring(page.split("\n", 1)[1])  # after the doctype
    assert root.tag == "html"
    assert not re.search(r"<script|<link|<img|<iframe|src=|href=|@import|url\(", page, re.I)
    body = text_of(root.find("body"))  # type: ignore[arg-type]
    for item in (*matrix.roles, *matrix.activities):
        assert item.name in body
    rows = [tr for tr in root.iter("tr") if tr.find("td[@class='activity']") is not None]
    assert len([tr for tr in rows if tr.get("class") != "band"]) == len(matrix.activities)
    assert 'name="viewport"' in page  # readable on a phone


def test_html_shows_the_problems_and_the_workload() -> None:
    page = html_export.dumps(sample("product-launch-draft.en"))
    assert page.count('class="sev-error"') == 3
    assert page.count('class="sev-warning"') == 4
    root = ET.fromstring(page.split("\n", 1)[1])
    workload = [tr for tr in root.iter("tr") if tr.find("td[@class='load']") is not None]
    assert len(workload) == 10
    assert text_of(workload[0]).startswith("Launch Director")  # the heaviest load first
    assert "▲" in text_of(workload[0])  # flagged by the overload rules


def test_html_escapes_hostile_text() -> None:
    page = html_export.dumps(hostile())
    root = ET.fromstring(page.split("\n", 1)[1])
    assert root.find(".//script") is None
    assert text_of(root.find(".//h1")) == "<script>alert(1)</script>"  # type: ignore[arg-type]
    assert 'A|B "quoted" &amp; &lt;b&gt;' in page.replace("&quot;", '"')


def test_chinese_page_says_its_language() -> None:
    assert '<html lang="zh-CN">' in html_export.dumps(sample("marketing-team.zh-CN"))


@pytest.mark.parametrize("name", MATRICES)
def test_markdown_has_one_table_row_per_activity(name: str) -> None:
    matrix = MATRICES[name]()
    text = markdown_export.dumps(matrix)
    table = [line for line in text.splitlines() if line.startswith("|")]
    assert len(table) == 2 + len(matrix.activities)  # header, alignment, activities
    widths = {len(re.findall(r"(?<!\\)\|", line)) for line in table}
    assert widths == {len(re.findall(r"(?<!\\)\|", table[0]))}  # every row has every column
    for activity in matrix.activities:
        assert markdown_export.cell(activity.name) in text
    assert "Legend (" in text


def test_markdown_escapes_what_would_break_the_table() -> None:
    text = markdown_export.dumps(hostile())
    header, _, row = [line for line in text.splitlines() if line.startswith("|")]
    assert "A\\|B" in header
    assert "\\*star\\*" in header
    assert "line<br>break \\| pipe" in row
    assert "\\[link\\](http://x)" in row
    assert "| R/A | C |" in row


@pytest.mark.parametrize("suffix", [".html", ".md"])
def test_convert_writes_the_web_formats(
    suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"team{suffix}"
    assert main(["convert", str(SAMPLES / "marketing-team.en.raci.json"), str(out)]) == 0
    assert "Set the overall marketing strategy" in out.read_text(encoding="utf-8")
    assert capsys.readouterr().err == ""
