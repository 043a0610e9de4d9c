"""The letters' colours on paper and in files: the editor's tints blended over white."""

from __future__ import annotations

from raci_editor.core.scheme import Scheme

PART_COLOURS = {
    "accountable": "F4C0B6",
    "responsible": "B1DAC3",
    "consulted": "FAE4B1",
    "informed": "B5D0F0",
}
OTHER_COLOURS = ("D4C2F0", "A7DBDF", "F0C2DB", "D0D0D0")


def letter_colours(scheme: Scheme) -> dict[str, str]:
    """Letter -> ``RRGGBB``, in the order a combined cell takes its colour: A, R, C, I, others."""
    colours: dict[str, str] = {}
    for part, colour in PART_COLOURS.items():
        letter = getattr(scheme, part)
        if letter is not None:
            colours[letter] = colour
    others = [ch for ch in scheme.alphabet if ch not in colours]
    colours.update({ch: OTHER_COLOURS[i % len(OTHER_COLOURS)] for i, ch in enumerate(others)})
    return colours
