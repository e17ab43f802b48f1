#!/usr/bin/env bash
# Times `styrbord check` against `grep -c '^#TRANS'` on a generated SIE 4E file of 6 million rows
# (about 300 MB), JVM start included, and checks a file of about 1 GB with a 256 MB heap.
# Target (issue "Ledger import"): check runs at >= 15 % of grep's speed.
#
#   bench/check-vs-grep.sh            # build, generate (once), time
#   ROWS=6000000 RUNS=5 bench/check-vs-grep.sh
#
# Files go to bench/out/ (ignored by git). Uses hyperfine when installed (apt-get install hyperfine),
# with --output=pipe: GNU grep stops at the first match when its output is /dev/null.
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
ROWS=${ROWS:-6000000}
BIG_ROWS=${BIG_ROWS:-20400000}
RUNS=${RUNS:-5}
OUT=bench/out
mkdir -p "$OUT"

if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -B -q -DskipTests package
fi
JAR=$(ls target/styrbord-*.jar | grep -v plain | head -1)
FILE=$OUT/sie-${ROWS}.se
BIG=$OUT/sie-${BIG_ROWS}.se

generate() { # rows file
  if [ ! -s "$2" ]; then
    echo "generating $2 ($1 rows)"
    "$JAVA" -cp target/classes se.styrbord.ledger.sie.SyntheticSie "$2" "$1"
  fi
}
generate "$ROWS" "$FILE"

echo "== $(du -h "$FILE" | cut -f1) $FILE, $(nproc) cores, $("$JAVA" -version 2>&1 | head -1)"
echo "-- what check reports:"
"$JAVA" -jar "$JAR" check --json "$FILE"
echo "-- what grep counts: $(grep -c '^#TRANS' "$FILE") #TRANS lines"

LAUNCHER=()
if [ -x ./styrbord ]; then
  touch "$JAR" # the launcher rebuilds when sources are newer than the jar
  LAUNCHER=("JAVA_HOME=$(dirname "$(dirname "$JAVA")") ./styrbord check $FILE")
fi
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 1 --runs "$RUNS" --output=pipe \
    "grep -c '^#TRANS' $FILE" \
    "$JAVA -jar $JAR check $FILE" \
    "$JAVA -jar $JAR check --json $FILE" \
    "${LAUNCHER[@]}"
else
  for i in $(seq "$RUNS"); do
    /usr/bin/time -f "grep  %e s" sh -c "grep -c '^#TRANS' $FILE | cat >/dev/null"
    /usr/bin/time -f "check %e s, max RSS %M KB" "$JAVA" -jar "$JAR" check "$FILE" >/dev/null
  done
fi

if [ -z "${SKIP_EXTRA:-}" ] && command -v hyperfine >/dev/null; then
  # For a launcher script to come: the same jar extracted to a plain class path, and with a JDK 25
  # ahead-of-time cache (JEP 483/514) trained on a small file. Not part of the target.
  rm -rf "$OUT/app" "$OUT/app.aot"
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$OUT/app" >/dev/null
  APP=$OUT/app/$(basename "$JAR")
  generate 200000 "$OUT/train.se"
  "$JAVA" -XX:AOTCacheOutput="$OUT/app.aot" -jar "$APP" check "$OUT/train.se" >/dev/null 2>&1
  hyperfine --warmup 1 --runs "$RUNS" --output=pipe \
    "$JAVA -jar $APP check $FILE" \
    "$JAVA -XX:AOTCache=$OUT/app.aot -jar $APP check $FILE"
fi

if [ -z "${SKIP_BIG:-}" ]; then
  generate "$BIG_ROWS" "$BIG"
  echo "== $(du -h "$BIG" | cut -f1) $BIG with -Xmx256m"
  /usr/bin/time -f "check -Xmx256m: %e s, max RSS %M KB" "$JAVA" -Xmx256m -jar "$JAR" check --json "$BIG"
fi
