"""Widgets: the views and panels of the window, painting what the state holds."""
