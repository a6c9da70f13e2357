"""Interchange: post-its as CSV, the whole workshop as JSON."""
