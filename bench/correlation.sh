#!/usr/bin/env bash
# Correlation benchmark: generated daily bars of N tickers (ingested into stores first, not timed),
# then all-pairs correlation of their close prices: Nightshift's correlation job against pandas'
# DataFrame.corr() on the same stores aligned on their dates, in the same run, alternating.
# Writes bench/CORRELATION.md. Needs pandas and PyTables (Debian: python3-pandas python3-tables).
#
#   bench/correlation.sh                  100, 500 and 1000 tickers x 2520 days
#   SERIES="50 200" REPS=5 bench/correlation.sh
set -euo pipefail

cd "$(dirname "$0")/.."
SERIES=${SERIES:-100 500 1000}
DAYS=${DAYS:-2520}
REPS=${REPS:-3}
REPORT=bench/CORRELATION.md
WORK=$(mktemp -d "${TMPDIR:-/tmp}/nightshift-correlation.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
# Before anything writes the report, which git tracks.
COMMIT="\`$(git rev-parse --short HEAD)\`$(git diff --quiet || echo ' (with uncommitted changes)')"

source bench/pandas-common.sh

# Prints the seconds of DataFrame.corr() alone; the whole process is timed outside.
PANDAS='
import glob, os, sys, time, pandas as pd
series = {os.path.basename(f)[:-3]: pd.read_hdf(f, "data")["close"] for f in sorted(glob.glob(os.path.join(sys.argv[1], "*.h5")))}
frame = pd.concat(series, axis=1)
start = time.perf_counter()
corr = frame.corr()
print("%.3f" % (time.perf_counter() - start))
corr.to_hdf(sys.argv[2], key="data")
'
SAME='
import sys, numpy as np, pandas as pd
ours, theirs = pd.read_hdf(sys.argv[1], "data"), pd.read_hdf(sys.argv[2], "data")
assert (ours.index == theirs.index).all() and (np.isnan(ours.values) == np.isnan(theirs.values)).all()
print("%.1e" % np.nanmax(np.abs(ours.values - theirs.values)))
'

step_seconds() { # step_seconds <execution> <step>: the step's duration from status --json
	NIGHTSHIFT_HOME="$WORK/home" ./nightshift status "$1" --json | "$PYTHON" -c '
import json, re, sys
step = next(s for s in json.load(sys.stdin)["steps"] if s["name"] == sys.argv[1])
print("%.3f" % float(re.match(r"PT([0-9.]+)S", step["duration"]).group(1)))' "$2"
}

./nightshift jobs >/dev/null # builds the application first, outside the timings

ROWS=""
for n in $SERIES; do
	./nightshift generate stocks --tickers "$n" --days "$DAYS" --seed 1 --out "$WORK/json-$n" >&2
	NIGHTSHIFT_HOME="$WORK/home" ./nightshift launch ingest input="$WORK/json-$n" output="$WORK/stores-$n" >/dev/null
	CORR=() SCRIPT=() WHOLE=() JOB=() PAIRS=()
	for ((rep = 1; rep <= REPS; rep++)); do
		SCRIPT+=("$(seconds "$PYTHON" -c "$PANDAS" "$WORK/stores-$n" "$WORK/pandas.h5")")
		CORR+=("$(cat "$WORK/last.log")")
		rm -rf "$WORK/out"
		WHOLE+=("$(seconds env NIGHTSHIFT_HOME="$WORK/home" ./nightshift launch correlation input="$WORK/stores-$n" \
			output="$WORK/out" --new-run)")
		JOB+=("$(sed -n 's/^correlation COMPLETED in \([0-9.]*\) s.*/\1/p' "$WORK/last.log")")
		execution=$(sed -n 's/^correlation COMPLETED .*(execution \([0-9]*\),.*/\1/p' "$WORK/last.log")
		PAIRS+=("$(step_seconds "$execution" pairs)")
		echo "[correlation bench] $n series, run $rep: pandas corr ${CORR[-1]} s, Nightshift pairs ${PAIRS[-1]} s" >&2
	done
	diff=$("$PYTHON" -c "$SAME" "$WORK/out/correlation.h5" "$WORK/pandas.h5")
	ratio=$(awk -v p="$(middle "${CORR[@]}")" -v n="$(middle "${PAIRS[@]}")" 'BEGIN { printf "%.1f", p / n }')
	ROWS+="| $n | $(median "${CORR[@]}") | $(median "${PAIRS[@]}") | **${ratio}×** | $(median "${SCRIPT[@]}") | $(median "${WHOLE[@]}") | $(median "${JOB[@]}") | $diff |"$'\n'
	rm -rf "$WORK/json-$n"
done

cat >"$REPORT" <<REPORT
# Correlation benchmark

Written by \`bench/correlation.sh\` (SERIES="$SERIES" DAYS=$DAYS REPS=$REPS) on $(date -u '+%Y-%m-%d %H:%M') UTC, commit
$COMMIT. Seconds, median of $REPS (min–max),
pandas and Nightshift alternating on the same stores.
Load average before: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg).
Machine: $(nproc) cores, $(java -version 2>&1 | head -1), pandas $("$PYTHON" -c 'import pandas; print(pandas.__version__)').

Data: \`./nightshift generate stocks --tickers N --days $DAYS --seed 1\`, ingested into one store per
ticker; the close prices of all stores aligned on the union of their dates (late starts and missing
days leave gaps, so every pair has its own common dates).

| series | pandas \`corr()\` s | Nightshift \`pairs\` step s | ratio | pandas script s | Nightshift process s | of it the job s | largest difference |
|---|---|---|---|---|---|---|---|
$ROWS
The ratio compares the computations: \`DataFrame.corr()\` alone, against the job's partitioned
\`pairs\` step (all tiles of the upper triangle on the engine's threads). The pandas script also
reads the stores and aligns them; the Nightshift process also starts the JVM, loads and aligns the
stores (step \`load\`) and writes \`correlation.h5\`, \`top-pairs.csv\` and the two charts (step
\`publish\`). "Largest difference" is the largest absolute difference between the two matrices of
the last run; both have NaN in the same places.
REPORT
cat "$REPORT"
