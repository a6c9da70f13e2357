"""Model errors in the interface language.

The model raises :class:`~app.model.errors.WorkshopError` with an English template
and its values (the CLI prints that English). Here the template is looked up in
the Qt translations under the ``ModelError`` context and filled with the same
values, so the Dutch interface shows Dutch refusals without the model knowing Qt.
Values that come from the system (an OS reason, a SQLite message) stay as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.model.errors import FileError, WorkshopError, fill

CONTEXT = "ModelError"

# Every template the model and the exporters raise, listed so pyside6-lupdate puts them
# in the .ts file; tests/ui/test_error_texts.py checks that none is missing.
CATALOGUE = (
    QT_TRANSLATE_NOOP("ModelError", "{path}: {problem}"),
    QT_TRANSLATE_NOOP("ModelError", "{path}, line {line}: {problem}"),
    QT_TRANSLATE_NOOP("ModelError", "A cluster can only hold post-its of one round."),
    QT_TRANSLATE_NOOP("ModelError", "An arrow must connect two different elements."),
    QT_TRANSLATE_NOOP("ModelError", "Every theme already has a subgroup in this round."),
    QT_TRANSLATE_NOOP("ModelError", "No open round with subgroups (rounds: {names})."),
    QT_TRANSLATE_NOOP("ModelError", "Only a mixed round takes a mix of participants."),
    QT_TRANSLATE_NOOP("ModelError", "Round “{name}” has no subgroups to write in."),
    QT_TRANSLATE_NOOP("ModelError", "Round {round} no longer exists."),
    QT_TRANSLATE_NOOP("ModelError", "Round “{title}” has nothing on its board yet."),
    QT_TRANSLATE_NOOP(
        "ModelError",
        "Round “{title}” is closed; reopen it before changing its board.",
    ),
    QT_TRANSLATE_NOOP("ModelError", "Select at least one post-it to make a cluster."),
    QT_TRANSLATE_NOOP("ModelError", "Select one or more clusters to turn into themes."),
    QT_TRANSLATE_NOOP("ModelError", "Some of these post-its no longer exist."),
    QT_TRANSLATE_NOOP("ModelError", "The batenlogica is still empty."),
    QT_TRANSLATE_NOOP("ModelError", "The mix does not match the number of mixed subgroups."),
    QT_TRANSLATE_NOOP("ModelError", "The mix has {mixed} subgroups but the round has {subgroups}."),
    QT_TRANSLATE_NOOP("ModelError", "The mix names a participant who is not in the list."),
    QT_TRANSLATE_NOOP(
        "ModelError",
        "The picture would be {width} × {height} pixels; choose a smaller scale "
        "(at most {most} pixels a side).",
    ),
    QT_TRANSLATE_NOOP("ModelError", "The scale must be a positive number, not {scale}."),
    QT_TRANSLATE_NOOP("ModelError", "These two elements are already connected."),
    QT_TRANSLATE_NOOP("ModelError", "This cluster no longer exists."),
    QT_TRANSLATE_NOOP("ModelError", "This round has no post-its in theme subgroups to carry over."),
    QT_TRANSLATE_NOOP("ModelError", "This subgroup no longer exists."),
    QT_TRANSLATE_NOOP("ModelError", "a database, but not a Bruinpapier workshop"),
    QT_TRANSLATE_NOOP(
        "ModelError",
        "“{name}” is no round of this workshop; give “SESSION / ROUND” (rounds: {names}).",
    ),
    QT_TRANSLATE_NOOP(
        "ModelError",
        "“{name}” names more than one round; give “SESSION / ROUND” (rounds: {names}).",
    ),
    QT_TRANSLATE_NOOP("ModelError", "a file with this name already exists"),
    QT_TRANSLATE_NOOP("ModelError", "a file with this name already exists; choose a new name"),
    QT_TRANSLATE_NOOP(
        "ModelError",
        "a whole workshop can only be imported into a new, empty workshop (this "
        "one already has sessions, notes or other content)",
    ),
    QT_TRANSLATE_NOOP("ModelError", "cannot lock the file ({reason})"),
    QT_TRANSLATE_NOOP("ModelError", "cannot write in {folder} ({reason})"),
    QT_TRANSLATE_NOOP("ModelError", "its content cannot be read ({reason})"),
    QT_TRANSLATE_NOOP("ModelError", "not a Bruinpapier workshop (the file is not a database)"),
    QT_TRANSLATE_NOOP("ModelError", "not valid JSON ({reason})"),
    QT_TRANSLATE_NOOP(
        "ModelError",
        "saved by a newer Bruinpapier (schema {revision}); cannot count its content",
    ),
    QT_TRANSLATE_NOOP("ModelError", "the CSV is malformed ({reason}; check the quotes)"),
    QT_TRANSLATE_NOOP("ModelError", "the PDF report is not available yet"),
    QT_TRANSLATE_NOOP("ModelError", "the backup could not be read ({reason})"),
    QT_TRANSLATE_NOOP("ModelError", "the backup could not be restored ({reason})"),
    QT_TRANSLATE_NOOP("ModelError", "the backup could not be written ({reason})"),
    QT_TRANSLATE_NOOP("ModelError", "the change could not be saved ({reason})"),
    QT_TRANSLATE_NOOP("ModelError", "the copy could not be written ({reason})"),
    QT_TRANSLATE_NOOP("ModelError", "the demo can only be built in a new, empty workshop"),
    QT_TRANSLATE_NOOP("ModelError", "the disk is full; the last change was not saved"),
    QT_TRANSLATE_NOOP("ModelError", "the export could not be written ({reason})"),
    QT_TRANSLATE_NOOP("ModelError", "the file became read-only; the last change was not saved"),
    QT_TRANSLATE_NOOP("ModelError", "the file cannot be read ({reason})"),
    QT_TRANSLATE_NOOP("ModelError", "the file could not be created ({reason})"),
    QT_TRANSLATE_NOOP("ModelError", "the file could not be written ({reason})"),
    QT_TRANSLATE_NOOP("ModelError", "the file does not exist"),
    QT_TRANSLATE_NOOP("ModelError", "the file is damaged (it is cut short)"),
    QT_TRANSLATE_NOOP("ModelError", "the file is damaged ({reason})"),
    QT_TRANSLATE_NOOP("ModelError", "the file is damaged: {problems}"),
    QT_TRANSLATE_NOOP("ModelError", "the file is empty (expected a header: {expected})"),
    QT_TRANSLATE_NOOP("ModelError", "the file is not UTF-8 text (save it as 'CSV UTF-8')"),
    QT_TRANSLATE_NOOP(
        "ModelError",
        "the file is read-only; Bruinpapier saves every change as you make it, "
        "so it needs a file it may write (make a copy, or change its "
        "permissions)",
    ),
    QT_TRANSLATE_NOOP("ModelError", "the folder {folder} does not exist"),
    QT_TRANSLATE_NOOP("ModelError", "the folder {folder} is read-only"),
    QT_TRANSLATE_NOOP(
        "ModelError",
        "the header lacks the column(s) {missing} (expected: {expected})",
    ),
    QT_TRANSLATE_NOOP("ModelError", "the picture could not be written"),
    QT_TRANSLATE_NOOP("ModelError", "the {column} is empty"),
    QT_TRANSLATE_NOOP("ModelError", "this is a folder, not a file"),
    QT_TRANSLATE_NOOP("ModelError", "this is a folder, not a workshop file"),
    QT_TRANSLATE_NOOP("ModelError", "this is a folder; choose a file name"),
    QT_TRANSLATE_NOOP("ModelError", "this workshop is already open in another Bruinpapier"),
    QT_TRANSLATE_NOOP(
        "ModelError",
        "this workshop is already open in another Bruinpapier (process {process})",
    ),
    QT_TRANSLATE_NOOP("ModelError", "this workshop is already open in this Bruinpapier"),
    QT_TRANSLATE_NOOP(
        "ModelError",
        "this workshop was saved by a newer Bruinpapier (schema {revision}); "
        "this version knows schema {known}. Update Bruinpapier to open it",
    ),
    QT_TRANSLATE_NOOP("ModelError", "unknown kind {word!r} (expected one of: {allowed})"),
    QT_TRANSLATE_NOOP("ModelError", "votes cannot be negative ({votes})"),
    QT_TRANSLATE_NOOP("ModelError", "votes must be a whole number, not {word!r}"),
    QT_TRANSLATE_NOOP("ModelError", "votes must be at most {most} ({votes})"),
    QT_TRANSLATE_NOOP("ModelError", "{fields} fields where the header has {width}"),
    QT_TRANSLATE_NOOP(
        "ModelError",
        "{fields} fields where the header has {width}; missing: {missing}",
    ),
    QT_TRANSLATE_NOOP("ModelError", "{folder} is not a folder"),
    QT_TRANSLATE_NOOP("ModelError", "{value!r} is not a valid {column}"),
    QT_TRANSLATE_NOOP("ModelError", "cannot write here ({reason})"),
    QT_TRANSLATE_NOOP(
        "ModelError", "this is a workshop file or part of one; an export never replaces it"
    ),
    QT_TRANSLATE_NOOP("ModelError", "this is the open workshop file; an export never replaces it"),
    QT_TRANSLATE_NOOP("ModelError", "this is not a regular file (a device or pipe); choose a file"),
    QT_TRANSLATE_NOOP("ModelError", "this is not a regular file (a device or pipe)"),
    QT_TRANSLATE_NOOP("ModelError", "the file is too large (at most {most} MB)"),
    QT_TRANSLATE_NOOP("ModelError", "the header has {count} columns (at most {most})"),
    QT_TRANSLATE_NOOP("ModelError", "the header names the column(s) {columns} twice"),
    QT_TRANSLATE_NOOP("ModelError", "the file contains a NUL byte (it is not a text file)"),
    QT_TRANSLATE_NOOP("ModelError", "not a workshop export (nested too deeply)"),
    QT_TRANSLATE_NOOP(
        "ModelError", "the file has a schema revision no Bruinpapier made ({revision})"
    ),
    QT_TRANSLATE_NOOP(
        "ModelError", "the file's structure is not Bruinpapier's, so it is not opened: {problems}"
    ),
    QT_TRANSLATE_NOOP("ModelError", "the file holds what Bruinpapier cannot show: {problems}"),
    QT_TRANSLATE_NOOP(
        "ModelError", "the file holds what Bruinpapier cannot show ({count} problems, listed above)"
    ),
    QT_TRANSLATE_NOOP("ModelError", "{column} must lie between -{most} and {most} (not {value})"),
    QT_TRANSLATE_NOOP(
        "ModelError", "{column} must be more than 0 and at most {most} (not {value})"
    ),
    QT_TRANSLATE_NOOP("ModelError", "the {column} is longer than {most} characters ({length})"),
    QT_TRANSLATE_NOOP("ModelError", "A name may not be empty."),
    QT_TRANSLATE_NOOP("ModelError", "Nothing to change."),
    QT_TRANSLATE_NOOP("ModelError", "These post-its or clusters are already principles."),
    QT_TRANSLATE_NOOP("ModelError", "Choose a theme to keep and at least one other theme."),
    QT_TRANSLATE_NOOP("ModelError", "Only post-its and batenlogica elements can be marked."),
    QT_TRANSLATE_NOOP("ModelError", "Some of these items no longer exist."),
    QT_TRANSLATE_NOOP("ModelError", "Only werkdruk post-its have an origin."),
    QT_TRANSLATE_NOOP("ModelError", "These rounds are not all in this session."),
    QT_TRANSLATE_NOOP("ModelError", "unknown chance {word!r} (expected one of: {allowed})"),
    QT_TRANSLATE_NOOP("ModelError", "A score is a whole number from {low} to {high}."),
    QT_TRANSLATE_NOOP("ModelError", "A score is for one theme or one bedoeling."),
    QT_TRANSLATE_NOOP(
        "ModelError", "This trajectory has no sessions yet; there is no shape to save."
    ),
    QT_TRANSLATE_NOOP("ModelError", "a progress note starts with its date (2026-05-31: text)"),
    QT_TRANSLATE_NOOP("ModelError", "no initiative {initiative!r} in theme {theme!r}"),
    QT_TRANSLATE_NOOP("ModelError", "not a valid template: {reason}"),
    QT_TRANSLATE_NOOP("ModelError", "the method's template is missing"),
    QT_TRANSLATE_NOOP("ModelError", "there is no action with id {id}"),
    QT_TRANSLATE_NOOP("ModelError", "there is no supportgroep meeting {number}"),
    QT_TRANSLATE_NOOP("ModelError", "unknown status {word!r} (expected one of: {allowed})"),
    QT_TRANSLATE_NOOP("ModelError", "unknown template {id!r} (known: {known})"),
    QT_TRANSLATE_NOOP("ModelError", "{status!r} is not a status (expected one of: {allowed})"),
    QT_TRANSLATE_NOOP("ModelError", "{word!r} is not a date (write it as 2026-05-31)"),
    QT_TRANSLATE_NOOP("ModelError", "{word!r} is not an action id"),
    QT_TRANSLATE_NOOP("ModelError", "give the name of a round after --round"),
    QT_TRANSLATE_NOOP("ModelError", "more than one round is called {name!r}: {rounds}"),
    QT_TRANSLATE_NOOP("ModelError", "no round is called {name!r}; the rounds are: {rounds}"),
)


def translate(template: str) -> str:
    return QCoreApplication.translate(CONTEXT, template)


def describe(exc: WorkshopError) -> str:
    """The error's message in the interface language: a translated template, filled in."""
    problem = fill(translate(exc.template), exc.params)
    if isinstance(exc, FileError):
        return exc.located(translate(exc.WHERE), translate(exc.WHERE_LINE), problem)
    return problem
