"""Dialogs of the annotation window: export, settings, keyboard cheat sheet."""
