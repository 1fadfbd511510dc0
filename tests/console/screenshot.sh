#!/usr/bin/env bash
# Starts the real console in a real X server (Xvfb) on a seeded store and keeps a PNG of
# its window. Usage: screenshot.sh COMMANDPOST COMMANDPOST_CLI ARTIFACT_DIR
set -euo pipefail
console=$1 cli=$2 artifacts=$3
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
mkdir -p "$artifacts"
export COMMANDPOST_ACTOR=sabrina
# Settings of this run only (language, window place), never the tester's own.
export XDG_CONFIG_HOME="$data/config"

# Earlier moments through libfaketime, so countdowns and reminders have run for a while.
ago() { LD_PRELOAD=/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1 FAKETIME="-$1m" "${@:2}"; }
incident=$(ago 25 "$cli" --data "$data" declare --title "Checkout errors after deploy" --severity SEV2 \
    --summary "5xx on checkout for 12% of requests")
"$cli" --data "$data" assign "$incident" commander sabrina
"$cli" --data "$data" assign "$incident" scribe bob
"$cli" --data "$data" assign "$incident" sme:payments dana
"$cli" --data "$data" assign "$incident" customer_liaison erin
late=$(ago 8 "$cli" --data "$data" task "$incident" "Roll back deploy 4512" --assignee carol --timebox 5m)
ago 7 "$cli" --data "$data" ack "$incident" "$late"
running=$("$cli" --data "$data" task "$incident" "Check payment provider status" --assignee dana --timebox 20m)
"$cli" --data "$data" ack "$incident" "$running"
"$cli" --data "$data" task "$incident" "Draft status page text" --assignee erin --timebox 10m >/dev/null
"$cli" --data "$data" doc "$incident" summary "Checkout fails for 12% of requests since deploy 4512."
"$cli" --data "$data" doc "$incident" impact "Card payments in EU and US; PayPal unaffected."
"$cli" --data "$data" doc "$incident" current_actions "Rolling back 4512 (carol); checking the PSP (dana)."
"$cli" --data "$data" update "$incident" --audience internal "Investigating checkout errors; rollback under way."
"$cli" --data "$data" declare --title "Slow search" --severity SEV4 >/dev/null

png="$artifacts/console.png"
rm -f "$png"
xvfb-run -a -s "-screen 0 1280x800x24" "$console" --data "$data" --incident "$incident" --screenshot "$png"
test -s "$png" || { echo "no screenshot written" >&2; exit 1; }
# A blank or failed frame compresses to a few kilobytes; a window with text does not.
size=$(stat -c %s "$png")
echo "screenshot kept: $png ($size bytes)"
[ "$size" -gt 15000 ] || { echo "screenshot looks empty" >&2; exit 1; }

# The same in the dark palette.
dark="$artifacts/console-dark.png"
rm -f "$dark"
xvfb-run -a -s "-screen 0 1280x800x24" "$console" --data "$data" --incident "$incident" --theme dark \
    --screenshot "$dark"
[ "$(stat -c %s "$dark")" -gt 15000 ] || { echo "dark screenshot looks empty" >&2; exit 1; }
echo "screenshot kept: $dark"

# The timeline chart (QtCharts, fed from C++).
chart="$artifacts/console-timeline.png"
rm -f "$chart"
xvfb-run -a -s "-screen 0 1280x800x24" "$console" --data "$data" --incident "$incident" --view timeline \
    --screenshot "$chart" --screenshot-delay 1500
[ "$(stat -c %s "$chart")" -gt 15000 ] || { echo "timeline screenshot looks empty" >&2; exit 1; }
echo "screenshot kept: $chart"

# In German (--lang de): read the frame back with OCR. German words of the command view must
# be there, and their English sources must not.
german="$artifacts/console-de.png"
rm -f "$german"
xvfb-run -a -s "-screen 0 1280x800x24" "$console" --data "$data" --incident "$incident" --lang de \
    --screenshot "$german"
echo "screenshot kept: $german"
text=$(tesseract "$german" - -l deu 2>/dev/null)
found=0
for word in Rollen Aufgaben Lagedokument Besetzen Bearbeiten Verfassen Zusammenfassung Einstellungen; do
    grep -qw "$word" <<<"$text" && found=$((found + 1))
done
echo "German words read back: $found of 8"
[ "$found" -ge 6 ] || { echo "the German screenshot does not show German text:" >&2; echo "$text" >&2; exit 1; }
for word in Roles Tasks Assign Compose Summary Preferences; do
    if grep -qw "$word" <<<"$text"; then
        echo "the German screenshot still shows '$word'" >&2
        exit 1
    fi
done
