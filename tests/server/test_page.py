"""The phone page's files: bundled, small, old-browser JavaScript, text never parsed as HTML."""

from __future__ import annotations

import re

from app.server.web import ASSETS, PAGE_FILES


def test_the_page_is_bundled_small_and_plain_es5() -> None:
    files = {name: (ASSETS / name).read_text(encoding="utf-8") for name in PAGE_FILES}
    assert sum(len(text.encode()) for text in files.values()) < 100_000
    for text in files.values():
        assert not re.search(r"(src|href)=\"(https?:)?//", text)  # nothing from a CDN
    script = files["app.js"]
    for modern in (r"=>", r"\blet\s", r"\bconst\s", r"`", r"\bclass\s", r"\basync\b", r"\.\.\."):
        assert not re.search(modern, script), modern
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script
    assert "eval(" not in script and "document.write" not in script
    assert "textContent" in script
    assert "<script>" not in files["index.html"]  # no inline script: the CSP forbids it
    assert 'src="s/app.js"' in files["index.html"]
