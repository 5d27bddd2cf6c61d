#!/usr/bin/env bash
# popsellctl end to end: every invocation starts its own in-memory sandbox (--sandbox), so
# each case stands alone; the fixed demo ids are chatroom 1 (ambassadors 1 and 2), product
# 2, brand tag 7. Checks what a script relies on: the JSON on stdout, the exit code, the
# messages on stderr, and that the token never shows.
# Usage: popsellctl_test.sh PATH_TO_POPSELLCTL      (coreutils, grep and sed only)
set -euo pipefail

ctl=${1:?usage: $0 PATH_TO_POPSELLCTL}
unset POPSELL_TOKEN
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=$work/stdout
err=$work/stderr
rc=0
failures=0
case_name=""

fail() {
    echo "FAIL [$case_name]: $*" >&2
    echo "  stdout: $(head -c 600 "$out")" >&2
    echo "  stderr: $(head -c 600 "$err")" >&2
    failures=$((failures + 1))
}

# run NAME ARGS...: runs popsellctl, keeping stdout, stderr and the exit code.
run() {
    case_name=$1
    shift
    set +e
    "$ctl" "$@" >"$out" 2>"$err"
    rc=$?
    set -e
}

expect_rc() { [[ $rc -eq $1 ]] || fail "exit code $rc, expected $1"; }
expect_out() { grep -Eq -- "$1" "$out" || fail "stdout lacks /$1/"; }
expect_err() { grep -Eq -- "$1" "$err" || fail "stderr lacks /$1/"; }
expect_no_out() { [[ ! -s $out ]] || fail "stdout is not empty"; }
# One JSON document on one line.
expect_json_doc() {
    [[ $(wc -l <"$out") -eq 1 ]] || fail "stdout is not one line"
    grep -Eq '^\{.*\}$' "$out" || fail "stdout is not a JSON object"
}
# How often a literal occurs in stdout.
count_out() { grep -o -- "$1" "$out" | wc -l; }

# ------------------------------------------------------------------ help and version
commands=(create-chatroom set-dialogue chatroom chatrooms ambassador-chatrooms
          manager-chatroom mark-read flag archive unarchive block unblock purge push-product
          post-message rate messages message edit-message hide unhide ambassadors
          manager-ambassadors micro-ambassadors products product brand-tags chat-topics
          chat-topic update-ambassador shop-customer brand logout)
run "help" --help
expect_rc 0
for command in "${commands[@]}"; do
    grep -Eq "^  $command " "$out" || fail "--help does not list $command"
done
expect_out '^Exit codes:'
for code in 0 1 2 3 4 5 6 7 8 9 10; do
    grep -Eq "^ +$code  " "$out" || fail "--help does not document exit code $code"
done

run "command help" push-product --help
expect_rc 0
expect_out '--ambassador ID'
expect_out '--product ID'
expect_out 'POST /chat/chatrooms/\{chatroom\}/messages-product'

run "version" --version
expect_rc 0
expect_out '^popsellctl [0-9]+\.[0-9]+\.[0-9]+$'

# ---------------------------------------------------------------- the seed operations
run "create-chatroom with ambassadors" --sandbox --json create-chatroom --ambassadors 1,3 --source 0
expect_rc 0
expect_json_doc
expect_out '"type_chatroom":0'
expect_out '"source":0'
expect_out '"id_ambassador":1,'
expect_out '"id_ambassador":3,'
expect_out '"id_brand_tag":null'

run "create-chatroom with a brand tag" --sandbox --json create-chatroom --brand-tag 7 --source waiting_list
expect_rc 0
expect_json_doc
expect_out '"id_brand_tag":7'
expect_out '"type_chatroom":7'
expect_out '"source":1'

run "push-product" --sandbox --json push-product 1 --ambassador 1 --product 2
expect_rc 0
expect_json_doc
expect_out '"type_message":3'
expect_out '"products":\[\{[^]]*"id_product":2'
expect_out '"id_chatroom":1'

run "rate" --sandbox --json rate 1 --rater 1 --rated 2
expect_rc 0
expect_json_doc
expect_out '"type_message":2'
expect_out '"rating":\{[^}]*"id_user_rated":2,"id_user_rater":1,"value":null\}'

run "rate and score" --sandbox --json rate 1 --rater 1 --rated 2 --value 4 --comment 'Très bien'
expect_rc 0
expect_json_doc
expect_out '"rating":\{"content":"Très bien",'
expect_out '"value":4\}'

run "mark-read" --sandbox --json mark-read 1 2
expect_rc 0
expect_json_doc
expect_out '^\{.*"id_chatroom":1,"id_message":[0-9]+,'

run "set-dialogue at a date" --sandbox --json set-dialogue 1 '2023-10-06 13:41:09.123'
expect_rc 0
expect_json_doc
expect_out '"established":true,"established_at":"2023-10-06T13:41:09.123Z"'
expect_out '"id_chatroom":1,'

run "set-dialogue now" --sandbox --json set-dialogue 1
expect_rc 0
expect_out '"established":true,"established_at":"20[0-9-]+T'

run "set-dialogue --clear" --sandbox --json set-dialogue 1 --clear
expect_rc 0
expect_out '"established":false,"established_at":null'

# ------------------------------------------------------------------------------- lists
run "chatrooms page" --sandbox --json chatrooms --per-page 5
expect_rc 0
expect_json_doc
[[ $(count_out '"type_chatroom":') -eq 5 ]] || fail "not 5 chatrooms"
expect_out '"per_page":5'
expect_out '"current_page":1'
expect_out '"total":[1-9][0-9]*'
expect_out '"next_page_url":"http'

run "chatrooms page, human" --sandbox chatrooms --per-page 5
expect_rc 0
[[ $(grep -Ec '^[0-9]+ ' "$out") -eq 5 ]] || fail "not 5 table rows"
expect_out '^ID +MEMBERS +LAST MESSAGE +SOURCE +FLAGS$'
expect_out '^page 1 of [0-9]+, [0-9]+ in total'

run "messages --all" --sandbox --json messages 1 --all
expect_rc 0
expect_json_doc
total=$(sed -E 's/.*"total":([0-9]+).*/\1/' "$out")
[[ $total -gt 15 ]] || fail "room 1 should span several pages, total $total"
[[ $(count_out '"type_message":') -eq $total ]] || fail "not all $total messages of room 1"
[[ $(count_out '"id_chatroom":1,') -eq $total ]] || fail "a message of another room"
expect_out '"next_page_url":null'

# -------------------------------------------------------------------------- exit codes
run "unknown chatroom" --sandbox chatroom 999999
expect_rc 6
expect_no_out
expect_err 'does not exist'

run "unknown chatroom, json" --sandbox --json chatroom 999999
expect_rc 6
expect_no_out
[[ $(wc -l <"$err") -eq 1 ]] || fail "the JSON error is not one line"
expect_err '^\{"error":\{.*"exit_code":6.*"kind":"not_found".*"status":404\}\}$'

# Exactly one of --ambassadors and --brand-tag: a command-line rule, checked before
# anything is sent (exit 2, like every usage error).
run "both --ambassadors and --brand-tag" --sandbox create-chatroom --ambassadors 1,2 --brand-tag 7 --source 0
expect_rc 2
expect_no_out
expect_err 'either --ambassadors'

run "unknown product" --sandbox push-product 1 --ambassador 1 --product 999999
expect_rc 7
expect_no_out
expect_err '^id_product: '

run "unknown product, json" --sandbox --json push-product 1 --ambassador 1 --product 999999
expect_rc 7
expect_no_out
expect_err '"fields":\{"id_product":\['
expect_err '"kind":"validation"'

run "bad token" --sandbox --token not-a-valid-token chatroom 1
expect_rc 4
expect_no_out

# The sandbox's brand is 3: another X-Popsell-Brand is refused.
run "another brand" --sandbox --brand 4 chatroom 1
expect_rc 5
expect_no_out

run "unreachable server" --base-url http://127.0.0.1:9/api/v2 --token t0k3n --brand 3 chatroom 1
expect_rc 3
expect_no_out

run "plain http off loopback" --base-url http://example.com/api/v2 --token t0k3n --brand 3 chatroom 1
expect_rc 10
expect_no_out

run "usage: missing argument" --sandbox chatroom
expect_rc 2
expect_no_out
expect_err 'CHATROOM'

run "usage: unknown command" --sandbox frobnicate
expect_rc 2
expect_err 'unknown command'

run "usage: unknown option" --sandbox chatrooms --frobnicate
expect_rc 2

run "usage: bad value" --sandbox chatrooms --per-page many
expect_rc 2

run "usage: no server" chatroom 1
expect_rc 2

run "usage, json" --json --sandbox chatroom abc
expect_rc 2
expect_no_out
expect_err '^\{"error":\{.*"kind":"usage"'

# ------------------------------------------------------------- the token never shows
canary=canary-token-5f0d2c1e9a
run "token canary" --sandbox --verbose --token "$canary" chatroom 1
expect_rc 4
expect_err 'HTTP 401'
if grep -q -- "$canary" "$err" "$out"; then fail "the token was printed"; fi

run "token canary, json" --sandbox --verbose --json --token "$canary" chatroom 1
expect_rc 4
if grep -q -- "$canary" "$err" "$out"; then fail "the token was printed"; fi

run "token canary in the environment" --base-url http://127.0.0.1:9/api/v2 --brand 3 --verbose chatroom 1
expect_rc 2 # POPSELL_TOKEN unset: no credentials
POPSELL_TOKEN=$canary run "token canary from POPSELL_TOKEN" --base-url http://127.0.0.1:9/api/v2 --brand 3 --verbose chatroom 1
expect_rc 3
if grep -q -- "$canary" "$err" "$out"; then fail "the token was printed"; fi

key_canary=canary-key-77b1e0
run "api key canary" --sandbox --verbose --api-key "$key_canary" chatroom 1
expect_rc 4
if grep -q -- "$key_canary" "$err" "$out"; then fail "the API key was printed"; fi

if [[ $failures -gt 0 ]]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "popsellctl: all checks passed"
