#!/usr/bin/env bash
# Times the IT-cost overview page and the JSON report for 60 units x 10 years x 5 million imported
# voucher rows (issue 4, "Speed": under 100 ms at the 95th percentile once warm). The first run
# imports ten synthetic SIE files into the data directory (minutes); later runs reuse it.
#
#   bench/itcost.sh                       # H2 in bench/out/itcost-data, 5,000,000 rows, 300 requests
#   ROWS=1000000 REQUESTS=100 bench/itcost.sh
#   SPRING_DATASOURCE_URL=jdbc:postgresql://localhost/styrbord_bench SPRING_DATASOURCE_USERNAME=styrbord \
#     SPRING_DATASOURCE_PASSWORD=styrbord bench/itcost.sh
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
ROWS=${ROWS:-5000000}
REQUESTS=${REQUESTS:-300}
DATA=${DATA:-bench/out/itcost-data}
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -B -q -o test-compile
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
echo "== $(nproc) cores, $("$JAVA" -version 2>&1 | head -1), $ROWS rows, $REQUESTS requests per target"
"$JAVA" -Xmx3g -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  se.styrbord.itcost.bench.ItcostBench "$DATA" "$ROWS" "$REQUESTS"
