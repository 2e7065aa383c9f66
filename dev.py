#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Set up a local environment and run the app or the tests, with nothing but python3.

    python3 dev.py run [APP ARGS...]     set up .venv, then launch InMail Studio
    python3 dev.py test [PYTEST ARGS...] set up .venv, then run the whole test suite
    python3 dev.py translations          update resources/i18n/*.ts from the code, build the .qm

Setting up is idempotent: the venv is (re)installed only when pyproject.toml changed.
Qt needs a few shared libraries that a bare machine may lack; as root on Debian or
Ubuntu they are installed with apt-get, otherwise the exact command is printed.
"""

from __future__ import annotations

import ctypes.util
import hashlib
import os
import shutil
import subprocess
import sys
import venv
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".inmail-studio-installed"

# library soname -> Debian package; what PySide6's xcb/offscreen platforms load.
QT_LIBS = {
    "GL": "libgl1",
    "EGL": "libegl1",
    "fontconfig": "libfontconfig1",
    "glib-2.0": "libglib2.0-0",
    "dbus-1": "libdbus-1-3",
    "xkbcommon": "libxkbcommon0",
}
# Only needed for a real window on X11 (not for the offscreen tests).
X11_LIBS = {
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-shape": "libxcb-shape0",
}


def _missing_packages(libs: dict[str, str]) -> list[str]:
    return [pkg for lib, pkg in libs.items() if ctypes.util.find_library(lib) is None]


def ensure_system_libraries(with_x11: bool) -> None:
    if not sys.platform.startswith("linux"):
        return
    wanted = _missing_packages(QT_LIBS)
    if with_x11:
        wanted += _missing_packages(X11_LIBS)
        if not Path("/usr/share/fonts").exists() or not any(Path("/usr/share/fonts").rglob("*.ttf")):
            wanted.append("fonts-dejavu-core")
    if not wanted:
        return
    command = ["apt-get", "install", "-y", "--no-install-recommends", *wanted]
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("Installing Qt's system libraries:", " ".join(wanted), flush=True)
        subprocess.run(["apt-get", "update", "-qq"], check=False)
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    else:
        print("Qt needs these system packages:", " ".join(wanted))
        print("Install them with: sudo", " ".join(command))


def ensure_venv() -> None:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == digest:
        return
    if not (BIN / "python").exists():
        print("Creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("Installing InMail Studio and its test tools into .venv ...", flush=True)
    subprocess.run(
        [str(BIN / "python"), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[test]"],
        check=True,
    )
    STAMP.write_text(digest)


# Translations: Qt's own tools over the widgets' source. The .qm files are committed next to
# their .ts sources, so a fresh checkout, the wheel and the PyInstaller bundle have them without
# a build step; tests/ui/test_translations.py fails when a .qm no longer matches its .ts.
I18N = ROOT / "resources" / "i18n"
TRANSLATED_SOURCES = ("inmail_studio/ui", "inmail_studio/app.py")
# language -> extra lupdate options; English holds only the plural forms ("%n template(s)").
UI_TRANSLATIONS = {"nl": (), "en": ("-pluralonly",)}


def _key(message: ET.Element) -> tuple[str, bool]:
    return message.findtext("source", ""), message.get("numerus") == "yes"


def _known_translations(ts: Path) -> dict[tuple[str, bool], list[str]]:
    """Finished translations by source text (and whether plural), from any context: a string
    that moved to another class keeps its translation (lupdate matches only within a context)."""
    known: dict[tuple[str, bool], list[str]] = {}
    if ts.exists():
        for message in ET.parse(ts).getroot().iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None:
                forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
                known.setdefault(_key(message), forms)
    return known


def _fill_from(ts: Path, known: dict[tuple[str, bool], list[str]]) -> int:
    """Fill unfinished messages whose source text was translated elsewhere; the count left."""
    tree = ET.parse(ts)
    left = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        forms = known.get(_key(message))
        if forms is None:
            left += 1
            continue
        del translation.attrib["type"]
        plural = list(translation.iter("numerusform"))
        for element, text in zip(plural, forms, strict=False):
            element.text = text
        if not plural:
            translation.text = forms[0]
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return left


def update_translations() -> int:
    """lupdate every .ts, carry translations over to moved strings, lrelease each into its .qm."""
    tool = {name: str(BIN / f"pyside6-{name}") for name in ("lupdate", "lrelease")}
    I18N.mkdir(parents=True, exist_ok=True)
    for language, options in UI_TRANSLATIONS.items():
        ts, qm = I18N / f"inmail_studio_{language}.ts", I18N / f"inmail_studio_{language}.qm"
        known = _known_translations(ts)
        lupdate = [tool["lupdate"], "-silent", "-extensions", "py", "-locations", "none", "-no-obsolete",
                   *options, *TRANSLATED_SOURCES, "-ts", str(ts)]
        subprocess.run(lupdate, cwd=ROOT, check=True)
        left = _fill_from(ts, known)
        subprocess.run(lupdate, cwd=ROOT, check=True)  # back to lupdate's own layout
        # Written beside it and then moved over it: a running app that maps the old file never
        # sees a half-written one.
        partial = qm.with_name(qm.name + ".partial")
        subprocess.run([tool["lrelease"], "-silent", str(ts), "-qm", str(partial)], cwd=ROOT, check=True)
        os.replace(partial, qm)
        print(f"{ts.relative_to(ROOT)}: {left} unfinished" + (" — translate them in pyside6-linguist" if left else ""))
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "translations"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "translations":
        ensure_venv()
        return update_translations()
    ensure_system_libraries(with_x11=command == "run")
    ensure_venv()
    env = dict(os.environ)
    if command == "test":
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        args = [str(BIN / "python"), "-m", "pytest", *rest]
    else:
        args = [str(BIN / "inmail-studio"), *rest]
    return subprocess.run(args, cwd=ROOT, env=env).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
