"""Texts: English as a plain str, said again by a translator from the template and values."""

from __future__ import annotations

import copy
import json
import pickle

from raci_editor.core.texts import (
    ENGLISH,
    QT_TRANSLATE_NOOP,
    Source,
    Text,
    join,
    plural,
    render,
    word,
)


class FakeTranslator:
    """A translator backed by a dict of (context, source) -> translation."""

    def __init__(self, table: dict[tuple[str, str], str]) -> None:
        self.table = table
        self.asked: list[tuple[str, str]] = []

    def translate(self, context: str, source: str) -> str:
        self.asked.append((context, source))
        return self.table.get((context, source), source)


GREETING = QT_TRANSLATE_NOOP("Test", "Hello {name}, you have {count} cells.")
CHINESE = FakeTranslator(
    {
        ("Test", "Hello {name}, you have {count} cells."): "你好 {name}，你有 {count} 个单元格。",
        ("Test", "Accountable"): "批准",
        ("Test", "Role {role} is {letter}."): "角色 {role} 担任“{letter}”。",
        ("Test", "1 role"): "1 个角色",
        ("Test", "{n} roles"): "{n} 个角色",
        ("Text", "{first}, {rest}"): "{first}、{rest}",
    }
)


def test_the_mark_returns_the_source_with_its_context() -> None:
    source = QT_TRANSLATE_NOOP("Ctx", "Some words")
    assert source == "Some words"
    assert isinstance(source, Source)
    assert source.context == "Ctx"


def test_a_text_is_its_english_sentence() -> None:
    text = Text(GREETING, name="Li", count=3)
    assert text == "Hello Li, you have 3 cells."
    assert isinstance(text, str)
    assert str(text) == "Hello Li, you have 3 cells."
    assert type(str(text)) is str
    assert json.dumps({"m": text}) == '{"m": "Hello Li, you have 3 cells."}'
    assert text.source == GREETING
    assert text.source.context == "Test"
    assert text.params == {"name": "Li", "count": 3}
    assert hash(text) == hash("Hello Li, you have 3 cells.")


def test_a_text_without_values_is_its_template_braces_and_all() -> None:
    text = Text(QT_TRANSLATE_NOOP("Test", "Use {braces} freely"))
    assert text == "Use {braces} freely"
    assert text.render(ENGLISH) == "Use {braces} freely"


def test_render_fills_the_translated_template() -> None:
    text = Text(GREETING, name="Li", count=3)
    assert text.render(CHINESE) == "你好 Li，你有 3 个单元格。"
    assert render(text, CHINESE) == "你好 Li，你有 3 个单元格。"
    assert render(text, ENGLISH) == "Hello Li, you have 3 cells."


def test_render_passes_anything_else_through() -> None:
    assert render("plain", CHINESE) == "plain"
    assert render(7, CHINESE) == 7
    assert render(None, CHINESE) is None


def test_an_untranslated_template_stays_english() -> None:
    text = Text(QT_TRANSLATE_NOOP("Test", "Not in the table {x}"), x=1)
    assert text.render(CHINESE) == "Not in the table 1"


def test_nested_texts_are_translated_too() -> None:
    letter = word("Test", "Accountable")
    text = Text(QT_TRANSLATE_NOOP("Test", "Role {role} is {letter}."), role="Writer", letter=letter)
    assert text == "Role Writer is Accountable."
    assert text.render(CHINESE) == "角色 Writer 担任“批准”。"


def test_a_translation_that_lost_a_placeholder_falls_back_to_english() -> None:
    source = QT_TRANSLATE_NOOP("Test", "Move {what} to {where}.")
    text = Text(source, what=word("Test", "Accountable"), where="row 2")
    broken = FakeTranslator(
        {
            ("Test", "Move {what} to {where}."): "把 {what} 移到 {place}。",
            ("Test", "Accountable"): "批准",
        }
    )
    # The English template, with the values said in the translator's language.
    assert text.render(broken) == "Move 批准 to row 2."
    bad_index = FakeTranslator({("Test", "Move {what} to {where}."): "移动 {0}"})
    assert text.render(bad_index) == "Move Accountable to row 2."
    bad_format = FakeTranslator({("Test", "Move {what} to {where}."): "移动 {what"})
    assert text.render(bad_format) == "Move Accountable to row 2."


def test_pickle_and_deepcopy_keep_the_template_and_values() -> None:
    text = Text(
        QT_TRANSLATE_NOOP("Test", "Role {role} is {letter}."),
        role="Writer",
        letter=word("Test", "Accountable"),
    )
    for again in (pickle.loads(pickle.dumps(text)), copy.deepcopy(text), copy.copy(text)):
        assert isinstance(again, Text)
        assert again == text
        assert again.source == text.source
        assert again.source.context == "Test"
        assert again.params == text.params
        assert isinstance(again.params["letter"], Text)
        assert again.render(CHINESE) == "角色 Writer 担任“批准”。"
    source = pickle.loads(pickle.dumps(GREETING))
    assert isinstance(source, Source)
    assert source.context == "Test"
    assert source == GREETING


def test_plural_picks_one_or_many() -> None:
    one, many = QT_TRANSLATE_NOOP("Test", "1 role"), QT_TRANSLATE_NOOP("Test", "{n} roles")
    assert plural(1, one, many) == "1 role"
    assert plural(0, one, many) == "0 roles"
    assert plural(4, one, many) == "4 roles"
    assert plural(1, one, many).render(CHINESE) == "1 个角色"
    assert plural(4, one, many).render(CHINESE) == "4 个角色"
    named = plural(
        2,
        QT_TRANSLATE_NOOP("Test", "{who} has one"),
        QT_TRANSLATE_NOOP("Test", "{who} has {n}"),
        who="Li",
    )
    assert named == "Li has 2"


def test_join_lists_in_the_readers_language() -> None:
    assert join([]) == ""
    single = join(["Writer"])
    assert single == "Writer"
    assert type(single) is str
    three = join(["Writer", "Editor", "Legal"])
    assert three == "Writer, Editor, Legal"
    assert isinstance(three, Text)
    assert three.render(CHINESE) == "Writer、Editor、Legal"
    assert join(iter(["a", "b"])) == "a, b"


def test_join_translates_words_in_the_list() -> None:
    words = join([word("Test", "Accountable"), "Mine"])
    assert words == "Accountable, Mine"
    assert render(words, CHINESE) == "批准、Mine"
    only = join([word("Test", "Accountable")])
    assert render(only, CHINESE) == "批准"


def test_a_list_of_thousands_is_said_without_deep_recursion() -> None:
    rows = join(str(n) for n in range(1, 3001))  # e.g. every skipped row of a big sheet
    assert rows.startswith("1, 2, 3")
    assert rows.endswith("2999, 3000")
    said = render(rows, CHINESE)
    assert said.startswith("1、2、3")
    assert said.endswith("2999、3000")
    assert pickle.loads(pickle.dumps(rows)).render(CHINESE) == said


def test_a_list_keeps_english_when_its_separator_translation_is_broken() -> None:
    broken = FakeTranslator({("Text", "{first}, {rest}"): "{first}、{rest"})
    assert render(join(["a", "b"]), broken) == "a, b"


def test_word_translates_only_known_words() -> None:
    assert word("Test", "Accountable") == "Accountable"
    assert word("Test", "Accountable").render(CHINESE) == "批准"
    assert word("Test", "My own letter").render(CHINESE) == "My own letter"
    # A user's word with braces is taken literally, never formatted.
    assert word("Test", "Odd {name}").render(CHINESE) == "Odd {name}"


def test_english_is_the_identity() -> None:
    assert ENGLISH.translate("Any", "words") == "words"
