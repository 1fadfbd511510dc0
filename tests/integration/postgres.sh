#!/bin/bash
# Starts or stops a throw-away PostgreSQL for the integration tests: its own cluster in a
# temporary folder, listening on 127.0.0.1 only, trust authentication for the test role.
#   postgres.sh start STATE_DIR   → writes STATE_DIR/url (postgres://commandpost@127.0.0.1:PORT/)
#   postgres.sh stop STATE_DIR
set -euo pipefail

action=${1:?start or stop}
state=${2:?state folder}

bin_dir() {
    local dir
    for dir in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
        [[ -x $dir/initdb ]] && { echo "$dir"; return; }
    done
    echo "postgres.sh: no PostgreSQL server found (apt install postgresql)" >&2
    exit 1
}

# initdb and postgres refuse to run as root; as root, run them as the postgres user.
as_owner() {
    if [[ $(id -u) == 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start() {
    local bin dir port attempt
    bin=$(bin_dir)
    mkdir -p "$state"
    dir=$(mktemp -d /tmp/commandpost-pg.XXXXXX)
    [[ $(id -u) == 0 ]] && chown postgres: "$dir"
    echo "$dir" > "$state/dir"
    as_owner "$bin/initdb" -D "$dir/data" -U commandpost -A trust -E UTF8 --locale=C.UTF-8 \
        > "$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$((20000 + RANDOM % 20000))
        if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200" \
            > /dev/null; then
            echo "postgres://commandpost@127.0.0.1:$port/" > "$state/url"
            echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir)"
            return
        fi
        echo "port $port failed (attempt $attempt), trying another" >&2
    done
    cat "$dir/server.log" >&2
    exit 1
}

stop() {
    local dir
    [[ -f $state/dir ]] || exit 0
    dir=$(cat "$state/dir")
    as_owner "$(bin_dir)/pg_ctl" -D "$dir/data" -m fast -w stop > /dev/null || true
    rm -rf "$dir" "$state/dir" "$state/url"
}

case $action in
    start) start ;;
    stop) stop ;;
    *) echo "usage: postgres.sh start|stop STATE_DIR" >&2; exit 2 ;;
esac
