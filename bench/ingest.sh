#!/usr/bin/env bash
# Ingest benchmark: generated daily bars (one NDJSON file per ticker) into one HDF5 store per
# file, Nightshift's ingest job against the loop of seed 001 in pandas (read_json(lines=True),
# then to_hdf), on the same files, in the same run, alternating, each timed as a whole process.
# Writes bench/INGEST.md. Needs pandas and PyTables (Debian: python3-pandas python3-tables).
#
#   bench/ingest.sh                      500 and 2000 tickers x 2520 days
#   TICKERS="100 200" DAYS=504 REPS=5 bench/ingest.sh
set -euo pipefail

cd "$(dirname "$0")/.."
TICKERS=${TICKERS:-500 2000}
DAYS=${DAYS:-2520}
REPS=${REPS:-3}
REPORT=bench/INGEST.md
WORK=$(mktemp -d "${TMPDIR:-/tmp}/nightshift-ingest.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
# Before anything writes the report, which git tracks.
COMMIT="\`$(git rev-parse --short HEAD)\`$(git diff --quiet || echo ' (with uncommitted changes)')"

source bench/pandas-common.sh

PANDAS_LOOP='
import glob, os, sys, pandas as pd
for fn in sorted(glob.glob(os.path.join(sys.argv[1], "*.json"))):
    df = pd.read_json(fn, lines=True).set_index("date")
    df.to_hdf(os.path.join(sys.argv[2], os.path.basename(fn)[:-5] + ".h5"), key="data")
'
SAME_FRAMES='
import glob, os, sys, pandas as pd
stores = sorted(glob.glob(os.path.join(sys.argv[1], "*.h5")))
for ours in stores:
    theirs = os.path.join(sys.argv[2], os.path.basename(ours))
    pd.testing.assert_frame_equal(pd.read_hdf(ours, "data"), pd.read_hdf(theirs, "data"), check_exact=False, rtol=1e-15)
print(len(stores))
'


./nightshift jobs >/dev/null # builds the application first, outside the timings

ROWS_TABLE=""
for tickers in $TICKERS; do
	stocks="$WORK/stocks-$tickers"
	./nightshift generate stocks --tickers "$tickers" --days "$DAYS" --seed 1 --out "$stocks" >&2
	rows=$(cat "$stocks"/*.json | wc -l)
	mb=$(du -sm "$stocks" | cut -f1)
	PANDAS=()
	NIGHTSHIFT=()
	JOB=()
	for ((rep = 1; rep <= REPS; rep++)); do
		rm -rf "$WORK/pandas" && mkdir -p "$WORK/pandas"
		PANDAS+=("$(seconds "$PYTHON" -c "$PANDAS_LOOP" "$stocks" "$WORK/pandas")")
		rm -rf "$WORK/nightshift" "$WORK/home"
		NIGHTSHIFT+=("$(seconds env NIGHTSHIFT_HOME="$WORK/home" ./nightshift launch ingest input="$stocks" \
			output="$WORK/nightshift")")
		JOB+=("$(sed -n 's/^ingest COMPLETED in \([0-9.]*\) s.*/\1/p' "$WORK/last.log")")
		echo "[ingest bench] $tickers tickers, run $rep: pandas ${PANDAS[-1]} s, Nightshift ${NIGHTSHIFT[-1]} s" >&2
	done
	same=$("$PYTHON" -c "$SAME_FRAMES" "$WORK/nightshift" "$WORK/pandas")
	[[ $same == "$tickers" ]] || { echo "bench/ingest.sh: only $same of $tickers stores compared" >&2; exit 1; }
	ratio=$(awk -v p="$(middle "${PANDAS[@]}")" -v n="$(middle "${NIGHTSHIFT[@]}")" 'BEGIN { printf "%.1f", p / n }')
	ROWS_TABLE+="| $tickers | $rows | $mb | $(median "${PANDAS[@]}") | $(median "${NIGHTSHIFT[@]}") | $(median "${JOB[@]}") | **${ratio}×** |"$'\n'
	rm -rf "$stocks"
done

cat >"$REPORT" <<REPORT
# Ingest benchmark

Written by \`bench/ingest.sh\` (TICKERS="$TICKERS" DAYS=$DAYS REPS=$REPS) on $(date -u '+%Y-%m-%d %H:%M') UTC, commit
$COMMIT. Wall-clock seconds of the whole
process, median of $REPS (min–max), pandas and Nightshift alternating on the same files.
Load average before: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg).
Machine: $(nproc) cores, $(java -version 2>&1 | head -1), pandas $("$PYTHON" -c 'import pandas; print(pandas.__version__)').

Data: \`./nightshift generate stocks --tickers N --days $DAYS --seed 1\`, one NDJSON file per ticker.
pandas: \`read_json(lines=True).set_index('date').to_hdf(key='data')\` per file, as in seed 001.
Nightshift: \`./nightshift launch ingest\` on a fresh home, JVM start and the repository server's
start included; "job" is the job's own time as its summary reports it (list, store, catalog).

| tickers | rows | MB | pandas s | Nightshift s | of it the job s | ratio |
|---|---|---|---|---|---|---|
$ROWS_TABLE
Goal: ≥ 10×. Nightshift's fixed cost (JVM and Spring start, the repository server, the
job's own launch: about 2 s here) is paid once; pandas pays per file, so the ratio grows
with the input. Every store of both reads back as an equal DataFrame in pandas
(\`assert_frame_equal\`, relative tolerance 1e-15: \`read_json\` parses floats with a fast,
not exactly rounded, parser).
REPORT
cat "$REPORT"
