#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Set up a local environment and run the app or the tests, with nothing but python3.

    python3 dev.py run [APP ARGS...]     set up .venv, then launch InMail Studio
    python3 dev.py test [PYTEST ARGS...] set up .venv, then run the whole test suite

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


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
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
