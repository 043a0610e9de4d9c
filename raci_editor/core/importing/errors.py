"""Why a sheet or a file holds no matrix."""

from __future__ import annotations

from raci_editor.core.errors import RaciError
from raci_editor.core.texts import Text


class NoLayoutError(Exception):
    """This sheet holds no matrix; ``str()`` says why in English, :attr:`message` as a Text."""

    def __init__(self, message: Text) -> None:
        super().__init__(message)

    @property
    def message(self) -> Text:
        """Why, as a :class:`Text` (said in the reader's language by ``render``)."""
        found: Text = self.args[0]
        return found


class NoMatrixFoundError(RaciError):
    """No sheet holds a RACI matrix; ``str()`` says why, for "no RACI matrix found in <file>: …".

    ``args[0]`` is the reason as a :class:`~raci_editor.core.texts.Text`
    (``message_of(exc)``), which the editor says in its language.
    """

    def __init__(self, message: Text) -> None:
        super().__init__(message)
