# SPDX-License-Identifier: GPL-3.0-or-later
"""InMail Studio: a writing coach for LinkedIn outreach."""

__version__ = "0.1.0"
APP_ID = "io.github.inmailstudio.InMailStudio"
