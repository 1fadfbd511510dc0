#!/usr/bin/env bash
# Builds the Debian packages from the build tree, unpacks them into a throwaway root and
# checks what a sysadmin would get from `dpkg -i`: files, dependencies, maintainer scripts,
# the desktop and AppStream files (validated), the systemd unit (verified) and programs that
# answer --help/--version and run from where they were installed.
# Usage: check_packages.sh BUILD_DIR VERSION
set -euo pipefail
build=$1 version=$2
work=$(mktemp -d)
# Settings of this run only, never the tester's own.
export XDG_CONFIG_HOME="$work/config"
server_pid=
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
check() { local what=$1; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }

cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; exit 1; }
console_deb="$work/out/commandpost_${version}-1_amd64.deb"
server_deb="$work/out/commandpost-server_${version}-1_amd64.deb"
check "console package built" test -s "$console_deb"
check "server package built" test -s "$server_deb"

field() { dpkg-deb -f "$1" "$2"; }
depends_on() { field "$1" Depends | tr ',' '\n' | sed 's/^ *//; s/ .*//' | grep -qx "$2"; }
for dep in libqt6core6 libqt6quick6 libqt6quickcontrols2-6 libqt6charts6 libqt6sql6-sqlite \
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts \
    qml6-module-qtcharts libqt6svg6; do
    check "commandpost depends on $dep" depends_on "$console_deb" "$dep"
done
for dep in libqt6core6 libqt6httpserver6 libqt6sql6-sqlite adduser; do
    check "commandpost-server depends on $dep" depends_on "$server_deb" "$dep"
done
check "commandpost-server recommends the PostgreSQL driver" \
    grep -q libqt6sql6-psql <(field "$server_deb" Recommends)
check "the console package has no Qt development dependency" \
    bash -c "! dpkg-deb -f '$console_deb' Depends | grep -q -- '-dev'"

# Maintainer scripts: present, executable, valid shell, config marked as a conffile.
dpkg-deb -e "$server_deb" "$work/control"
for script in postinst prerm postrm; do
    check "$script is executable" test -x "$work/control/$script"
    check "$script parses" sh -n "$work/control/$script"
    if command -v shellcheck >/dev/null; then
        check "$script passes shellcheck" shellcheck -s sh "$work/control/$script"
    fi
done
check "server.conf is a conffile" grep -qx /etc/commandpost-server/server.conf "$work/control/conffiles"
check "postinst creates the system user" grep -q 'adduser --system' "$work/control/postinst"

root="$work/root"
mkdir -p "$root"
for deb in "$console_deb" "$server_deb"; do
    dpkg-deb -x "$deb" "$root"
    check "$(basename "$deb") holds files owned by root" \
        bash -c "! dpkg-deb -c '$deb' | awk '{print \$2}' | grep -vqx root/root"
done
for file in usr/bin/commandpost usr/bin/commandpost-cli usr/bin/commandpost-server \
    usr/share/applications/org.commandpost.CommandPost.desktop \
    usr/share/metainfo/org.commandpost.CommandPost.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/org.commandpost.CommandPost.svg \
    usr/share/doc/commandpost/copyright usr/share/doc/commandpost-server/copyright \
    usr/share/doc/commandpost-server/SERVER.md \
    usr/share/doc/commandpost-server/examples/nginx/commandpost.conf \
    usr/lib/systemd/system/commandpost-server.service etc/commandpost-server/server.conf; do
    check "installs /$file" test -s "$root/$file"
done

check "desktop-file-validate accepts the desktop file" \
    desktop-file-validate "$root/usr/share/applications/org.commandpost.CommandPost.desktop"
check "appstreamcli accepts the metainfo" \
    appstreamcli validate --no-net "$root/usr/share/metainfo/org.commandpost.CommandPost.metainfo.xml"
check "the desktop file names the installed icon" \
    grep -qx Icon=org.commandpost.CommandPost "$root/usr/share/applications/org.commandpost.CommandPost.desktop"

for program in commandpost commandpost-cli commandpost-server; do
    check "$program --version" grep -qx "$program $version" <(env -u DISPLAY "$root/usr/bin/$program" --version)
    check "$program --help" grep -q Usage <(env -u DISPLAY "$root/usr/bin/$program" --help)
done

# The unit, pointed at the unpacked binary (verify checks that ExecStart exists).
unit="$work/commandpost-server.service"
sed "s#/usr/bin/commandpost-server #$root/usr/bin/commandpost-server #" \
    "$root/usr/lib/systemd/system/commandpost-server.service" >"$unit"
check "systemd-analyze verifies the unit" systemd-analyze verify --man=no "$unit"
check "the unit runs as its own user" grep -qx User=commandpost "$unit"
check "the unit keeps its state under /var/lib" grep -qx StateDirectory=commandpost-server "$unit"
check "the unit's exposure is 2.0 or less (systemd-analyze security)" \
    bash -c "systemd-analyze security --offline=yes --threshold=20 '$unit' >/dev/null"

# The server as the unit starts it: the installed default config, a throwaway database.
(
    set -a
    # shellcheck disable=SC1091
    . "$root/etc/commandpost-server/server.conf"
    set +a
    export COMMANDPOST_SERVER_DB="$work/server.sqlite"
    # shellcheck disable=SC2086
    exec "$root/usr/bin/commandpost-server" serve --listen 127.0.0.1:0 $COMMANDPOST_SERVER_OPTIONS
) >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
for _ in $(seq 100); do grep -q listening "$work/server.out" && break; sleep 0.1; done
url=$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$work/server.out")
check "the installed server starts with the default config" test -n "$url"
[ -n "$url" ] && check "the installed server answers /healthz" \
    grep -q '"ok"' <(curl -fsS --max-time 5 "$url/healthz")

# The installed console finds its QML modules and renders (offscreen) from the package.
shot="$work/console.png"
check "the installed console starts and renders" \
    env QT_QPA_PLATFORM=offscreen "$root/usr/bin/commandpost" --data "$work/data" --screenshot "$shot"
check "the installed console wrote a frame" test -s "$shot"

echo "$failures failed"
[ "$failures" -eq 0 ]
