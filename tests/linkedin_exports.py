# SPDX-License-Identifier: GPL-3.0-or-later
"""LinkedIn data exports written here for the tests, in the shapes LinkedIn writes them (made-up people)."""
# ruff: noqa: E501  (export rows are written out whole, as LinkedIn writes them)

from __future__ import annotations

from pathlib import Path

INVITATIONS_NEW = """From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl
Joost de Vries,Sanne Bakker,"1/29/26, 2:37 PM","Hi Sanne, enjoyed your talk on platform teams.",OUTGOING,https://www.linkedin.com/in/joostdevries,https://www.linkedin.com/in/sannebakker
Joost de Vries,Pieter Jansen,2026-06-01 08:00 UTC,,OUTGOING,https://www.linkedin.com/in/joostdevries,https://www.linkedin.com/in/pjansen
Eva Smit,Joost de Vries,2026-06-02 09:00 UTC,Hello!,INCOMING,https://www.linkedin.com/in/evasmit,https://www.linkedin.com/in/joostdevries
"""

INVITATIONS_OLD = """From,To,Sent At,Message,Direction
Joost de Vries,Sanne Bakker,"1/29/26, 2:37 PM","Hi Sanne, enjoyed your talk.",OUTGOING
Joost de Vries,Pieter Jansen,"2/3/26, 9:05 AM",,OUTGOING
"""

CONNECTIONS = """Notes:
"When exporting your connection data, you may notice that some of the email addresses are missing."

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Sanne,Bakker,https://www.linkedin.com/in/sannebakker,,Acme,CTO,02 Feb 2026
Eva,Smit,https://www.linkedin.com/in/evasmit,,Globex,Designer,03 Jun 2026
"""

MESSAGES = """CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT
c1,,Lotte Visser,https://www.linkedin.com/in/lottevisser,Joost de Vries,https://www.linkedin.com/in/joostdevries,2026-08-03 10:00:00 UTC,,"Thanks Joost, happy to talk. Tuesday?",INBOX,,No
c1,,Joost de Vries,https://www.linkedin.com/in/joostdevries,Lotte Visser,https://www.linkedin.com/in/lottevisser,2026-08-01 02:00:00 UTC,Your talk on data mesh,"Hi Lotte,
would you be open to a short call?",INMAIL,,No
c2,,Joost de Vries,https://www.linkedin.com/in/joostdevries,"Jansen, Pieter",https://www.linkedin.com/in/pjansen,2026-08-02 12:00:00 UTC,,Hi Pieter - any news?,INBOX,,No
c3,,Karel Appel,https://www.linkedin.com/in/karelappel,Joost de Vries,https://www.linkedin.com/in/joostdevries,2026-08-04 09:00:00 UTC,,Are you hiring?,INBOX,,No
c3,,Joost de Vries,https://www.linkedin.com/in/joostdevries,Karel Appel,https://www.linkedin.com/in/karelappel,2026-08-04 10:00:00 UTC,,Not right now.,INBOX,,No
c4,Team,Joost de Vries,https://www.linkedin.com/in/joostdevries,"Anna de Wit, Bram Kok","https://www.linkedin.com/in/annadewit,https://www.linkedin.com/in/bramkok",2026-08-05 09:00:00 UTC,,Hello both,INBOX,,No
c4,Team,Bram Kok,https://www.linkedin.com/in/bramkok,"Joost de Vries, Anna de Wit","https://www.linkedin.com/in/joostdevries,https://www.linkedin.com/in/annadewit",2026-08-05 11:00:00 UTC,,Hi!,INBOX,,No
c5,,Joost de Vries,https://www.linkedin.com/in/joostdevries,Lotte Visser,https://www.linkedin.com/in/lottevisser,not a date,,Broken,INBOX,,No
"""

PROFILE = """First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location
Joost,de Vries,,,,Recruiter,,Staffing,,Utrecht
"""


def write_export(folder: Path, **files: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def full_export(folder: Path, invitations: str = INVITATIONS_NEW) -> Path:
    return write_export(folder, **{"Invitations.csv": invitations, "Connections.csv": CONNECTIONS,
                                   "messages.csv": MESSAGES, "Profile.csv": PROFILE})
