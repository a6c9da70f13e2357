"""Errors a user can cause: the UI shows ``str(error)`` in a dialog, the CLI on one line."""

from __future__ import annotations

from pathlib import Path


class WorkshopError(Exception):
    """Base of every error that is the user's to fix, never a bug."""


class StoreError(WorkshopError):
    """A workshop file cannot be opened or written; the file is left untouched."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


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


class ImportFormatError(WorkshopError):
    """A bad import file; names the file and, where it applies, the line."""

    def __init__(self, path: Path | str, problem: str, line: int | None = None) -> None:
        self.path = Path(path)
        self.line = line
        self.problem = problem
        where = f"{self.path}, line {line}" if line is not None else str(self.path)
        super().__init__(f"{where}: {problem}")


class OperationError(WorkshopError):
    """An edit the model refuses, such as editing a closed round."""


class RoundClosedError(OperationError):
    pass
