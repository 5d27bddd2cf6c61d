#!/usr/bin/env bash
# Runs the five seed operations of the reference (create chatroom, push a product
# message, request a rating, mark read, set established_dialogue) with curl against a
# running sandbox, and prints each answer, so their shapes can be compared with the
# examples of ../shared/api/popsell-chat-openapi.yaml.
#
#   scripts/seed-examples.sh [BASE_URL] [DOMAIN] [API_KEY] [BRAND]
# Defaults match popsell-sandbox's defaults (http://127.0.0.1:8765/api/v2 ...).
set -euo pipefail
base="${1:-http://127.0.0.1:8765/api/v2}"
domain="${2:-demo.popsell.test}"
key="${3:-demo-brand-key}"
brand="${4:-3}"

json=(-H 'Accept: application/json' -H 'Content-Type: application/json')
call() { # METHOD PATH [BODY] -> prints "HTTP <status>" then the body
  local method=$1 path=$2 body=${3:-}
  local args=(-sS -X "$method" "${json[@]}" -H "Authorization: Bearer $token" -H "X-Popsell-Brand: $brand"
              -w '\nHTTP %{http_code}\n')
  [ "$method" = POST ] && args+=(-H "Idempotency-Key: seed-$RANDOM-$RANDOM-$(date +%s%N)")
  [ -n "$body" ] && args+=(-d "$body")
  curl "${args[@]}" "$base$path"
}

token=$(curl -sS -X POST "${json[@]}" -H "X-Popsell-Domain: $domain" \
          -d "{\"api_key\":\"$key\"}" "$base/auth/token" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "seed-examples: no token from $base/auth/token" >&2; exit 1; }

echo "== 001 POST /chat/chatrooms (two ambassadors)"
created=$(call POST /chat/chatrooms '{"ids_ambassadors":[1,2],"source":2}')
echo "$created"
room=$(printf '%s' "$created" | sed -n 's/^{"id_chatroom":\([0-9]*\).*/\1/p; s/.*"id_chatroom":\([0-9]*\),"last_message_date".*/\1/p' | head -n 1)
room=${room:-1}

echo "== 000 POST /chat/chatrooms/$room/messages-product"
call POST "/chat/chatrooms/$room/messages-product" '{"id_ambassador":1,"id_product":2}'

echo "== 002 POST /chat/chatrooms/$room/ratings"
call POST "/chat/chatrooms/$room/ratings" '{"id_user_rated":2,"id_user_rater":1}'

echo "== 003 POST /chat/chatrooms/$room/ambassadors/2/read"
call POST "/chat/chatrooms/$room/ambassadors/2/read"

echo "== 004 PATCH /chat/chatrooms/$room"
call PATCH "/chat/chatrooms/$room" '{"established_dialogue":"2023-10-06 13:41:09.123"}'
