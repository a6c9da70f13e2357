"""Bruinpapier: capture, cluster and report brown-paper sessions."""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path


def _version() -> str:
    """The version in pyproject.toml: read from a checkout, else from the installed metadata.

    A checkout wins so that an editable install never shows a stale number; the bundle
    carries the package metadata (packaging/bruinpapier.spec).
    """
    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    if pyproject.is_file():
        with pyproject.open("rb") as file:
            return tomllib.load(file)["project"]["version"]
    return metadata.version("bruinpapier")


__version__ = _version()
