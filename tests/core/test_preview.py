# SPDX-License-Identifier: GPL-3.0-or-later
"""The phone preview: where the subject is cut off and what the first lines show."""

from __future__ import annotations

from inmail_studio.core.preview import LINE_CHARS, phone_lines, phone_subject, subject_is_cut

BODY = ("Hoi Sanne,\n\nJe post over onboarding in de zorg bleef bij me hangen, vooral het stuk over de "
        "eerste week. Wij zien hetzelfde bij drie ziekenhuizen in Utrecht.\n\nZullen we kort bellen?")


def test_a_short_subject_is_shown_whole_and_a_long_one_cut_at_the_limit() -> None:
    assert phone_subject("Uw post over  onboarding", 60) == "Uw post over onboarding"
    long = "Een vraag over de onboarding van nieuwe verpleegkundigen in de regio Utrecht"
    shown = phone_subject(long, 60)
    assert len(shown) == 60 and shown.endswith("…") and long.startswith(shown[:-1].rstrip())
    assert subject_is_cut(long, 60) and not subject_is_cut(long[:60], 60)


def test_the_first_three_lines_are_wrapped_like_a_phone_and_end_in_an_ellipsis() -> None:
    lines = phone_lines(BODY).split("\n")
    assert len(lines) == 3
    assert all(len(line) <= LINE_CHARS for line in lines)
    assert lines[0].startswith("Hoi Sanne, Je post over")  # paragraphs run together in the inbox list
    assert lines[-1].endswith("…")


def test_a_message_that_fits_has_no_ellipsis() -> None:
    assert phone_lines("Hi Anna, thanks for the talk!") == "Hi Anna, thanks for the talk!"
    assert phone_lines("") == ""


def test_a_pasted_megabyte_still_shows_its_start_and_that_more_follows() -> None:
    huge = BODY + " woord" * 200_000
    assert phone_lines(huge) == phone_lines(BODY + " woord" * 100)
    spaced = "Hi Anna," + " " * 1_000_000 + "more text far below"
    assert phone_lines(spaced) == "Hi Anna,…"
