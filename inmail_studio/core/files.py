# SPDX-License-Identifier: GPL-3.0-or-later
"""Writing files so that a crash or a full disk never leaves half a file behind."""

from __future__ import annotations

import os
from pathlib import Path


def atomic_write_text(path: Path, text: str, mode: int | None = None) -> None:
    """Write `text` (UTF-8, `\\n` line ends) to a temporary file beside `path`, flush it to disk,
    then swap it in. `mode` (e.g. 0o600) is set before the swap. Raises `OSError` as the
    file system does (disk full, read-only folder); the old file is then untouched."""
    import tempfile  # only when saving: kept off start-up

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
