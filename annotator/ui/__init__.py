"""The PySide6 desktop UI: the only package that imports Qt."""
