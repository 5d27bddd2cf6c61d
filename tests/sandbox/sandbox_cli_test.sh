#!/usr/bin/env bash
# The popsell-sandbox executable as scripts use it: the first stdout line, a token and a
# write over real HTTP with curl, persistence across a restart on the same --data file,
# fault mode and the effects ledger, --idempotency off, --help and bad arguments.
# Usage: sandbox_cli_test.sh <path-to-popsell-sandbox>
set -euo pipefail

bin=${1:?usage: $0 <path-to-popsell-sandbox>}
[[ -x $bin ]] || { echo "not an executable: $bin" >&2; exit 2; }

work=$(mktemp -d)
server_pid=
cleanup() {
    if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

domain=cli.popsell.test
key=cli-brand-key-42
data=$work/sandbox.sqlite

# Starts the sandbox in the background; sets server_pid, line and base.
start_sandbox() {
    : >"$work/stdout"
    "$bin" --port 0 --quiet --data "$data" --domain "$domain" --api-key "$key" "$@" \
        >"$work/stdout" 2>"$work/stderr" &
    server_pid=$!
    for _ in $(seq 1 300); do
        if [[ -s $work/stdout ]] && grep -q . "$work/stdout"; then
            break
        fi
        kill -0 "$server_pid" 2>/dev/null || fail "sandbox exited early: $(cat "$work/stderr")"
        sleep 0.1
    done
    line=$(head -n 1 "$work/stdout")
    [[ -n $line ]] || fail "no line on stdout after 30 s"
    base=$(sed -n 's|^popsell-sandbox listening on \(http://[^ ]*\) .*|\1|p' <<<"$line")
}

stop_sandbox() {
    kill "$server_pid"
    wait "$server_pid" 2>/dev/null || true
    server_pid=
}

# request METHOD PATH [BODY]: prints the body, then the status on the last line.
request() {
    local method=$1 path=$2 body=${3:-}
    local args=(-sS -X "$method" -H 'Accept: application/json' -H "Authorization: Bearer $token"
        -H 'X-Popsell-Brand: 3' -o "$work/body" -w '%{http_code}')
    [[ -z $body ]] || args+=(-H 'Content-Type: application/json' --data-binary "$body")
    status=$(curl "${args[@]}" "$base$path")
    response=$(cat "$work/body")
}

login() {
    status=$(curl -sS -X POST -H "X-Popsell-Domain: $domain" -H 'Content-Type: application/json' \
        --data-binary "{\"api_key\":\"$key\"}" -o "$work/body" -w '%{http_code}' "$base/auth/token")
    [[ $status == 200 ]] || fail "POST /auth/token answered $status: $(cat "$work/body")"
    token=$(sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p' "$work/body")
    [[ -n $token ]] || fail "no token in $(cat "$work/body")"
}

# The first value of a numeric field in the last response.
json_number() { grep -o "\"$1\" *: *[0-9][0-9]*" <<<"$response" | head -n 1 | sed 's/.*: *//'; }

# ---------------------------------------------------------------- first start

start_sandbox --rooms 20 --messages 200
pattern="^popsell-sandbox listening on http://127\.0\.0\.1:[1-9][0-9]*/api/v2 domain ${domain//./\\.} api-key $key brand 3\$"
grep -Eq "$pattern" <<<"$line" || fail "unexpected first line: $line"
[[ $line != *0.0.0.0* ]] || fail "listening on every interface: $line"
port=${base##*:}
port=${port%%/*}

# The listening socket is bound to the loopback address only (Linux: /proc/net/tcp).
if [[ -r /proc/net/tcp ]]; then
    hexport=$(printf '%04X' "$port")
    grep -Eq "^ *[0-9]+: 0100007F:$hexport 00000000:0000 0A" /proc/net/tcp ||
        fail "no loopback listener for port $port in /proc/net/tcp"
    if grep -Eq "^ *[0-9]+: 00000000:$hexport 00000000:0000 0A" /proc/net/tcp; then
        fail "port $port listens on 0.0.0.0"
    fi
fi

# The printed key and the custom domain work; another domain does not.
login
wrong=$(curl -sS -o /dev/null -w '%{http_code}' -X POST -H 'X-Popsell-Domain: demo.popsell.test' \
    -H 'Content-Type: application/json' --data-binary "{\"api_key\":\"$key\"}" "$base/auth/token")
[[ $wrong == 401 ]] || fail "a token for another domain answered $wrong"

request GET '/manager/chatrooms?per_page=1'
[[ $status == 200 ]] || fail "GET /manager/chatrooms answered $status"
rooms_before=$(json_number total)
[[ $rooms_before == 20 ]] || fail "expected 20 chatrooms (--rooms 20), got '$rooms_before'"

request POST /chat/chatrooms '{"ids_ambassadors":[5,6],"source":0}'
[[ $status == 201 ]] || fail "POST /chat/chatrooms answered $status: $response"
room=$(json_number id_chatroom)
[[ $room == 21 ]] || fail "expected the new chatroom to be 21, got '$room'"

request POST "/chat/chatrooms/$room/messages" \
    '{"id_ambassador":5,"type_message":0,"content":"cli-restart-check é"}'
[[ $status == 201 ]] || fail "POST /chat/chatrooms/$room/messages answered $status: $response"
message=$(json_number id_message)
[[ -n $message ]] || fail "no id_message in $response"

request GET "/chat/chatrooms/1/messages?per_page=1"
messages_room_1=$(json_number total)

stop_sandbox

# ---------------------------------------------------------------- restart on the same file

# Other sizes on an existing file change nothing: demo data is generated only once.
start_sandbox --rooms 5 --messages 10
grep -Eq "$pattern" <<<"$line" || fail "unexpected first line after restart: $line"
login

request GET '/manager/chatrooms?per_page=1'
[[ $(json_number total) == 21 ]] || fail "after restart: expected 21 chatrooms, got: $response"
request GET "/chat/chatrooms/1/messages?per_page=1"
[[ $(json_number total) == "$messages_room_1" ]] || fail "chatroom 1 messages changed: $response"
request GET "/chat/chatrooms/$room/messages"
[[ $status == 200 ]] || fail "GET messages of chatroom $room answered $status"
grep -q 'cli-restart-check é' <<<"$response" || fail "the message did not survive the restart: $response"
[[ $(json_number id_message) == "$message" ]] || fail "message id changed: $response"

# ---------------------------------------------------------------- scripts/seed-examples.sh

# The script the docs point to for comparing the five seed operations with the reference.
seed_script="$(dirname "$0")/../../scripts/seed-examples.sh"
seed_output=$(bash "$seed_script" "$base" "$domain" "$key" 3) || fail "seed-examples.sh failed"
statuses=$(grep '^HTTP ' <<<"$seed_output" | tr '\n' ' ')
[[ $statuses == "HTTP 201 HTTP 201 HTTP 201 HTTP 200 HTTP 200 " ]] ||
    fail "seed-examples.sh answers: $statuses"
grep -q '"type_message":3' <<<"$seed_output" || fail "the product message is not type 3"
grep -q '^\[{"ambassadors"' <<<"$seed_output" || fail "PATCH chatroom did not answer an array"
grep -q '"established_dialogue":"2023-10-06 13:41:09.123"' <<<"$seed_output" ||
    fail "established_dialogue not echoed in its documented shape"

stop_sandbox

# ---------------------------------------------------------------- fault mode and the ledger

origin() { printf '%s' "${base%/api/v2}"; }

start_sandbox --faults 'commit-close#1@product-message' --fault-seed 3
[[ $line =~ \ faults-direct\ http://127\.0\.0\.1:[1-9][0-9]*/api/v2$ ]] ||
    fail "fault mode: unexpected first line: $line"
login
key=cli-fault-$RANDOM$RANDOM
body='{"id_ambassador":1,"id_product":3}'
code=0
curl -sS -o /dev/null -X POST -H "Authorization: Bearer $token" -H 'X-Popsell-Brand: 3' \
    -H 'Content-Type: application/json' -H "Idempotency-Key: $key" --data-binary "$body" \
    "$base/chat/chatrooms/1/messages-product" 2>/dev/null || code=$?
[[ $code == 52 ]] || fail "commit-close: curl should see an empty reply (52), got $code"
replayed=$(curl -sS -D - -o /dev/null -X POST -H "Authorization: Bearer $token" \
    -H 'X-Popsell-Brand: 3' -H 'Content-Type: application/json' -H "Idempotency-Key: $key" \
    --data-binary "$body" "$base/chat/chatrooms/1/messages-product")
grep -qi '^Idempotent-Replayed: true' <<<"$replayed" || fail "the retry was not a replay: $replayed"
effects=$(curl -sS "$(origin)/__sandbox/effects?key=$key")
grep -q "\"by_key\":{\"$key\":1}" <<<"$effects" || fail "ledger: expected one effect: $effects"
grep -q '"fault":"commit-close"' <<<"$effects" || fail "ledger: the fault is not recorded: $effects"
faults=$(curl -sS "$(origin)/__sandbox/faults")
grep -q '"commit-close":1' <<<"$faults" || fail "/__sandbox/faults: $faults"
stop_sandbox

# The ledger and the fault counts are in the data file: a plain restart still has them.
start_sandbox
effects=$(curl -sS "$(origin)/__sandbox/effects?key=$key")
grep -q "\"by_key\":{\"$key\":1}" <<<"$effects" || fail "ledger after restart: $effects"
grep -q '"commit-close":1' <<<"$(curl -sS "$(origin)/__sandbox/faults")" ||
    fail "fault counts lost at restart"
stop_sandbox

# --idempotency off: the same key applies twice.
start_sandbox --idempotency off
login
key=cli-off-$RANDOM$RANDOM
for _ in 1 2; do
    status=$(curl -sS -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $token" \
        -H 'X-Popsell-Brand: 3' -H 'Content-Type: application/json' -H "Idempotency-Key: $key" \
        --data-binary "$body" "$base/chat/chatrooms/1/messages-product")
    [[ $status == 201 ]] || fail "--idempotency off: POST answered $status"
done
effects=$(curl -sS "$(origin)/__sandbox/effects?key=$key")
grep -q "\"by_key\":{\"$key\":2}" <<<"$effects" || fail "--idempotency off: $effects"
stop_sandbox

# ---------------------------------------------------------------- --help and bad arguments

help=$(timeout 10 "$bin" --help) || fail "--help exited non-zero"
grep -q -- '--rooms' <<<"$help" || fail "--help does not mention --rooms"
grep -q -- '--data' <<<"$help" || fail "--help does not mention --data"
grep -q -- '--faults' <<<"$help" || fail "--help does not mention --faults"

for bad in "--port abc" "--port 70000" "--rooms 0" "--messages -1" "--frobnicate" \
    "--api-key same --ambassador-api-key same" "--faults explode" "--faults 500:1.5" \
    "--faults 500@nowhere" "--faults drip-ms=0" "--faults all --host 0.0.0.0" \
    "--fault-seed -1" "--idempotency maybe"; do
    code=0
    # shellcheck disable=SC2086 # the arguments are split on purpose
    timeout 10 "$bin" --quiet $bad >"$work/bad.out" 2>"$work/bad.err" || code=$?
    [[ $code != 0 ]] || fail "'$bad' was accepted"
    [[ $code != 124 ]] || fail "'$bad' started a server instead of failing"
    [[ -s $work/bad.err ]] || fail "'$bad' failed without a message on stderr"
    [[ ! -s $work/bad.out ]] || fail "'$bad' printed on stdout: $(cat "$work/bad.out")"
done

echo "sandbox_cli: all checks passed"
