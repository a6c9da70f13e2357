"""Bruinpapier: capture, cluster and report brown-paper sessions."""

__version__ = "0.1.0"
