#!/usr/bin/env bash
# Command Post developer set-up: installs what is missing, builds, then runs or tests.
#
#   packaging/setup.sh run   [console args…]  install, build, start the console
#   packaging/setup.sh test                   install, build, run every test; then the
#                                             console's GUI tests again under ASan and UBSan
#   packaging/setup.sh bench [bench args…]    install, build optimised, run the benchmarks
#   packaging/setup.sh deps  [--test]         only install the Debian packages
#   packaging/setup.sh build                  only configure and build
#
# Environment: BUILD_DIR (default: build/dev; bench: build/release), BUILD_TYPE (default:
# Debug; bench: RelWithDebInfo).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [ "${1:-}" = bench ]; then
    build_dir=${BUILD_DIR:-$root/build/release}
    build_type=${BUILD_TYPE:-RelWithDebInfo}
    extra_cmake_args=(-DCOMMANDPOST_BUILD_TESTS=OFF) # the benchmarks need no test binaries
else
    build_dir=${BUILD_DIR:-$root/build/dev}
    build_type=${BUILD_TYPE:-Debug}
    extra_cmake_args=(-DCOMMANDPOST_BUILD_TESTS=ON) # also where `bench` built without them
fi

say() { printf '[setup] %s\n' "$*" >&2; }

# Prints the packages of debian-packages.txt for the given use ("run" or "test").
wanted_packages() {
    local use=$1
    grep -v -E '^\s*(#|$)' "$root/packaging/debian-packages.txt" | while read -r name tag; do
        if [ -z "$tag" ] || [ "$use" = test ]; then echo "$name"; fi
    done
}

is_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

install_deps() {
    local use=$1 missing=()
    for pkg in $(wanted_packages "$use"); do
        is_installed "$pkg" || missing+=("$pkg")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        say "all Debian packages present"
        return
    fi
    say "installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    say "packages installed"
}

build() {
    say "configuring $build_dir ($build_type)"
    cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" \
        "${extra_cmake_args[@]}" >/dev/null
    say "building with $(nproc) jobs"
    cmake --build "$build_dir" --parallel "$(nproc)"
}

run_tests() {
    say "running the test suite"
    (cd "$build_dir" && ctest --output-on-failure --parallel "$(nproc)" --timeout 600)
    # What the randomized fault runs did (SQLite and PostgreSQL): seed and counts.
    grep -ho 'fault run: seed.*stores' "$build_dir/Testing/Temporary/LastTest.log" >&2 || true
}

# Everything built again with AddressSanitizer and UBSan, and the whole suite run there: any
# memory error, undefined behaviour or leak of ours fails.
run_sanitized_tests() {
    local dir=$root/build/asan
    say "building everything again with AddressSanitizer and UBSan ($dir)"
    (cd "$root" && cmake --preset asan >/dev/null)
    cmake --build "$dir" --parallel "$(nproc)"
    say "running the whole suite under the sanitizers"
    (cd "$dir" &&
        ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:verify_asan_link_order=0 \
        UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0" \
        ctest --output-on-failure --parallel "$(nproc)" --timeout 900)
}

run_fuzzers() {
    say "fuzzing each target for 20 s (fuzz/README.md)"
    "$root/fuzz/run.sh" 20
}

cmd=${1:-}
shift || true
case "$cmd" in
run)
    install_deps run
    build
    say "starting the console (data: ${COMMANDPOST_DATA:-per-user data dir})"
    exec "$build_dir/bin/commandpost" "$@"
    ;;
test)
    install_deps test
    build
    run_tests
    run_sanitized_tests
    run_fuzzers
    ;;
bench)
    install_deps test # Xvfb: the console's start and memory are measured in a real X server
    build
    say "running the benchmarks (results: $build_dir/benchmarks.md)"
    xvfb-run -a -s "-screen 0 1280x800x24" "$build_dir/bin/commandpost-bench" \
        --output "$build_dir/benchmarks.md" "$@"
    ;;
deps)
    if [ "${1:-}" = --test ]; then install_deps test; else install_deps run; fi
    ;;
build)
    build
    ;;
*)
    sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
