"""Shaping a school's own trajectory: principles, themes, sessions and rounds, and marks."""
