"""Every translatable string of the editor is in a form ``pyside6-lupdate`` can read.

lupdate reads ``QCoreApplication.translate("Context", "literal")`` (or any
``x.translate(...)``), ``self.tr("literal")`` and ``QT_TRANSLATE_NOOP(...)``
only when the context and the source are plain string literals and the call
has no keyword arguments. An f-string, a variable or a per-module ``_tr()``
wrapper hides the text from it, and the text is then never translated.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import raci_editor.gui

GUI = Path(raci_editor.gui.__file__).parent
APPLICATIONS = {"QCoreApplication", "QGuiApplication", "QApplication"}


def _literal(node: ast.expr) -> bool:
    """A plain string literal (adjacent literals are one constant); not an f-string."""
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _kind(call: ast.Call) -> str | None:
    """``"translate"``, ``"tr"`` or ``"noop"`` for a call lupdate reads, else None."""
    func = call.func
    if isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP":
        return "noop"
    if not isinstance(func, ast.Attribute):
        return None
    if func.attr == "tr":
        return "tr"
    if func.attr != "translate":
        return None
    receiver = func.value
    if isinstance(receiver, ast.Name) and receiver.id in APPLICATIONS:
        return "translate"
    # Some other object's translate: a translation when it starts like one
    # (QPainter.translate(x, y) and str.translate(table) do not).
    return "translate" if call.args and _literal(call.args[0]) else None


class _Checker(ast.NodeVisitor):
    def __init__(self) -> None:
        self.problems: list[str] = []
        self._functions: list[ast.FunctionDef | ast.AsyncFunctionDef] = []

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._function(node)

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> None:
        self._function(node)

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        if node.name == "_tr":
            self.problems.append(
                f"line {node.lineno}: a _tr() wrapper (lupdate cannot see into it)"
            )
        self._functions.append(node)
        self.generic_visit(node)
        self._functions.pop()

    def visit_Assign(self, node: ast.Assign) -> None:
        for target in node.targets:
            if isinstance(target, ast.Name) and target.id == "_tr":
                self.problems.append(f"line {node.lineno}: a _tr wrapper (lupdate cannot see it)")
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        kind = _kind(node)
        if kind is not None and not self._is_bridge(node):
            self._check(node, kind)
        self.generic_visit(node)

    def _is_bridge(self, call: ast.Call) -> bool:
        """The core's Translator handing its own arguments on to Qt (``def translate``)."""
        if not self._functions or self._functions[-1].name != "translate":
            return False
        params = {a.arg for a in self._functions[-1].args.args}
        return all(isinstance(a, ast.Name) and a.id in params for a in call.args)

    def _check(self, call: ast.Call, kind: str) -> None:
        where = f"line {call.lineno}"
        if call.keywords:
            self.problems.append(f"{where}: keyword arguments (lupdate drops the call)")
        literals = 1 if kind == "tr" else 2
        args = call.args
        if len(args) < literals:
            self.problems.append(f"{where}: too few arguments for a translation")
            return
        for arg in args[:literals]:
            if not _literal(arg):
                what = "an f-string" if isinstance(arg, ast.JoinedStr) else "not a string literal"
                self.problems.append(f"{where}: context or source is {what}")
        extra = args[literals:]
        if kind == "noop" and extra:
            self.problems.append(f"{where}: QT_TRANSLATE_NOOP takes a context and a source only")
        elif extra and not _literal(extra[0]):
            self.problems.append(f"{where}: a disambiguation that is not a string literal")
        elif len(extra) > 1:
            self.problems.append(f"{where}: a count argument (%n forms are not used)")


def problems(source: str) -> list[str]:
    """What keeps lupdate from reading the translatable strings of ``source``."""
    checker = _Checker()
    checker.visit(ast.parse(source))
    return checker.problems


def _modules() -> list[Path]:
    return sorted(GUI.rglob("*.py"))


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(GUI)))
def test_every_translation_is_readable_by_lupdate(path: Path) -> None:
    found = problems(path.read_text(encoding="utf-8"))
    assert not found, f"{path.relative_to(GUI.parent.parent)}:\n" + "\n".join(found)


# -- the checker itself ------------------------------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        'QCoreApplication.translate("Ctx", "Saved {file}").format(file=name)',
        'QCoreApplication.translate("Ctx", "one " "line")',
        'QCoreApplication.translate("Ctx", "Open", "verb")',
        'self.tr("&File")',
        'QT_TRANSLATE_NOOP("Finding", "No role is {letter} for this activity.")',
        "painter.translate(at.x(), at.y())",
        "text.translate(table)",
        "def translate(self, context, source):\n"
        "    return QCoreApplication.translate(context, source)",
    ],
)
def test_the_checker_accepts_what_lupdate_reads(source: str) -> None:
    assert problems(source) == []


@pytest.mark.parametrize(
    "source",
    [
        'QCoreApplication.translate("Ctx", f"Saved {name}")',
        'QCoreApplication.translate(f"{ctx}", "Saved")',
        'QCoreApplication.translate("Ctx", text)',
        'QCoreApplication.translate("Ctx", "Saved", n=3)',
        'QCoreApplication.translate("Ctx", "%n files", "", n)',
        'QGuiApplication.translate(context, "Saved")',
        "self.tr(text)",
        'self.tr(f"{n} files")',
        'self.tr("%n match(es)", "", n)',
        'other.translate("Ctx", name)',
        'QT_TRANSLATE_NOOP("Ctx", f"{x}")',
        'def _tr(text):\n    return QCoreApplication.translate("Ctx", text)',
        "_tr = make_translator('Ctx')",
    ],
)
def test_the_checker_finds_what_lupdate_cannot_read(source: str) -> None:
    assert problems(source)
