"""State: the open project and document as the views see them, undo commands and preferences."""
