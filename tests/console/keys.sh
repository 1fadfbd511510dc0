#!/usr/bin/env bash
# The real commandpost binary in a real X server, driven by real X input (xdotool): every
# shortcut of the window that `commandpost --shortcuts` lists is pressed and must reach its
# action; an incident is declared without the mouse; the sequence that used to crash
# (timeline, switch incidents, resize) runs 20 times; then the same in German and dark.
# Any QML warning in the console's log fails the test.
# Usage: keys.sh COMMANDPOST COMMANDPOST_CLI
set -euo pipefail
console=$1 cli=$2
work=$(mktemp -d)
display=""
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

export COMMANDPOST_ACTOR=sabrina XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/runtime"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
data="$work/data"

# Two incidents that have run a while (libfaketime), so both show reminders.
# (An ASan build of the CLI accepts the preloaded libfaketime ahead of its runtime.)
ago() {
    ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
        LD_PRELOAD=/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1 FAKETIME="-$1m" "${@:2}"
}
checkout=$(ago 40 "$cli" --data "$data" declare --title "Checkout errors" --severity SEV2)
"$cli" --data "$data" assign "$checkout" commander sabrina
late=$(ago 30 "$cli" --data "$data" task "$checkout" "Roll back deploy 4512" --assignee carol --timebox 5m)
ago 29 "$cli" --data "$data" ack "$checkout" "$late"
"$cli" --data "$data" task "$checkout" "Check the PSP" --assignee dana --timebox 20m >/dev/null
"$cli" --data "$data" note "$checkout" "error rate 12%" --kind observation
ago 10 "$cli" --data "$data" declare --title "Slow search" --severity SEV4 >/dev/null

# An X server of this test's own.
for n in $(seq 200 260); do
    [ -e "/tmp/.X$n-lock" ] && continue
    Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
    pids+=($!)
    for _ in $(seq 50); do xdpyinfo -display ":$n" >/dev/null 2>&1 && break; sleep 0.1; done
    if xdpyinfo -display ":$n" >/dev/null 2>&1; then display=":$n"; break; fi
done
[ -n "$display" ] || fail "no X server could be started"
export DISPLAY=$display

# Portable key names (Qt's) as xdotool writes them: Ctrl+Shift+1 -> ctrl+shift+1.
xkey() {
    local out=() part
    IFS=+ read -ra parts <<<"$1"
    for part in "${parts[@]}"; do
        case $part in
        Ctrl) out+=(ctrl) ;; Shift) out+=(shift) ;; Alt) out+=(alt) ;;
        Esc) out+=(Escape) ;; Enter) out+=(KP_Enter) ;; ,) out+=(comma) ;;
        [A-Z]) out+=("${part,,}") ;;
        *) out+=("$part") ;;
        esac
    done
    (IFS=+; echo "${out[*]}")
}

# Starts the console with extra options; sets $app and $window.
start() {
    log=$1; shift
    QT_LOGGING_RULES="commandpost.ui.shortcuts.info=true" "$console" --data "$data" "$@" >"$log" 2>&1 &
    app=$!
    pids+=("$app")
    window=$(xdotool search --sync --onlyvisible --pid "$app" --name "Command Post" | head -1)
    [ -n "$window" ] || fail "the console's window did not appear ($(tail -3 "$log"))"
    xdotool windowfocus --sync "$window"
}
alive() { kill -0 "$app" 2>/dev/null || fail "the console died ($1): $(tail -5 "$log")"; }
press() { xdotool key --clearmodifiers "$(xkey "$1")"; sleep 0.15; }

# QML warnings or errors in a log fail the test.
no_qml_warnings() {
    local bad
    bad=$(grep -E 'qrc:|\.qml:|TypeError|ReferenceError|Binding loop|Unable to assign|Cannot read property|is not a function|DelegateModel' "$1" || true)
    [ -z "$bad" ] || fail "QML warnings in $2:
$bad"
}

# 1. Every window shortcut on the sheet, pressed with real X input.
start "$work/keys.log"
"$console" --shortcuts >"$work/shortcuts.tsv"
pressed=0
while IFS=$'\t' read -r scope action keys meaning; do
    [ "$scope" = window ] || continue
    read -ra sequences <<<"$keys" # several keys: space-separated
    for sequence in "${sequences[@]}"; do
        before=$(grep -c "shortcut $action\$" "$work/keys.log" || true)
        press "$sequence"
        for _ in $(seq 100); do
            [ "$(grep -c "shortcut $action\$" "$work/keys.log" || true)" -gt "$before" ] && break
            sleep 0.05
        done
        [ "$(grep -c "shortcut $action\$" "$work/keys.log" || true)" -gt "$before" ] ||
            fail "$sequence ($meaning) did not reach the console's action '$action'"
        alive "$sequence"
        pressed=$((pressed + 1))
        # Close what it opened (a dialog, a menu, the scribe's window) and come back.
        xdotool key Escape
        sleep 0.1
        xdotool key Escape
        xdotool windowfocus --sync "$window"
        sleep 0.1
    done
done <"$work/shortcuts.tsv"
[ "$pressed" -ge 20 ] || fail "only $pressed window shortcuts listed"
echo "pressed $pressed window shortcuts; each reached its action"

# 2. An incident declared with the keyboard alone, found by the command line.
press Ctrl+N
xdotool type --delay 20 "Typed at the keyboard"
press Return
for _ in $(seq 50); do "$cli" --data "$data" list | grep -q "Typed at the keyboard" && break; sleep 0.1; done
"$cli" --data "$data" list | grep -q "Typed at the keyboard" || fail "Ctrl+N, a title and Enter declared nothing"
echo "declared with the keyboard alone"

# 3. The sequence that crashed: timeline, another incident, the first, a resize; 20 times.
press Ctrl+Shift+2
for round in $(seq 1 20); do
    xdotool mousemove --window "$window" 100 92 click 1
    sleep 0.1
    xdotool mousemove --window "$window" 100 46 click 1
    sleep 0.1
    xdotool windowsize "$window" $((1024 + (round * 97) % 900)) $((700 + (round * 53) % 380))
    sleep 0.2
    alive "switch and resize, round $round"
done
echo "switched incidents and resized 20 times on the timeline; still running"
kill "$app"
wait "$app" 2>/dev/null || true
no_qml_warnings "$work/keys.log" "the English, light run"

# 4. German and dark: the views, the sheet and a few dialogs, with no warning.
start "$work/de.log" --lang de --theme dark
for sequence in Ctrl+Shift+2 Ctrl+Shift+3 Ctrl+Shift+1 F1 Esc Ctrl+N Esc Ctrl+H Esc F6 F6 Alt+Down; do
    press "$sequence"
    alive "$sequence in German"
done
grep -q "shortcut nextIncident" "$work/de.log" || fail "the German console did not take its shortcuts"
kill "$app"
wait "$app" 2>/dev/null || true
no_qml_warnings "$work/de.log" "the German, dark run"
echo "German and dark: no QML warning"
