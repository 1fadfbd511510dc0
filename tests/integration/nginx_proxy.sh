#!/bin/bash
# The reverse-proxy example of packaging/nginx, run for real: a self-signed certificate, nginx
# on a free loopback port in front of the real commandpost-server, and requests over TLS.
#   nginx_proxy.sh SERVER_BINARY EXAMPLE_CONF
set -euo pipefail

server_bin=${1:?server binary}
example=${2:?example config}
work=$(mktemp -d /tmp/commandpost-nginx.XXXXXX)
server_pid= nginx_started=
cleanup() {
    [[ -n $nginx_started ]] && nginx -p "$work" -c "$work/nginx.conf" -s stop 2>/dev/null || true
    [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; [[ -f $work/error.log ]] && cat "$work/error.log" >&2; exit 1; }

token=$("$server_bin" user add proxy --role responder --db "$work/server.sqlite" 2>/dev/null)
"$server_bin" --db "$work/server.sqlite" --listen 127.0.0.1:0 --log-level warning > "$work/server.out" &
server_pid=$!
for _ in $(seq 50); do grep -q 'listening on' "$work/server.out" && break; sleep 0.1; done
upstream=$(grep -o '127.0.0.1:[0-9]*' "$work/server.out") || fail "the server did not start"

openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost \
    -keyout "$work/key.pem" -out "$work/cert.pem" 2> /dev/null
# A port pair below the kernel's ephemeral range (32768 up) that nothing listens on; nginx
# is retried on a new pair if another process took it meanwhile.
listening() { (exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null; }
write_config() {
    sed -e "s|server 127.0.0.1:8470;|server $upstream;|" \
        -e "s|listen 443 ssl http2;|listen 127.0.0.1:$port ssl http2;|" \
        -e "s|listen 80;|listen 127.0.0.1:$redirect_port;|" \
        -e "/listen \[::\]/d" \
        -e "s|/etc/ssl/certs/commandpost.pem|$work/cert.pem|" \
        -e "s|/etc/ssl/private/commandpost.key|$work/key.pem|" \
        "$example" > "$work/site.conf"
    cat > "$work/nginx.conf" <<CONF
pid $work/nginx.pid;
error_log $work/error.log;
events {}
http {
    access_log $work/access.log;
    client_body_temp_path $work/body;
    proxy_temp_path $work/proxy;
    fastcgi_temp_path $work/fastcgi;
    uwsgi_temp_path $work/uwsgi;
    scgi_temp_path $work/scgi;
    include $work/site.conf;
}
CONF
}
started=""
for _ in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 12000))
    redirect_port=$((port + 1))
    if listening "$port" || listening "$redirect_port"; then continue; fi
    # The example as shipped, pointed at this test's certificate, ports and upstream.
    write_config
    nginx -p "$work" -c "$work/nginx.conf" -t 2> "$work/check.log" || { cat "$work/check.log"; fail "nginx -t"; }
    if nginx -p "$work" -c "$work/nginx.conf" -g 'daemon on; user root;' 2> "$work/start.log" ||
        nginx -p "$work" -c "$work/nginx.conf" -g 'daemon on;' 2>> "$work/start.log"; then
        started=1
        break
    fi
done
[[ -n $started ]] || { cat "$work/start.log"; fail "nginx did not start on any port tried"; }
nginx_started=1
base=https://localhost:$port
curl_tls() { curl -s --cacert "$work/cert.pem" --resolve "localhost:$port:127.0.0.1" "$@"; }
for _ in $(seq 50); do curl_tls -o /dev/null "$base/healthz" && break; sleep 0.1; done

[[ $(curl_tls "$base/healthz") == '{"status":"ok"}' ]] || fail "healthz over TLS"
[[ $(curl_tls -o /dev/null -w '%{http_code}' "$base/api/v1/incidents") == 401 ]] || fail "401 through the proxy"
event='{"events":[{"id":"proxy-1","incident":"proxy-incident","type":"incident.declared","occurred_at":"2026-11-22T10:00:00Z","data":{"title":"Through TLS","severity":"SEV3"}}]}'
curl_tls -H "Authorization: Bearer $token" -d "$event" "$base/api/v1/events" | grep -q '"seq":1' \
    || fail "POST through the proxy"
# A long-poll passes the proxy and is woken by a write.
curl_tls -H "Authorization: Bearer $token" "$base/api/v1/events?after=1&wait=20" > "$work/poll.json" &
poll=$!
sleep 1
curl_tls -H "Authorization: Bearer $token" -d "${event//proxy-1/proxy-2}" "$base/api/v1/events" > /dev/null
wait $poll
grep -q '"id":"proxy-2"' "$work/poll.json" || fail "long-poll through the proxy: $(cat "$work/poll.json")"
# nginx refuses an oversized body itself.
head -c 2000000 /dev/zero | tr '\0' ' ' > "$work/big.json"
[[ $(curl_tls -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" \
    --data-binary @"$work/big.json" "$base/api/v1/events") == 413 ]] || fail "413 at the proxy"
[[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$redirect_port/healthz") == 301 ]] \
    || fail "plain HTTP is redirected"
echo "nginx example: TLS, auth, writes, long-poll and limits work through the proxy"
