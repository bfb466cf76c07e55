"""Colours for the layers, derived from the label scheme and the system palette.

Nothing here hard-codes a text or window colour: label colours are blended
with alpha over whatever the palette paints, so light and dark themes both
work and follow the system when it switches.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from annotator.core.labels import QUOTE, LabelScheme


class Theme:
    """``high_contrast`` (Settings): fills about twice as strong, suggestions outlined with a thicker dashed
    line, boilerplate greyed further, for low-contrast screens and weaker eyes."""

    def __init__(self, palette: QPalette, scheme: LabelScheme, high_contrast: bool = False,
                 label_names: bool = False):
        self.palette = palette
        self.scheme = scheme
        self.high_contrast = high_contrast
        self.label_names = label_names  # a chip with the label's name on every span (View menu)
        self.outline = 2 if high_contrast else 1  # the dashed border of a suggested entity
        self.dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        self._colors: dict[str, QColor] = {}
        self._tints: dict[tuple[str, int], QColor] = {}  # a screen asks for the same few hundreds of times

    def color(self, label: str) -> QColor:
        col = self._colors.get(label)
        if col is None:
            name = self.scheme.label(label).color if self.scheme.has_label(label) else "#999999"
            col = self._colors[label] = QColor(name)
        return col

    def with_alpha(self, label: str, alpha: int) -> QColor:
        col = self._tints.get((label, alpha))
        if col is None:
            col = self._tints[label, alpha] = QColor(self.color(label))
            col.setAlpha(alpha)
        return col

    # Entities: solid background when accepted, a pale fill with a dashed
    # border when only suggested.
    def entity_fill(self, label: str, suggested: bool) -> QColor:
        if self.high_contrast:
            return self.with_alpha(label, 110 if suggested else 215)
        return self.with_alpha(label, (55 if suggested else 125) if not self.dark else (70 if suggested else 150))

    def quote_tint(self, suggested: bool) -> QColor:
        if self.high_contrast:
            return self.with_alpha(QUOTE, 36 if suggested else 70)
        return self.with_alpha(QUOTE, 16 if suggested else 34)

    def fade(self) -> QColor:
        """Painted over boilerplate text: greys it out in either theme."""
        col = QColor(self.palette.color(QPalette.ColorRole.Base))
        col.setAlpha(200 if self.high_contrast else 165)
        return col

    def focus(self) -> QColor:
        return self.palette.color(QPalette.ColorRole.Highlight)

    def muted_text(self) -> QColor:
        col = QColor(self.palette.color(QPalette.ColorRole.Text))
        col.setAlpha(130)
        return col
