"""The interface language: system locale, --lang, View › Language, Qt's own dialogs, templates."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from raci_editor.gui import app, language
from raci_editor.gui.language import CHINESE, ENGLISH
from raci_editor.gui.language_menu import LanguageMenu
from raci_editor.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    """The interface in Chinese for one test, English again after it."""
    assert language.install(CHINESE)
    yield
    language.install(ENGLISH)


@pytest.fixture
def system_locale(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """Pretend the system's locale is another one."""

    def set_system(name: str) -> None:
        monkeypatch.setattr(language._State, "system_locale", QLocale(name))

    return set_system


@pytest.mark.parametrize(
    ("code", "expected"),
    [("zh_CN", CHINESE), ("zh-CN", CHINESE), ("zh", CHINESE), ("en", ENGLISH), ("en_GB", ENGLISH)],
)
def test_language_codes_are_understood(code: str, expected: language.Language) -> None:
    assert language.find(code) == expected


def test_an_unknown_code_is_no_language() -> None:
    assert language.find("fr") is None
    assert language.find("") is None


def test_a_chinese_system_locale_gives_a_chinese_interface(
    system_locale: Callable[[str], None],
) -> None:
    system_locale("zh_CN")
    assert language.startup_language() == CHINESE
    system_locale("de_DE")
    assert language.startup_language() == ENGLISH


def test_the_language_chosen_in_the_menu_wins_over_the_system(
    system_locale: Callable[[str], None],
) -> None:
    system_locale("zh_CN")
    language.choose(ENGLISH)
    assert language.startup_language() == ENGLISH
    language.choose(None)
    assert language.startup_language() == CHINESE


def test_chinese_menus_and_qt_standard_buttons(qtbot: QtBot, chinese: None) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:3] == ["文件(&F)", "编辑(&E)", "视图(&V)"]
    assert "帮助(&H)" in titles
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None
    assert cancel.text() == "取消"  # Qt's own qtbase translation


def test_back_to_english_leaves_no_chinese(qtbot: QtBot, qapp: QApplication) -> None:
    language.install(CHINESE)
    language.install(ENGLISH)
    assert QCoreApplication.translate("actions", "&File") == "&File"
    assert language.current() == ENGLISH


def test_core_messages_are_said_in_the_interface_language(chinese: None) -> None:
    from raci_editor.core.model import Activity, Matrix, Role
    from raci_editor.core.rules import RuleConfig, validate

    matrix = Matrix(
        title="t", roles=[Role(id="r", name="品牌经理")], activities=[Activity(id="a", name="发布")]
    )
    said = [language.say(f.message) for f in validate(matrix, RuleConfig(matrix.rules))]
    assert any("批准" in text for text in said)
    assert all(text == language.say(text) or not text.isascii() for text in said)


def test_new_from_template_uses_the_interface_language(chinese: None) -> None:
    from raci_editor.gui.file_ops import template_language

    assert template_language() == "zh-CN"
    language.install(ENGLISH)
    assert template_language() == "en"


def test_choosing_a_language_is_remembered_and_restart_is_offered(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    asked: list[language.Language] = []
    monkeypatch.setattr(LanguageMenu, "ask_restart", lambda self, target: asked.append(target))
    menu = window.findChild(LanguageMenu)
    assert menu is not None
    assert menu.system_action.isChecked()
    menu.language_actions["zh_CN"].trigger()
    assert language.chosen() == CHINESE
    assert asked == [CHINESE]
    assert menu.language_actions["zh_CN"].isChecked()


def test_restart_now_closes_the_window_then_starts_again_on_the_file(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, matrix_file: Path
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_file(matrix_file)
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(LanguageMenu, "ask_restart", lambda self, target: True)
    monkeypatch.setattr(
        "raci_editor.gui.language_menu.QProcess.startDetached",
        lambda program, arguments: started.append((program, arguments)) or True,
    )
    menu = window.findChild(LanguageMenu)
    assert menu is not None
    menu.language_actions["zh_CN"].trigger()
    assert not window.isVisible()
    assert started
    assert started[0][1][-1] == str(matrix_file)


def test_the_restart_question_names_the_language(qtbot: QtBot, monkeypatch) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    seen: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        seen.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    menu = window.findChild(LanguageMenu)
    assert menu is not None
    assert menu.ask_restart(CHINESE) is False
    assert "简体中文" in seen[0]


def test_an_unknown_lang_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert app.main(["--lang", "xx"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("raci-editor: error: unknown language 'xx'")
    assert err.count("\n") == 1


def test_lang_option_starts_the_editor_in_chinese(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, matrix_file: Path
) -> None:
    titles: list[str] = []

    def exec_(self: QApplication) -> int:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                titles.append(widget.menuBar().actions()[0].text())
                widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    try:
        assert app.run(str(matrix_file), "zh_CN") == 0
    finally:
        language.install(ENGLISH)
    assert titles == ["文件(&F)"]


def test_the_shortcut_list_in_chinese_shows_names_without_mnemonics(
    qtbot: QtBot, chinese: None
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    sections = dict(window.act.shortcut_sections())
    assert "文件" in sections
    names = dict((name, keys) for rows in sections.values() for keys, name in rows)
    assert names["保存"] == "Ctrl+S"
    assert names["导出 › Excel 工作簿"] == "Ctrl+E"
    assert all("&" not in name and "(" not in name for name in names)
