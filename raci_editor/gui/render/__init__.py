"""The matrix printed: PDF pages, a PNG image for slides, and the printer.

Modules: :mod:`layout` paginates plain numbers, :mod:`geometry` measures the
matrix, :mod:`paint_matrix`, :mod:`frame` and :mod:`report` paint, and
:mod:`document` puts the pages together for :mod:`writers`. The command
line imports this package only to write ``.pdf`` or ``.png``.
"""

from __future__ import annotations

from raci_editor.gui.render.writers import ensure_app, print_to, warm_up, write_pdf, write_png

__all__ = ["ensure_app", "print_to", "warm_up", "write_pdf", "write_png"]
