#!/usr/bin/env bash
# Times the comparison page of an allocation run over 1,000 services × 60 units (720,000 monthly
# uses in the year): loads a fresh data directory (ComparisonPageData), starts the server on it,
# and asks for each page N times with curl after a warm-up. Prints median and 95th percentile.
#   bench/comparison-page.sh [N]     (default 50; needs a JDK 25 and curl; port 18181)
#   BENCH_REUSE=1 bench/comparison-page.sh   times again on the data directory of the last run
#   With SPRING_DATASOURCE_URL, _USERNAME and _PASSWORD set, loader and server use that (empty)
#   PostgreSQL database instead of H2.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-50}
port=18181
java=${JAVA:-$(ls -d /usr/lib/jvm/temurin-25*/bin/java 2>/dev/null | head -n 1)}
[ -x "$java" ] || { echo "bench: set JAVA to a JDK 25 java" >&2; exit 1; }
out=$(pwd)/bench/out
data=$out/data
mkdir -p "$out"

./mvnw -B -q -o test-compile
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"

if [ -n "${BENCH_REUSE:-}" ] && [ -f "$out/run-id" ]; then
  run=$(cat "$out/run-id")
else
  rm -rf "$data"
  run=$("$java" -Xmx4g -cp "$cp" se.styrbord.allocation.bench.ComparisonPageData "$data")
  echo "$run" >"$out/run-id"
fi
echo "bench: stored run $run"

STYRBORD_ADMIN_PASSWORD=bench-password-123 "$java" -Xmx2g -cp "$cp" se.styrbord.StyrbordApplication \
  --data-dir "$data" serve --port $port >"$out/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf -o /dev/null "http://localhost:$port/login" && break
  sleep 1
done

# Sign in once through the login form and reuse the session, so that the password hash of HTTP Basic
# (bcrypt, on purpose slow) is not timed with every page.
jar="$out/cookies"
rm -f "$jar"
csrf=$(curl -sf -c "$jar" -b "$jar" "http://localhost:$port/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=admin" \
  --data-urlencode "password=bench-password-123" --data-urlencode "_csrf=$csrf" "http://localhost:$port/login"

time_page() { # name path count
  local times=()
  for _ in $(seq 1 5); do curl -sf -o /dev/null -b "$jar" "http://localhost:$port$2"; done
  for _ in $(seq 1 "$3"); do
    times+=("$(curl -sf -o /dev/null -w '%{time_total}' -b "$jar" "http://localhost:$port$2")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v name="$1" -v n="$3" \
    '{ t[NR] = $1 } END { printf "%-34s n=%d  median %.0f ms  p95 %.0f ms  max %.0f ms\n", name, n, t[int((NR+1)/2)]*1000, t[int(NR*0.95+0.5)]*1000, t[NR]*1000 }'
}

time_page "stored run page" "/9998/allocation/runs/$run" "$n"
time_page "stored run as XLSX" "/9998/allocation/runs/$run/export?format=xlsx" 10
time_page "calculated comparison page" "/9998/allocation?year=2021&model=headcount" 10
time_page "stored run, reproduced (check)" "/9998/allocation/runs/$run?check=true" 5
