"""The PySide6 desktop UI: the only package that imports Qt."""

from annotator.ui.refcount import pin_singletons

pin_singletons()
