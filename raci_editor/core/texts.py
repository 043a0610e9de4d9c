"""Words the program says, in English, that the editor can say again in another language.

The core has no Qt, yet its messages (findings, the import report, rule
summaries, letter meanings) must read in Chinese in the editor while the
command line stays English. A message is therefore built as a :class:`Text`:
a ``str`` whose value is the English sentence (so the command line, sorting,
comparisons and JSON see plain English) that also keeps its template and
values, so :func:`render` can fill a translated template instead.

Templates are marked with :func:`QT_TRANSLATE_NOOP`, the name Qt's
``pyside6-lupdate`` reads, so they land in ``resources/translations/*.ts``::

    Text(QT_TRANSLATE_NOOP("Finding", "No role is {letter} for this activity."), letter=word)

Placeholders use ``str.format`` names; a translation must keep the same
names. Templates are literals, never f-strings (lupdate would read the
braces as text and the runtime value would differ from what was translated).

Exporters take a :class:`Translator` (``ENGLISH`` by default); the editor
passes one backed by ``QCoreApplication.translate``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

__all__ = [
    "ENGLISH",
    "QT_TRANSLATE_NOOP",
    "Source",
    "Text",
    "Translator",
    "join",
    "plural",
    "render",
    "word",
]


class Translator(Protocol):
    """Says a source text of a context in the current language (Qt's ``translate`` shape)."""

    def translate(self, context: str, source: str) -> str:
        """The translation of ``source`` in ``context``, or ``source`` itself."""
        ...


class _English:
    """The translator of the command line: every text as written."""

    def translate(self, context: str, source: str) -> str:
        """``source`` unchanged."""
        del context
        return source


ENGLISH: Translator = _English()


class Source(str):
    """A template as written in the code, with the translation context it belongs to."""

    context: str

    def __new__(cls, context: str, source: str) -> Source:
        self = super().__new__(cls, source)
        self.context = context
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Source, (self.context, str(self)))


def QT_TRANSLATE_NOOP(context: str, source: str) -> Source:  # the name lupdate reads
    """Mark ``source`` for translation in ``context``; the text itself is returned unchanged."""
    return Source(context, source)


class Text(str):
    """An English message that remembers its template and values, to be said again translated.

    Values may themselves be :class:`Text` (translated too) or anything
    ``format`` accepts (names from the user's files are kept as they are).
    A Text without values is its template as it is (braces and all).
    """

    source: Source
    params: dict[str, object]

    def __new__(cls, source: Source, /, **params: object) -> Text:
        self = super().__new__(cls, source.format(**params) if params else source)
        self.source = source
        self.params = params
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.source.context, str(self.source), self.params))

    def render(self, translator: Translator) -> str:
        """This message in the language of ``translator``; English when its template is broken."""
        template = translator.translate(self.source.context, str(self.source))
        if not self.params:
            return template
        values = {key: render(value, translator) for key, value in self.params.items()}
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
            return self.source.format(**values)


def _rebuild(context: str, source: str, params: dict[str, object]) -> Text:
    return Text(Source(context, source), **params)


def render(value: object, translator: Translator) -> Any:
    """``value`` said by ``translator`` when it is a :class:`Text`; anything else as it is."""
    return value.render(translator) if isinstance(value, Text) else value


def word(context: str, text: str) -> Text:
    """A word from a file that is usually the program's own, translated when it is.

    The built-in schemes call their letters ``Responsible`` and so on; a
    matrix keeps those words in its file. Shown in Chinese they are the
    translation's words; a word of the user's own is shown as written.
    """
    return Text(Source(context, text))


def plural(count: int, one: Source, many: Source, **params: object) -> Text:
    """``one`` for a count of 1, else ``many``; both may use ``{n}`` for the count."""
    return Text(one if count == 1 else many, n=count, **params)


_LIST = QT_TRANSLATE_NOOP("Text", "{first}, {rest}")
"""How a list is joined; Chinese uses 、 between names."""


def join(parts: Iterable[object]) -> Text | str:
    """``parts`` as a list in the reader's language (``a, b, c`` or ``a、b、c``)."""
    items = tuple(parts)
    if len(items) > 1:
        return _List(items)
    if items and isinstance(items[0], Text):
        return items[0]
    return str(items[0]) if items else ""


class _List(Text):
    """A list joined with :data:`_LIST`, folded in a loop: a list of a thousand rows
    must not become a thousand nested Texts (rendering those would recurse too deep)."""

    items: tuple[object, ...]

    def __new__(cls, items: tuple[object, ...]) -> _List:
        self = str.__new__(cls, _fold(str(_LIST), [str(item) for item in items]))
        self.source, self.params, self.items = _LIST, {}, items
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (join, (self.items,))

    def render(self, translator: Translator) -> str:
        """The items said by ``translator``, joined by its separator."""
        parts = [str(render(item, translator)) for item in self.items]
        try:
            return _fold(translator.translate(_LIST.context, str(_LIST)), parts)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
            return _fold(str(_LIST), parts)


def _fold(template: str, parts: list[str]) -> str:
    """``template`` applied from the right: ``a, (b, c)``."""
    out = parts[-1]
    for part in reversed(parts[:-1]):
        out = template.format(first=part, rest=out)
    return out
