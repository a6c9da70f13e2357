"""Errors a user can cause: the CLI prints ``str(error)`` on one line, the UI translates it.

Every error keeps its English message as a *template* with ``{name}`` placeholders
plus the values for them, so the UI (``app.ui.error_texts``) can look the
template up in its translations and fill in the same values, without the model
knowing about Qt. Raise sites pass a literal template, never an f-string.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path


def fill(template: str, params: Mapping[str, object]) -> str:
    """The template with its values; one without values is taken literally (braces and all)."""
    return template.format(**params) if params else template


class Templated(Exception):
    """An exception whose message is a translatable template plus its values."""

    def __init__(self, template: str, /, **params: object) -> None:
        super().__init__(template)
        self.template = template
        self.params = params

    def __str__(self) -> str:
        return fill(self.template, self.params)


class WorkshopError(Templated):
    """Base of every error that is the user's to fix, never a bug."""


class FileError(WorkshopError):
    """An error about one file: the message starts with its path and, where it applies, the line."""

    WHERE = "{path}: {problem}"
    WHERE_LINE = "{path}, line {line}: {problem}"

    def __init__(
        self, path: Path | str, problem: str, /, line: int | None = None, **params: object
    ) -> None:
        super().__init__(problem, **params)
        self.path = Path(path)
        self.line = line
        self.problem = fill(problem, params)

    def __str__(self) -> str:
        return self.located(self.WHERE, self.WHERE_LINE, self.problem)

    def located(self, where: str, where_line: str, problem: str) -> str:
        """``problem`` placed after the path (and line) with the given wrapper templates."""
        if self.line is None:
            return where.format(path=self.path, problem=problem)
        return where_line.format(path=self.path, line=self.line, problem=problem)


class StoreError(FileError):
    """A workshop file cannot be opened or written; the file is left untouched."""


class NotAWorkshopError(StoreError):
    pass


class DamagedFileError(StoreError):
    pass


class NewerSchemaError(StoreError):
    pass


class ReadOnlyError(StoreError):
    pass


class LockedError(StoreError):
    pass


class DiskFullError(StoreError):
    pass


class ImportFormatError(FileError):
    """A bad import file; names the file and, where it applies, the line."""


class InvalidValue(Templated, ValueError):
    """A value read from a file or typed by the user is refused; the caller adds where.

    A ``ValueError`` (so parsers keep their usual contract) that carries a template
    like ``WorkshopError``, so the caller can pass it on translatable.
    """


class OperationError(WorkshopError):
    """An edit the model refuses, such as editing a closed round."""


class RoundClosedError(OperationError):
    pass
