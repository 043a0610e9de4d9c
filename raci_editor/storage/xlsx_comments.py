"""The cell comments of one sheet of an .xlsx package, read straight from its XML.

calamine, which reads the cells, does not give comments, and openpyxl would
build every cell of the sheet to reach them; so the few parts on the way are
parsed here: the package's relationships lead to the workbook, the workbook
to the sheet by its name, the sheet's relationships to its comments (legacy
notes) and threaded comments (Excel 365's "New Comment"). Each part is size
checked before it is read and streamed through expat with the guards
defusedxml sets (a DTD, an entity declaration or an external reference stops
it), keeping only the texts wanted: no tree, so memory stays small and
100,000 comments take a fraction of a second (defusedxml's own ElementTree is
the pure-Python parser, several times slower). Any trouble means "no comments
known" (``None``): the caller keeps what it knew without them.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import IO, NoReturn, TypeVar
from xml.parsers import expat

Cell = tuple[int, int]
"""(row, column), both from 0: as the grids count."""

MAX_PART = 64 << 20
"""A comments part larger than this (uncompressed bytes) is not read."""
MAX_SMALL_PART = 16 << 20
"""Relationship parts and the workbook part larger than this are not read."""
MAX_DEPTH = 32
"""Elements nested deeper than this: not a part any spreadsheet writes."""

_COMMENTS = "/comments"
_THREADED = "/threadedComment"
_OFFICE_DOCUMENT = "/officeDocument"
_REF = re.compile(r"\$?([A-Z]{1,3})\$?([1-9][0-9]{0,6})")
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


class _UnreadablePartError(Exception):
    """A part is missing, too large or not what it should be."""


@dataclass(frozen=True, slots=True)
class CellComment:
    """The text of one cell's comment as the sheet holds it, and the author it names."""

    text: str
    author: str = ""

    def note(self, kept: str = "") -> str:
        """The note this comment says: ``kept`` if it shows that very note.

        ``kept`` is the note known from elsewhere (our hidden metadata): when
        the comment holds the same text (line breaks aside, which XML does not
        keep exactly) it is returned as it is. Otherwise the comment's text,
        without the ``Author:`` line Excel puts before a note typed in it, and
        ``""`` if nothing but blanks is left.
        """
        if _lines(self.text) == _lines(kept):
            return kept
        text = self.text
        prefix = f"{self.author}:\n"
        if self.author.strip() and text.startswith(prefix):
            text = text[len(prefix) :]
        return text if text.strip() else ""


Comments = dict[int, dict[int, CellComment]]
"""The comments of a sheet by row, then by column (both from 0)."""


def read(path: str | Path, sheet: str) -> Comments | None:
    """The comments of sheet ``sheet``; None if it has no comments part or one is unusable.

    A sheet whose comments were all deleted may have no comments part either
    (Excel drops it): that cannot be told from a tool that drops comments.
    """
    try:
        with zipfile.ZipFile(path) as package:
            return _Package(package).comments(sheet)
    except Exception:  # a hostile or broken package: comments are extra; never a traceback
        return None


class _Package:
    """The parts of one open package, found through their relationships."""

    def __init__(self, package: zipfile.ZipFile) -> None:
        self.package = package

    def comments(self, sheet: str) -> Comments | None:
        workbook = self._target("", _OFFICE_DOCUMENT)
        if workbook is None:
            return None
        worksheet = self._sheet(workbook, sheet)
        if worksheet is None:
            return None
        legacy = self._target(worksheet, _COMMENTS)
        threaded = self._target(worksheet, _THREADED)
        if legacy is None and threaded is None:
            return None
        found: Comments = {}
        if legacy is not None:
            found = self._parse(legacy, MAX_PART, _Comments()).found
        if threaded is not None:  # the legacy part holds only a placeholder for these
            threads = self._parse(threaded, MAX_PART, _Threads()).threads
            for (row, col), texts in threads.items():
                found.setdefault(row, {})[col] = CellComment("\n".join(t for t in texts if t))
        return found

    def _sheet(self, workbook: str, name: str) -> str | None:
        """The part of the worksheet called ``name``."""
        ident = self._parse(workbook, MAX_SMALL_PART, _Sheets(name)).ident
        return None if ident is None else self._target(workbook, None, ident)

    def _target(self, source: str, kind: str | None, ident: str | None = None) -> str | None:
        """The part ``source`` relates to with its first relationship of type ``…kind`` (or id)."""
        folder, name = posixpath.split(source)
        rels = posixpath.join(folder, "_rels", f"{name}.rels")
        if rels not in self.package.NameToInfo:
            return None
        target = self._parse(rels, MAX_SMALL_PART, _Relationships(kind, ident)).target
        return None if target is None else _resolve(folder, target)

    def _parse(self, part: str, limit: int, reader: _PartT) -> _PartT:
        info = self.package.NameToInfo.get(part)
        if info is None or info.file_size > limit:
            raise _UnreadablePartError(part)
        with self.package.open(info) as stream:
            reader.parse(stream)
        return reader


def _resolve(folder: str, target: str) -> str:
    """A relationship's target as a part name: absolute (``/xl/…``) or relative to ``folder``."""
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(folder, target))


class _Names(dict[str, str]):
    """Tag names without their prefix, each worked out once (expat resolves no namespaces)."""

    def __missing__(self, tag: str) -> str:
        name = self[tag] = tag.rpartition(":")[2]
        return name


class _Part:
    """Streams one XML part through expat, calling :meth:`start` and :meth:`end` for each element.

    ``text`` is the character data since the last start tag: at the end of
    an element without children, its text. A DTD (and so any entity
    declaration) or an external reference stops the parsing, as defusedxml's
    ``forbid_dtd`` does; so does nesting deeper than any spreadsheet writes.
    """

    def __init__(self) -> None:
        self.depth = 0
        self.text: list[str] = []
        self.names = _Names()

    def parse(self, stream: IO[bytes]) -> None:
        parser = expat.ParserCreate()
        parser.buffer_text = True
        parser.StartDoctypeDeclHandler = _forbidden
        parser.EntityDeclHandler = _forbidden
        parser.UnparsedEntityDeclHandler = _forbidden
        parser.ExternalEntityRefHandler = _forbidden
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self.text.append
        parser.ParseFile(stream)

    def _start(self, tag: str, attributes: dict[str, str]) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _UnreadablePartError("nested too deep")
        self.text.clear()
        self.start(self.names[tag], attributes)

    def _end(self, tag: str) -> None:
        self.depth -= 1
        self.end(self.names[tag])

    def start(self, name: str, attributes: dict[str, str]) -> None:
        """An element ``name`` opens."""

    def end(self, name: str) -> None:
        """An element ``name`` closes."""


_PartT = TypeVar("_PartT", bound=_Part)


def _forbidden(*_: object) -> NoReturn:
    raise _UnreadablePartError("a DTD, an entity or an external reference")


class _Relationships(_Part):
    """The target of the first relationship of type ``…kind`` (any if None) and id ``ident``."""

    def __init__(self, kind: str | None, ident: str | None) -> None:
        super().__init__()
        self.kind, self.ident = kind, ident
        self.target: str | None = None

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if name != "Relationship" or self.target is not None:
            return
        if attributes.get("TargetMode") == "External":
            return
        if self.ident is not None and attributes.get("Id") != self.ident:
            return
        if self.kind is not None and not attributes.get("Type", "").endswith(self.kind):
            return
        self.target = attributes.get("Target", "")


class _Sheets(_Part):
    """The relationship id of the sheet called ``name`` in a workbook part."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.ident: str | None = None

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if name == "sheet" and self.ident is None and attributes.get("name") == self.name:
            ids = (v for k, v in attributes.items() if ":" in k and self.names[k] == "id")
            self.ident = next(ids, None)


class _Comments(_Part):
    """A comments part (``<authors>``, ``<commentList>``): each cell's text and author.

    A comment's text is its ``<t>`` and its runs' ``<t>``, not those of its
    phonetic runs (``<rPh>``). The handlers are expat's own (one call a tag):
    a part may hold a hundred thousand comments.
    """

    def __init__(self) -> None:
        super().__init__()
        self.found: Comments = {}
        self.authors: list[str] = []
        self.runs: list[str] = []
        self.cell: Cell | None = None
        self.author = ""
        self.in_comment = False
        self.phonetic = False

    def _start(self, tag: str, attributes: dict[str, str]) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _UnreadablePartError("nested too deep")
        self.text.clear()
        name = self.names[tag]
        if name == "comment":
            self.in_comment, self.runs = True, []
            self.cell = _cell(attributes.get("ref", ""))
            author = attributes.get("authorId", "")
            known = author.isdigit() and int(author) < len(self.authors)
            self.author = self.authors[int(author)] if known else ""
        elif name == "rPh":
            self.phonetic = True

    def _end(self, tag: str) -> None:
        self.depth -= 1
        name = self.names[tag]
        if name == "t":
            if self.in_comment and not self.phonetic:
                self.runs.append("".join(self.text))
        elif name == "rPh":
            self.phonetic = False
        elif name == "comment":
            self.in_comment = False
            if self.cell is not None:
                row, col = self.cell
                comment = CellComment(_unescaped("".join(self.runs)), self.author)
                self.found.setdefault(row, {})[col] = comment
        elif name == "author" and not self.in_comment:
            self.authors.append("".join(self.text))


class _Threads(_Part):
    """A threaded comments part: each cell's comment and replies, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.threads: dict[Cell, list[str]] = {}
        self.cell: Cell | None = None

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if name == "threadedComment":
            self.cell = _cell(attributes.get("ref", ""))

    def end(self, name: str) -> None:
        if name == "text" and self.cell is not None:
            self.threads.setdefault(self.cell, []).append("".join(self.text))
        elif name == "threadedComment":
            self.cell = None


def _cell(ref: str) -> Cell | None:
    """``C6`` as ``(5, 2)``; None for what is not one cell."""
    match = _REF.fullmatch(ref)
    if match is None:
        return None
    return int(match.group(2)) - 1, _column(match.group(1))


@cache  # at most 18,278 keys: one to three letters
def _column(letters: str) -> int:
    """``C`` as 2."""
    column = 0
    for letter in letters:
        column = column * 26 + ord(letter) - 64
    return column - 1


def _unescaped(text: str) -> str:
    """OOXML's ``_xHHHH_`` escapes decoded (our writer escapes control characters so)."""
    if "_x" not in text:
        return text
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)


def _lines(text: str) -> str:
    """Line breaks as XML gives them back (\\r\\n and \\r read as \\n)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
