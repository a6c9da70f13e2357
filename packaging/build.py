"""Build the one-folder bundle dist/bruinpapier/ and its archive, on the platform it runs on.

    python packaging/build.py

Needs the `bundle` extra (`pip install -e ".[bundle]"`). Linux gets the desktop files and an
`install-desktop.sh` inside the folder and a .tar.gz; Windows and macOS a .zip (Windows: feed
dist/bruinpapier/ to packaging/windows/bruinpapier.iss for an installer with the file type).
"""

from __future__ import annotations

import platform
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app import __version__  # noqa: E402

PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
BUNDLE = DIST / "bruinpapier"
APP_ID = "nl.bruinpapier.Bruinpapier"


def windows_version_file(path: Path) -> None:
    """The version resource Windows shows in the file's properties."""
    numbers = tuple(int(p) for p in (__version__.split(".") + ["0"] * 4)[:4])
    path.write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}),
  kids=[StringFileInfo([StringTable('040904B0', [
    StringStruct('CompanyName', 'Bruinpapier'),
    StringStruct('FileDescription', 'Bruinpapier'),
    StringStruct('FileVersion', '{__version__}'),
    StringStruct('ProductName', 'Bruinpapier'),
    StringStruct('ProductVersion', '{__version__}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])]
)
""",
        encoding="utf-8",
    )


def linux_desktop_files() -> None:
    """Menu entry, MIME type, AppStream metainfo and icons, laid out as under /usr/share."""
    share = BUNDLE / "share"
    linux = PACKAGING / "linux"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy(linux / f"{APP_ID}.desktop", share / "applications")
    (share / "mime" / "packages").mkdir(parents=True, exist_ok=True)
    shutil.copy(linux / f"{APP_ID}.mime.xml", share / "mime" / "packages" / f"{APP_ID}.xml")
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    metainfo = (linux / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(
        metainfo.replace("@VERSION@", __version__), encoding="utf-8"
    )
    for png in sorted((PACKAGING / "icons").glob("bruinpapier-*.png")):
        size = png.stem.split("-")[1]
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(png, target / f"{APP_ID}.png")
    shutil.copy(linux / "install-desktop.sh", BUNDLE / "install-desktop.sh")


def size_report() -> list[tuple[int, str]]:
    """The largest top-level parts of the bundle, in bytes, largest first."""
    internal = BUNDLE / "_internal"
    parts = []
    for entry in internal.iterdir():
        files = [entry] if entry.is_file() else list(entry.rglob("*"))
        files = [p for p in files if p.is_file() and not p.is_symlink()]
        parts.append((sum(p.stat().st_size for p in files), entry.name))
    return sorted(parts, reverse=True)


def main() -> int:
    build = ROOT / "build"
    build.mkdir(exist_ok=True)
    if sys.platform == "win32":
        windows_version_file(build / "version_info.txt")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(build / "pyinstaller"),
            str(PACKAGING / "bruinpapier.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    if sys.platform.startswith("linux"):
        linux_desktop_files()
    machine = platform.machine().lower() or "unknown"
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    base = DIST / f"bruinpapier-{__version__}-{system}-{machine}"
    fmt = "gztar" if system == "linux" else "zip"
    archive = shutil.make_archive(str(base), fmt, root_dir=DIST, base_dir="bruinpapier")
    total = sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"bundle: {BUNDLE} ({total / 1e6:.0f} MB unpacked)")
    for size, name in size_report()[:8]:
        print(f"  {size / 1e6:7.1f} MB  {name}")
    print(f"archive: {archive} ({Path(archive).stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
