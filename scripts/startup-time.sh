#!/bin/sh
# Start-up time of the packaged bot: from `java -jar` to health UP, then its RSS; stops it again.
# Usage: scripts/startup-time.sh [java options...]   (run from the project root after the package step)
#   HEALTH_URL  health endpoint to poll (default http://127.0.0.1:$PORT/actuator/health)
#   PORT        HTTP port given to the bot (default 18080); JAR the jar (default bot/target/market-assistant.jar)
# A fresh data folder is used for every run. Prints: "up_ms=<ms> rss_kb=<kB>".
PORT=${PORT:-18080}
URL=${HEALTH_URL:-http://127.0.0.1:$PORT/actuator/health}
JAR=${JAR:-bot/target/market-assistant.jar}
DATA=$(mktemp -d)
START=$(date +%s%N)
MARKET_DATA_DIR=$DATA SERVER_PORT=$PORT java "$@" -jar "$JAR" >"$DATA/out.log" 2>&1 &
PID=$!
i=0
while [ $i -lt 1200 ]; do
  if curl -fs "$URL" 2>/dev/null | grep -q '"status":"UP"'; then break; fi
  if ! kill -0 $PID 2>/dev/null; then echo "bot exited early" >&2; tail -20 "$DATA/out.log" >&2; rm -rf "$DATA"; exit 1; fi
  sleep 0.02; i=$((i + 1))
done
UP=$(( ($(date +%s%N) - START) / 1000000 ))
RSS=$(awk '/VmRSS/ {print $2}' /proc/$PID/status)
echo "up_ms=$UP rss_kb=$RSS"
kill $PID; wait $PID 2>/dev/null
rm -rf "$DATA"
