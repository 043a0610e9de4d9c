"""The ``raci-editor`` command: the desktop editor, ``validate``, ``convert`` and ``diff`` (CLI.md).

The headless commands never import Qt; the desktop is imported only when
it is asked for.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, NoReturn, TextIO, cast

from raci_editor import __version__
from raci_editor.core.errors import RaciError
from raci_editor.core.rules import Finding, Severity, validate
from raci_editor.storage.collector import collection_paused
from raci_editor.storage.errors import FileError
from raci_editor.storage.native_quick import quick_read

if TYPE_CHECKING:
    from raci_editor.core.diff import Change
    from raci_editor.core.model import Matrix

PROG = "raci-editor"
EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
_COMMANDS = ("validate", "convert", "diff")
RENDERED = (".pdf", ".png")
"""Formats painted by Qt (``gui/render``): Qt is imported only when one is written."""


def _rendered(ext: str) -> Callable[[Matrix, Path], None]:
    """A writer for ``ext`` that imports the renderer, and so Qt, only when called."""

    def write(matrix: Matrix, path: Path) -> None:
        try:
            from raci_editor.gui import render
        except ImportError as exc:  # a Qt without its libraries: one line, no traceback
            raise FileError(path, f"cannot write {ext} files: Qt cannot start ({exc})") from None
        render.ensure_app()
        (render.write_pdf if ext == ".pdf" else render.write_png)(matrix, path)

    return write


def _formats() -> ModuleType:
    """The readers and writers (``storage.formats``), with the rendered writers registered.

    Imported when a command reads or writes through them, not before: reading
    them in brings in the importer and pydantic, which ``validate`` of a plain
    native file does without.
    """
    from raci_editor.storage import formats

    for ext in RENDERED:
        formats.register_writer(ext, _rendered(ext))
    return formats


class _Parser(argparse.ArgumentParser):
    """argparse that reports wrong arguments in the one-line form of CLI.md."""

    def error(self, message: str) -> NoReturn:
        """Print ``raci-editor: error: …`` and exit 2 instead of argparse's usage block."""
        sys.stderr.write(f"{PROG}: error: {message} (see {self.prog} --help)\n")
        raise SystemExit(EXIT_ERROR)


def _top_parser() -> _Parser:
    parser = _Parser(
        prog=PROG,
        usage=f"{PROG} [FILE] [--lang CODE] | "
        f"{PROG} validate FILE [--format text|json] [--strict] | "
        f"{PROG} convert SRC DST [--sheet NAME] | "
        f"{PROG} diff OLD NEW [--format text|json]",
        description="Edit, check and share RACI responsibility matrices. With no command, "
        "opens the desktop editor (on FILE if given).",
        epilog="commands:\n"
        "  validate FILE   check a matrix and print its findings (exit 1 on errors)\n"
        "  convert SRC DST convert between formats, chosen by file extension\n"
        "  diff OLD NEW    list what changed from OLD to NEW (exit 1 when they differ)\n"
        f"Run '{PROG} validate --help', '{PROG} convert --help' or '{PROG} diff --help' "
        "for their options.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", nargs="?", metavar="FILE", help="a matrix to open in the editor")
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help="the editor's language for this start: en or zh_CN (default: as chosen in "
        "View > Language, else the system's)",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return parser


def _command_parser(command: str) -> _Parser:
    parser = _Parser(prog=f"{PROG} {command}")
    if command == "validate":
        parser.description = "Check a matrix against the rules and print what they find."
        parser.add_argument("file", metavar="FILE", help="the matrix to check")
        parser.add_argument("--format", choices=("text", "json"), default="text")
        parser.add_argument(
            "--strict", action="store_true", help="exit 1 on warnings as well as errors"
        )
    elif command == "diff":
        parser.description = (
            "List the roles and activities added, removed, renamed, moved and regrouped, the "
            "cells whose letters changed, and changed notes and texts, from OLD to NEW (any "
            "readable formats). Roles and activities are matched by id when both files keep "
            "ids (.raci.json, workbooks this program exported), else by name. Exit 0 when "
            "equal, 1 when different, 2 when a file cannot be read."
        )
        parser.add_argument("old", metavar="OLD", help="the earlier version")
        parser.add_argument("new", metavar="NEW", help="the later version")
        parser.add_argument("--format", choices=("text", "json"), default="text")
    else:
        parser.description = "Read SRC and write DST; the formats follow the file extensions."
        parser.add_argument("src", metavar="SRC")
        parser.add_argument("dst", metavar="DST")
        parser.add_argument("--sheet", metavar="NAME", help="the sheet to read from a workbook")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    subject = PROG  # the file an unexpected error is reported against
    try:
        if args and args[0] in _COMMANDS:
            ns = _command_parser(args[0]).parse_args(args[1:])
            if args[0] == "validate":
                subject = ns.file
                with collection_paused():
                    return _validate(ns.file, ns.format, ns.strict, sys.stdout)
            if args[0] == "diff":
                subject = ns.old
                return _diff(ns.old, ns.new, ns.format, sys.stdout)
            subject = ns.src
            return _convert(ns.src, ns.dst, ns.sheet)
        ns = _top_parser().parse_args(args)
        subject = ns.file or PROG
        return _desktop(ns.file, ns.lang)
    except SystemExit as exc:  # argparse after --help, --version or wrong arguments
        if exc.code is None or isinstance(exc.code, int):
            return exc.code or EXIT_OK
        return EXIT_ERROR
    except RaciError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except (MemoryError, RecursionError):
        return _fail(f"{subject}: too large or too deeply nested to handle")
    except Exception as exc:  # never a traceback for a user; RACI_EDITOR_DEBUG shows it
        if os.environ.get("RACI_EDITOR_DEBUG"):
            raise
        return _fail(f"{subject}: unexpected {type(exc).__name__}: {exc}")


def _desktop(file: str | None, lang: str | None = None) -> int:
    """Open the desktop editor; Qt is imported only here."""
    try:
        from raci_editor.gui.app import run
    except ImportError as exc:
        return _fail(f"{PROG}: the desktop editor cannot start: {exc}")
    return run(file, lang)


def _fail(message: str) -> int:
    sys.stderr.write(f"{PROG}: error: {message}\n")
    return EXIT_ERROR


def _silence_stdout() -> None:
    """After a closed pipe, point stdout at /dev/null so exit does not complain."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _validate(file: str, fmt: str, strict: bool, out: TextIO) -> int:
    matrix: Matrix | None = None
    if file.casefold().endswith(".raci.json"):  # a plain native file is read without pydantic
        matrix = cast("Matrix | None", quick_read(file))
    extra: list[Finding] = []
    if matrix is None:
        result = _formats().read_matrix(file)
        matrix, extra = result.matrix, result.findings
    findings = validate(matrix, extra=extra)
    counted = [f for f in findings if f.waiver is None]
    errors = sum(f.severity is Severity.ERROR for f in counted)
    warnings = sum(f.severity is Severity.WARNING for f in counted)
    if isinstance(out, io.TextIOWrapper):  # a name the console cannot show must not crash
        out.reconfigure(errors="backslashreplace")
    names = _Names(matrix)
    if fmt == "json":
        report = {
            "file": file,
            "scheme": matrix.scheme.name,
            "activities": len(matrix.activities),
            "roles": len(matrix.roles),
            "errors": errors,
            "warnings": warnings,
            "findings": [finding_json(matrix, f, names) for f in findings],
        }
        out.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    else:
        lines = [finding_text(matrix, f, names) + "\n" for f in findings]
        out.write("".join(lines) + f"{errors} errors, {warnings} warnings\n")
    out.flush()
    if errors or (strict and warnings):
        return EXIT_FINDINGS
    return EXIT_OK


def _names(matrix: Matrix, finding: Finding) -> tuple[str | None, str | None]:
    activity = matrix.activity(finding.activity_id).name if finding.activity_id else None
    role = matrix.role(finding.role_id).name if finding.role_id else None
    return activity, role


class _Names:
    """A matrix's activity and role names by id, gathered once for a report of many findings."""

    def __init__(self, matrix: Matrix) -> None:
        self.matrix = matrix
        self.activities = {a.id: a.name for a in matrix.activities}
        self.roles = {r.id: r.name for r in matrix.roles}

    def of(self, finding: Finding) -> tuple[str | None, str | None]:
        """The names of the finding's activity and role; None where it has none."""
        activity = role = None
        if finding.activity_id:
            activity = self.activities.get(finding.activity_id)
            if activity is None:  # not there: the matrix says so (ModelError)
                activity = self.matrix.activity(finding.activity_id).name
        if finding.role_id:
            role = self.roles.get(finding.role_id)
            if role is None:
                role = self.matrix.role(finding.role_id).name
        return activity, role


def finding_json(matrix: Matrix, finding: Finding, names: _Names | None = None) -> dict[str, Any]:
    """One finding as CLI.md's JSON object, with names as the user sees them.

    ``names`` saves looking them up in the matrix for each of many findings.
    """
    activity, role = names.of(finding) if names else _names(matrix, finding)
    return {
        "rule": finding.rule,
        "severity": finding.severity.value,
        "activity": activity,
        "role": role,
        "message": finding.message,
        "waived": (
            {"reason": finding.waiver.reason, "by": finding.waiver.by} if finding.waiver else None
        ),
    }


def finding_text(matrix: Matrix, finding: Finding, names: _Names | None = None) -> str:
    """``severity rule: activity / role: message``, ``-`` where there is no activity or role."""
    activity, role = names.of(finding) if names else _names(matrix, finding)
    text = f"{finding.severity.value} {finding.rule}: {activity or '-'} / {role or '-'}: "
    text += finding.message
    if finding.waiver is not None:
        text += f" [waived by {finding.waiver.by}: {finding.waiver.reason}]"
    return " ".join(text.splitlines())  # one finding, one line


def _diff(old_file: str, new_file: str, fmt: str, out: TextIO) -> int:
    """Print the changes from OLD to NEW; EXIT_FINDINGS when there are any."""
    from raci_editor.core.diff import compare, describe  # only diff pays for importing it

    read_matrix = _formats().read_matrix
    old, new = read_matrix(old_file), read_matrix(new_file)
    ours = old.keeps_ids and new.keeps_ids  # both files keep ids, notes and texts
    changes = compare(old.matrix, new.matrix, by_id=ours, texts=ours)
    if isinstance(out, io.TextIOWrapper):  # a name the console cannot show must not crash
        out.reconfigure(errors="backslashreplace")
    if fmt == "json":
        report = {"changes": [change_json(c) for c in changes]}
        out.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    else:
        lines = [" ".join(describe(c).splitlines()) + "\n" for c in changes]
        count = f"{len(changes)} change{'' if len(changes) == 1 else 's'}"
        out.write("".join(lines) + (count if changes else "no changes") + "\n")
    out.flush()
    return EXIT_FINDINGS if changes else EXIT_OK


def change_json(change: Change) -> dict[str, str | int]:
    """One change as the ``diff --format json`` object: ``kind`` and the keys that apply.

    ``activity``, ``role``, ``before``, ``after`` and (for ``description``)
    ``field`` are left out where the change has none; ids are not shown. A
    move's ``before`` and ``after`` are its 1-based positions, as numbers.
    """
    keys = ("kind", "activity", "role", "field", "before", "after")
    values = (getattr(change, key) for key in keys)
    out: dict[str, str | int] = {
        key: value for key, value in zip(keys, values, strict=True) if value is not None
    }
    if change.kind.endswith("-moved"):
        out.update((key, int(out[key])) for key in ("before", "after") if key in out)
    return out


def _convert(src: str, dst: str, sheet: str | None) -> int:
    try:
        same = Path(dst).exists() and Path(src).exists() and os.path.samefile(src, dst)
    except OSError:
        same = False
    if same:
        return _fail(f"{dst}: is the same file as SRC; choose another output file")
    formats = _formats()
    write = formats.writer_for(dst)  # refuse an unwritable format before reading SRC
    result = formats.read_matrix(src, sheet=sheet)
    write(result.matrix, Path(dst))
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
