"""User text reaches the PDF literally: markup is never interpreted, nothing is silently lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.export import fonts
from app.export.markup import para
from app.export.reading import read_report_data
from app.export.report import font_warnings, write_report
from app.model.store import WorkshopStore
from tests.helpers.report import normalise, one_round, pdf_pages

MARKUP = ["<b>", "</b>", "&amp;", "&", "</para>", "<para>", "<br/>", "<font color=red>", "&#169;",
          '"', "'", "“", "”", "‘", "’", "–", "—", "€", "…", "<", ">", "<i>x</i>", "\n"]  # fmt: skip
SHOWABLE = st.sampled_from(
    "abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 .,;:!?()[]{}/\\*+-=_#@%$^~|éèëêïíóöüúàáçñÉÈËÏÖÜ"
)
TEXT = st.lists(st.one_of(SHOWABLE, st.sampled_from(MARKUP)), min_size=1, max_size=24).map("".join)


def appendix_text(path: Path) -> str:
    pages = pdf_pages(path)
    start = next(i for i, p in enumerate(pages) if p.startswith("Test") and "Bijlage:" in p)
    return normalise(" ".join(pages[start:]))


def test_para_escapes_markup_and_keeps_line_breaks() -> None:
    assert para('<b>A & "B"</b>\nC') == "&lt;b&gt;A &amp; &quot;B&quot;&lt;/b&gt;<br/>C"


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(texts=st.lists(TEXT.filter(lambda t: t.strip()), min_size=1, max_size=4))
def test_random_markup_texts_come_back_verbatim(
    tmp_path_factory: pytest.TempPathFactory, texts: list[str]
) -> None:
    folder = tmp_path_factory.mktemp("hyp")
    with WorkshopStore.create(folder / "w.bruinpapier", name="Test") as store:
        one_round(store, texts)
        result = write_report(store, folder / "r.pdf")
    assert result.warnings == ()
    appendix = appendix_text(folder / "r.pdf")
    for text in texts:
        assert normalise(text) in appendix


def test_unshowable_characters_are_reported_and_marked(
    store: WorkshopStore, tmp_path: Path
) -> None:
    one_round(store, ["Feest 😀 in 中文 klas", "Gewoon € 5 – “prima”"])
    result = write_report(store, tmp_path / "r.pdf")
    joined = " ".join(result.warnings)
    assert "U+1F600" in joined and "U+4E2D" in joined and "U+6587" in joined
    assert len(result.warnings) == 1
    assert "Feest 😀" in joined
    appendix = appendix_text(tmp_path / "r.pdf")
    assert "Feest \ufffd in \ufffd\ufffd klas" in appendix
    assert "Gewoon € 5 – “prima”" in appendix


def test_font_check_knows_dutch_and_symbols() -> None:
    assert fonts.missing_characters("Coöperatief ë é € “” ‘’ – — … ½ ©") == []
    assert fonts.missing_characters("a\x07b😀") == ["\x07", "😀"]
    assert fonts.missing_characters("tab\tline\nend\x1f\x7f") == ["\x1f", "\x7f"]
    assert all(fonts.can_show(chr(c)) for c in range(32, 127))
    assert fonts.showable("a\x07b") == "a\ufffdb"


UNSHOWABLE = st.sampled_from("😀🎉中文字한국어\u0000\u0007\U0001f4a9")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=TEXT, odd=st.lists(UNSHOWABLE, min_size=1, max_size=4, unique=True), suffix=TEXT)
def test_every_unshowable_character_is_named_in_a_warning(
    tmp_path_factory: pytest.TempPathFactory, prefix: str, odd: list[str], suffix: str
) -> None:
    folder = tmp_path_factory.mktemp("warn")
    with WorkshopStore.create(folder / "w.bruinpapier", name="Test") as store:
        one_round(store, [prefix + "".join(odd) + suffix])
        warnings = font_warnings(read_report_data(store))
    assert len(warnings) == 1
    for char in odd:
        assert f"U+{ord(char):04X}" in warnings[0]
