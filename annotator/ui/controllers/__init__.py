"""Controllers: what keys, menus and the document flow do to the project (through undo commands)."""
