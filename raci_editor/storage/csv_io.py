"""CSV in and out, in the layout of CLI.md (``Group,Activity,<role>,…``).

Reading takes that layout exactly; any other CSV (in UTF-8 with or without
BOM, UTF-16 or GB18030, separated by commas, semicolons or tabs) goes
through the spreadsheet importer like a one-sheet workbook.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
from collections.abc import Iterable
from pathlib import Path

from raci_editor.core.ids import IdMaker
from raci_editor.core.importing import Grid, ImportOptions, make_grid
from raci_editor.core.importing.findings import skipped_row, unknown_code
from raci_editor.core.importing.scheme_pick import pick_scheme
from raci_editor.core.letters import ParsedCell, clean_text, parse_cell
from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.core.rules import Finding
from raci_editor.core.scheme import Scheme
from raci_editor.core.texts import QT_TRANSLATE_NOOP, Text
from raci_editor.storage import spreadsheet
from raci_editor.storage.atomic import write_atomic
from raci_editor.storage.errors import FileError
from raci_editor.storage.reading import read_bytes
from raci_editor.storage.result import LoadResult

MAX_BYTES = 64 << 20
MAX_CELLS = 4_000_000
"""A CSV with more fields than this is refused before it is split (memory)."""
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_DELIMITERS = (",", ";", "\t")
_SNIFF_CHARS = 65536


def quote_formula(text: str) -> str:
    """Prefix ``'`` to text a spreadsheet would run as a formula (and to text that looks quoted)."""
    return "'" + text if _needs_quote(text) else text


def unquote_formula(text: str) -> str:
    """Undo :func:`quote_formula` exactly."""
    return text[1:] if text.startswith("'") and _needs_quote(text[1:]) else text


def _needs_quote(text: str) -> bool:
    rest = text.lstrip("'")
    return rest.startswith(_FORMULA_START)


def dumps(matrix: Matrix) -> str:
    """The CSV text (without BOM) of a matrix."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["Group", "Activity", *(quote_formula(r.name) for r in matrix.roles)])
    scheme = matrix.scheme
    for activity in matrix.activities:
        row = matrix.row(activity.id)
        writer.writerow(
            [
                quote_formula(activity.group),
                quote_formula(activity.name),
                *(scheme.display(row.get(r.id, "")) for r in matrix.roles),
            ]
        )
    return out.getvalue()


def save(matrix: Matrix, path: str | Path) -> None:
    """Write UTF-8 CSV with a BOM (so Excel opens it right), atomically."""
    write_atomic(path, codecs.BOM_UTF8 + dumps(matrix).encode("utf-8"))


def load(path: str | Path, options: ImportOptions | None = None) -> LoadResult:
    """Read a CSV file into a matrix plus the findings met while reading."""
    return loads(decode(read_bytes(path, MAX_BYTES), path), path, options)


def decode(data: bytes, path: str | Path) -> str:
    """Decode CSV bytes: BOMs first, then UTF-8, then GB18030."""
    if data.startswith(codecs.BOM_UTF8):
        encodings = ["utf-8-sig"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ["utf-16"]
    else:
        encodings = ["utf-8", "gb18030"]
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            break
        return text
    reason = QT_TRANSLATE_NOOP(
        "FileError", "is not a text file in a known encoding (UTF-8, UTF-16, GB18030)"
    )
    raise FileError(path, Text(reason))


def _rows(text: str, path: str | Path) -> list[list[str]]:
    delimiter = sniff_delimiter(text)
    fields = text.count(delimiter) + text.count("\n")
    if fields > MAX_CELLS:
        reason = QT_TRANSLATE_NOOP("FileError", "has more than {limit} cells; refused as unsafe")
        raise FileError(path, Text(reason, limit=f"{MAX_CELLS:,}"))
    try:
        return [
            [unquote_formula(c) for c in row]
            for row in csv.reader(io.StringIO(text), delimiter=delimiter)
        ]
    except csv.Error as exc:
        reason = QT_TRANSLATE_NOOP("FileError", "is not readable CSV: {error}")
        raise FileError(path, Text(reason, error=str(exc))) from None


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: the one that splits the first rows into the most equal columns.

    ``csv.Sniffer`` is not used: it takes minutes on some small files.
    """
    head = text.lstrip("\ufeff")[:20].casefold()
    for delimiter in _DELIMITERS:
        if head.startswith(f"group{delimiter}activity"):  # our own layout
            return delimiter
    best, best_score = ",", (0, 0)
    for delimiter in _DELIMITERS:
        reader = csv.reader(io.StringIO(text[:_SNIFF_CHARS]), delimiter=delimiter)
        try:
            widths = [len(r) for r in itertools.islice(reader, 50) if any(c.strip() for c in r)]
        except csv.Error:
            continue
        if widths and widths[0] > 1:
            score = (sum(w == widths[0] for w in widths), widths[0])
            if score > best_score:
                best, best_score = delimiter, score
    return best


def loads(
    text: str, path: str | Path = "<data>", options: ImportOptions | None = None
) -> LoadResult:
    """Parse CSV text (see :func:`load`): our own layout exactly, others through the importer."""
    rows = _rows(text, path)
    if not any(c.strip() for r in rows for c in r):
        reason = QT_TRANSLATE_NOOP("FileError", "holds no matrix: the file is empty")
        raise FileError(path, Text(reason))
    if _is_ours(rows):
        return _load_ours(rows, path)
    return spreadsheet.import_from(path, [grid_of(rows, path)], options)


def read_grid(path: str | Path) -> Grid:
    """A CSV file as a one-sheet grid, for the import preview."""
    return grid_of(_rows(decode(read_bytes(path, MAX_BYTES), path), path), path)


def grid_of(rows: list[list[str]], path: str | Path) -> Grid:
    """CSV rows as a grid named after the file."""
    return make_grid(_stem(path), rows)


def _is_ours(rows: list[list[str]]) -> bool:
    first = next((r for r in rows if any(c.strip() for c in r)), [])
    return [clean_text(c).casefold() for c in first[:2]] == ["group", "activity"]


def _stem(path: str | Path) -> str:
    name = Path(path).name
    return name[:-4] if name.lower().endswith(".csv") else name


def _load_ours(all_rows: list[list[str]], path: str | Path) -> LoadResult:
    """The layout ``convert`` writes: every named row is an activity, column 1 its group."""
    numbered = [(n, r) for n, r in enumerate(all_rows, 1) if any(c.strip() for c in r)]
    rows = [r for _, r in numbered]
    header = [clean_text(c) for c in rows[0]]
    used = {c for r in rows[1:] for c, cell in enumerate(r) if cell.strip()}
    width = max(len(r) for r in rows)
    role_cols = [c for c in range(2, width) if _at(header, c) or c in used]
    role_ids = IdMaker("role")
    roles: list[Role] = []
    for c in role_cols:
        name = _at(header, c) or f"Role {len(roles) + 1}"
        roles.append(Role(id=role_ids.make(name), name=name))
    body = [(n, r, [_at(r, c) for c in role_cols]) for n, r in numbered[1:]]
    scheme = detect_scheme(text for _, r, cells in body if clean_text(_at(r, 1)) for text in cells)
    activity_ids = IdMaker("activity")
    activities: list[Activity] = []
    letters: dict[str, dict[str, str]] = {}
    notes: dict[str, dict[str, str]] = {}
    findings: list[Finding] = []
    parsed_texts: dict[str, ParsedCell] = {}
    for number, r, cells in body:
        name = clean_text(_at(r, 1))
        if not name:
            if any(c.strip() for c in cells):
                findings.append(skipped_row(number))
            continue
        activity = Activity(id=activity_ids.make(name), name=name, group=clean_text(r[0]))
        activities.append(activity)
        for role, cell_text in zip(roles, cells, strict=True):
            parsed = parsed_texts.get(cell_text)
            if parsed is None:
                parsed = parsed_texts[cell_text] = parse_cell(cell_text, scheme)
            if parsed.letters:
                letters.setdefault(activity.id, {})[role.id] = parsed.letters
            elif parsed.unknown:
                notes.setdefault(activity.id, {})[role.id] = parsed.unknown
                findings.append(unknown_code(parsed.unknown, scheme.name, activity.id, role.id))
    matrix = Matrix.model_construct(
        title=_stem(path),
        description="",
        scheme=scheme,
        roles=roles,
        activities=activities,
        letters=letters,
        notes=notes,
    )
    return LoadResult(matrix, findings)


def _at(row: list[str], col: int) -> str:
    return row[col] if col < len(row) else ""


def detect_scheme(texts: Iterable[str]) -> Scheme:
    """The smallest built-in scheme that reads every cell text, else the one that reads most."""
    return pick_scheme(texts, {})[0]
