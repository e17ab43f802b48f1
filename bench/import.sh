#!/usr/bin/env bash
# Times `styrbord import` of a generated SIE 4E file (6 million rows, about 300 MB) into the embedded
# H2 database and into PostgreSQL, and imports a 1 GB file with a 256 MB heap.
# Targets (issue "Ledger import"): PostgreSQL >= 300,000 rows/s, H2 >= 100,000 rows/s.
#
#   bench/import.sh                    # both databases; PostgreSQL at localhost, role/db created here
#   DATABASES=h2 ROWS=1000000 bench/import.sh
#
# The reported rows/s is the import alone (file read, stored, summed, committed), as the command
# prints it; the whole command's wall time, JVM start included, is printed beside it.
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
ROWS=${ROWS:-6000000}
BIG_ROWS=${BIG_ROWS:-20400000}
DATABASES=${DATABASES:-"h2 postgres"}
OUT=bench/out
mkdir -p "$OUT"
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -B -q -DskipTests package
JAR=$(ls target/styrbord-*.jar | grep -v plain | head -1)

generate() { # rows file
  [ -s "$2" ] || "$JAVA" -cp target/classes se.styrbord.ledger.sie.SyntheticSie "$2" "$1"
}
FILE=$OUT/sie-${ROWS}.se
generate "$ROWS" "$FILE"
echo "== $(du -h "$FILE" | cut -f1) $FILE ($ROWS rows), $(nproc) cores, $("$JAVA" -version 2>&1 | head -1)"

run() { # label heap extra-env...
  local label=$1 heap=$2
  shift 2
  local data
  data=$(mktemp -d)
  env "$@" "$JAVA" -jar "$JAR" --data-dir "$data" demo >/dev/null 2>&1
  local start end
  start=$(date +%s.%N)
  env "$@" "$JAVA" "-Xmx$heap" -jar "$JAR" --data-dir "$data" import --municipality 9999 "$FILE_UNDER_TEST"
  end=$(date +%s.%N)
  echo "   $label: whole command $(echo "$end - $start" | bc) s with -Xmx$heap"
  rm -rf "$data"
}

postgres_env() {
  su postgres -c "psql -q" <<'SQL' >/dev/null
do $$ begin
  if not exists (select from pg_roles where rolname = 'styrbord') then create role styrbord login password 'styrbord'; end if;
end $$;
drop database if exists styrbord_bench;
create database styrbord_bench owner styrbord;
SQL
  echo SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/styrbord_bench SPRING_DATASOURCE_USERNAME=styrbord \
    SPRING_DATASOURCE_PASSWORD=styrbord
}

export LOGGING_LEVEL_SE_STYRBORD_LEDGER=${LOG_LEVEL:-debug}
FILE_UNDER_TEST=$FILE
for db in $DATABASES; do
  case $db in
    h2) run "H2" 2g STYRBORD_ADMIN_PASSWORD=bench-password ;;
    postgres) run "PostgreSQL" 2g STYRBORD_ADMIN_PASSWORD=bench-password $(postgres_env) ;;
  esac
done

if [ -n "${BIG:-}" ]; then
  FILE_UNDER_TEST=$OUT/sie-${BIG_ROWS}.se
  generate "$BIG_ROWS" "$FILE_UNDER_TEST"
  echo "== $(du -h "$FILE_UNDER_TEST" | cut -f1) $FILE_UNDER_TEST with a 256 MB heap"
  for db in $DATABASES; do
    case $db in
      h2) run "H2" 256m STYRBORD_ADMIN_PASSWORD=bench-password ;;
      postgres) run "PostgreSQL" 256m STYRBORD_ADMIN_PASSWORD=bench-password $(postgres_env) ;;
    esac
  done
fi
