#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The prospect walk end to end, as a user does it, in the real app under Xvfb: import LinkedIn's
# Connections.csv from Downloads, give the list the Dutch senior-candidate template, fill in the
# first person, go on to the next, mark as sent (asked first while a detail is empty), look at a
# sent message and write a follow-up. Saves docs/walk-*.png.
#
# Needs: Xvfb, xdotool, ImageMagick's `import`; run from the repository root:
#   sh docs/make_walk_screenshots.sh
# Clicks are at the default window size (1320x820 at 0,0, no window manager); the app opens there.
set -eu
ROOT=$(pwd)
DATA=$(mktemp -d /tmp/walkdata.XXXXXX)
export HOME=$(mktemp -d /tmp/walkhome.XXXXXX)  # a fresh user: settings, Downloads
mkdir -p "$HOME/Downloads"
cp tests/data/walk/Connections.csv "$HOME/Downloads/Connections.csv"
export DISPLAY=:98
Xvfb :98 -screen 0 1320x820x24 >/dev/null 2>&1 &
XVFB=$!
sleep 1
QT_QPA_PLATFORM=xcb "$ROOT/.venv/bin/inmail-studio" --data-dir "$DATA" >/tmp/walk-app.log 2>&1 &
APP=$!
trap 'kill $APP $XVFB 2>/dev/null; rm -rf "$DATA" "$HOME"' EXIT
sleep 4

click() { xdotool mousemove "$1" "$2" click 1; sleep 0.6; }
typed() { xdotool type --delay 12 "$1"; sleep 0.6; }
shot() { sleep 1.2; import -window root "docs/walk-$1.png"; }

click 187 68                      # the Prospects tab
click 349 92                      # Import CSV… (the dialog opens in Downloads)
xdotool mousemove 660 410; typed "Connections.csv"; xdotool key Return
shot 1-mapping                    # whole column names, how many rows
xdotool key Return                # Import
click 219 123; xdotool key ctrl+a; typed "directie"
xdotool key Down Return           # the list's template, found by typing: its first person opens
shot 2-first-person
click 219 152; xdotool key ctrl+a; typed "functieomschrijving"
xdotool key Down Return           # the list's follow-up template
click 714 678; typed "de digitale transformatie van de klantenservice"
click 733 727; typed "Stichting Rivierzorg"
click 733 755; typed "directeur bedrijfsvoering"
click 733 782; typed "Wouter Bakker"
shot 3-filled-in
xdotool key alt+Right             # the next person: the challenge is theirs to fill in
shot 4-next-person
xdotool key ctrl+Return           # mark as sent: asks first, a detail is still empty
shot 5-asks-first
xdotool key Escape                # keep editing
click 714 678; typed "de fusie van twee klantcontactcentra"
xdotool key ctrl+Return           # sent: on to the third person, with an undo
shot 6-sent-and-next
click 173 256                     # back to the second person: the sent message is a record
shot 7-sent-record
click 908 107                      # Write a follow-up
shot 8-follow-up
click 115 68                      # the Drafts tab: the sent message under the person's name
shot 9-drafts
