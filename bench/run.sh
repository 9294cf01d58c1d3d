#!/usr/bin/env bash
# Benchmark harness: word count with Nightshift against a plain two-thread Java loop, on the same
# generated data, in the same run, alternating, each timed as a whole process; then start-up
# times. Writes bench/BENCHMARKS.md. Benchmarks are not tests: nothing here fails on a time, but
# the script exits 1 when Nightshift's counts.tsv differs from the baseline's.
#
#   bench/run.sh [sizes in MB ...]        default: 100 1024
#   REPS=3 STARTUP_REPS=5 bench/run.sh 100
set -euo pipefail

cd "$(dirname "$0")/.."
SIZES=(${*:-100 1024})
REPS=${REPS:-3}
STARTUP_REPS=${STARTUP_REPS:-5}
FRAMEWORK_HEAP=${FRAMEWORK_HEAP:--Xmx256m}
BASELINE_HEAP=${BASELINE_HEAP:--Xmx2g}
REPORT=bench/BENCHMARKS.md
WORK=$(mktemp -d "${TMPDIR:-/tmp}/nightshift-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
MISMATCHES=0
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

log() { printf '[bench %s] %s\n' "$(date +%T)" "$*" >&2; }

# measure <log-file> <command...>: runs the command, sets ELAPSED (s), RSS (KB, peak of the process
# tree) and RC. GNU time reports the largest child's peak RSS; without it, poll VmHWM in /proc.
measure() {
	local out=$1
	shift
	if [[ -x /usr/bin/time && -z ${NO_GNU_TIME:-} ]]; then
		local stats="$WORK/time.txt"
		set +e
		/usr/bin/time -f '%e %M' -o "$stats" "$@" >"$out" 2>&1
		RC=$?
		set -e
		read -r ELAPSED RSS < <(tail -n 1 "$stats")
	else
		local start end pid peak=0 hwm
		start=$(date +%s.%N)
		"$@" >"$out" 2>&1 &
		pid=$!
		while kill -0 "$pid" 2>/dev/null; do
			for p in $pid $(descendants "$pid"); do
				hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$p/status" 2>/dev/null || true)
				((${hwm:-0} > peak)) && peak=$hwm
			done
			sleep 0.05
		done
		set +e
		wait "$pid"
		RC=$?
		set -e
		end=$(date +%s.%N)
		ELAPSED=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }')
		RSS=$peak
	fi
}

descendants() {
	local child
	for child in $(cat /proc/"$1"/task/*/children 2>/dev/null); do
		echo "$child"
		descendants "$child"
	done
}

# stats <numbers...>: "median min max"
stats() {
	printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
		m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
		printf "%.2f %.2f %.2f\n", m, v[1], v[NR] }'
}

max() { printf '%s\n' "$@" | sort -g | tail -n 1; }

mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

# --- preparation -------------------------------------------------------------------------------

# The first ./nightshift call also builds the jar when it is stale, so no timed run pays for it.
FRAMEWORK=yes
if [[ ! -x ./nightshift ]]; then
	FRAMEWORK=no
	log "WARNING: ./nightshift does not exist yet: timing the baseline only, on data already in bench/data/"
elif ! NIGHTSHIFT_HOME="$WORK/home-check" ./nightshift jobs >"$WORK/jobs.txt" 2>&1; then
	FRAMEWORK=no
	log "WARNING: './nightshift jobs' failed (see below): timing the baseline only"
	cat "$WORK/jobs.txt" >&2
fi

log "compiling the baseline into bench/build/"
mkdir -p bench/build
javac -encoding UTF-8 -d bench/build bench/PlainWordCount.java

declare -A GEN_NOTE BASE_STATS BASE_RSS NS_STATS NS_RSS RATIO OUTPUT_CHECK WORDS
for size in "${SIZES[@]}"; do
	data=bench/data/text-$size
	if [[ -d $data ]]; then
		GEN_NOTE[$size]="existing"
	elif [[ $FRAMEWORK == yes ]]; then
		log "generating $size MB into $data"
		measure "$WORK/generate.txt" ./nightshift generate text --size "$size" --seed 42 --out "$data"
		if ((RC != 0)); then
			cat "$WORK/generate.txt" >&2
			log "generation failed (exit $RC)"
			exit 1
		fi
		GEN_NOTE[$size]="generated in ${ELAPSED} s"
	else
		log "no data for $size MB and no ./nightshift to generate it: skipping"
		continue
	fi

	base_times=() base_rss=() ns_times=() ns_rss=()
	OUTPUT_CHECK[$size]="identical"
	for ((rep = 1; rep <= REPS; rep++)); do
		log "$size MB, repetition $rep/$REPS: baseline"
		base_out="$WORK/baseline-$size.tsv"
		measure "$WORK/baseline.txt" java "$BASELINE_HEAP" -cp bench/build PlainWordCount "$data" "$base_out"
		if ((RC != 0)); then
			cat "$WORK/baseline.txt" >&2
			log "baseline failed (exit $RC)"
			exit 1
		fi
		base_times+=("$ELAPSED") base_rss+=("$RSS")
		WORDS[$size]=$(grep -o '[0-9]* words, [0-9]* distinct' "$WORK/baseline.txt" || echo "?")
		log "  baseline: $ELAPSED s, $(mb "$RSS") MB peak RSS"
		[[ $FRAMEWORK == yes ]] || continue

		log "$size MB, repetition $rep/$REPS: nightshift"
		home="$WORK/home-$size-$rep" out="$WORK/out-$size-$rep"
		measure "$WORK/nightshift.txt" env JAVA_OPTS="$FRAMEWORK_HEAP" NIGHTSHIFT_HOME="$home" \
			./nightshift launch wordcount "input=$data" "output=$out" --new-run
		if ((RC != 0)); then
			cat "$WORK/nightshift.txt" >&2
			log "nightshift launch failed (exit $RC)"
			OUTPUT_CHECK[$size]="launch FAILED (exit $RC)"
			MISMATCHES=$((MISMATCHES + 1))
		elif ! cmp -s "$base_out" "$out/counts.tsv"; then
			log "!!!!! MISMATCH: $out/counts.tsv differs from the baseline ($size MB, repetition $rep) !!!!!"
			diff "$base_out" "$out/counts.tsv" | head -n 20 >&2 || true
			OUTPUT_CHECK[$size]="MISMATCH"
			MISMATCHES=$((MISMATCHES + 1))
		fi
		ns_times+=("$ELAPSED") ns_rss+=("$RSS")
		log "  nightshift: $ELAPSED s, $(mb "$RSS") MB peak RSS"
		rm -rf "$home" "$out"
	done
	BASE_STATS[$size]=$(stats "${base_times[@]}")
	BASE_RSS[$size]=$(mb "$(max "${base_rss[@]}")")
	if [[ $FRAMEWORK == yes ]]; then
		NS_STATS[$size]=$(stats "${ns_times[@]}")
		NS_RSS[$size]=$(mb "$(max "${ns_rss[@]}")")
		RATIO[$size]=$(awk -v n="${NS_STATS[$size]%% *}" -v b="${BASE_STATS[$size]%% *}" 'BEGIN { printf "%.2f", n / b }')
	fi
done

STATUS_STATS="" SAMPLE_STATS=""
if [[ $FRAMEWORK == yes ]]; then
	home="$WORK/home-startup"
	NIGHTSHIFT_HOME="$home" ./nightshift status >/dev/null 2>&1 || true
	times=()
	for ((rep = 1; rep <= STARTUP_REPS; rep++)); do
		measure "$WORK/status.txt" env NIGHTSHIFT_HOME="$home" ./nightshift status
		times+=("$ELAPSED")
	done
	STATUS_STATS=$(stats "${times[@]}")
	times=()
	for ((rep = 1; rep <= STARTUP_REPS; rep++)); do
		measure "$WORK/sample.txt" env NIGHTSHIFT_HOME="$home" \
			./nightshift launch wordcount input=data/documents "output=$WORK/sample-out" --new-run
		((RC == 0)) || { cat "$WORK/sample.txt" >&2; log "sample launch failed (exit $RC)"; }
		times+=("$ELAPSED")
	done
	SAMPLE_STATS=$(stats "${times[@]}")
	log "status: ${STATUS_STATS%% *} s, wordcount on data/documents: ${SAMPLE_STATS%% *} s (medians)"
fi

# --- report ------------------------------------------------------------------------------------

fmt_stats() { [[ -n ${1:-} ]] && awk -v s="$1" 'BEGIN { split(s, v, " "); printf "%s (%s–%s)", v[1], v[2], v[3] }' || echo "—"; }
goal() { [[ -n ${1:-} ]] && awk -v v="$1" -v t="$2" 'BEGIN { print (v <= t) ? "met" : "**not met**" }' || echo "not measured"; }

{
	echo "# Benchmarks"
	echo
	echo "The ingest job (JSON lines → HDF5 against pandas), the correlation job (against pandas'"
	echo "\`DataFrame.corr()\`) and the skills job (against a plain loop of \`indexOf\` scans) have their own"
	echo "reports: [INGEST.md](INGEST.md) by \`bench/ingest.sh\`, [CORRELATION.md](CORRELATION.md) by"
	echo "\`bench/correlation.sh\`, [SKILLS.md](SKILLS.md) by \`bench/skills.sh\` (its summary is below)."
	echo
	echo "Written by \`bench/run.sh ${SIZES[*]}\` on $(date -u '+%Y-%m-%d %H:%M UTC'), commit" \
		"\`$(git rev-parse --short HEAD 2>/dev/null || echo '?')\`$( [[ -n $(git status --porcelain 2>/dev/null) ]] && echo ' (with uncommitted changes)')."
	echo "Times are wall-clock seconds of the whole process (JVM start to exit), median of $REPS runs"
	echo "(min–max), the baseline and Nightshift alternating on the same files, warm page cache."
	echo "Peak RSS is the largest resident set of the process tree over all runs. Load average (1, 5, 15 min)"
	echo "before: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg); a 1-minute load well above 0 before"
	echo "the run means other work shared the machine and the times are noisy."
	echo
	if [[ -f bench/SKILLS.md ]]; then
		sed -n '/<!-- skills:begin -->/,/<!-- skills:end -->/p' bench/SKILLS.md
		echo
	fi
	echo "## Machine"
	echo
	echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) cores available (nproc)"
	echo "- Memory: $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
	echo "- Java: $(java -version 2>&1 | head -n 1); $(java -version 2>&1 | sed -n 3p)"
	echo "- OS: $(uname -sr)"
	echo
	echo "## Word count"
	echo
	echo "Data: \`./nightshift generate text --size <MB> --seed 42\` (8 files, Zipf-distributed English-like text)."
	echo "Baseline: \`java $BASELINE_HEAP -cp bench/build PlainWordCount <dir> <out.tsv>\` (bench/PlainWordCount.java,"
	echo "two threads, BufferedReader, HashMap<String, Long>, the JVM's default collector). Nightshift: \`JAVA_OPTS=$FRAMEWORK_HEAP ./nightshift launch"
	echo "wordcount input=<dir> output=<tmp> --new-run\` with a fresh NIGHTSHIFT_HOME per run."
	echo
	echo "| size (MB) | words, distinct | data | baseline s | baseline RSS MB | Nightshift s | Nightshift RSS MB | ratio N/B | counts.tsv |"
	echo "|---|---|---|---|---|---|---|---|---|"
	for size in "${SIZES[@]}"; do
		[[ -n ${BASE_STATS[$size]:-} ]] || continue
		echo "| $size | ${WORDS[$size]} | ${GEN_NOTE[$size]} | $(fmt_stats "${BASE_STATS[$size]}") | ${BASE_RSS[$size]}" \
			"| $(fmt_stats "${NS_STATS[$size]:-}") | ${NS_RSS[$size]:-—} | ${RATIO[$size]:-—}" \
			"| $([[ $FRAMEWORK == yes ]] && echo "${OUTPUT_CHECK[$size]}" || echo "not compared") |"
	done
	echo
	echo "## Start-up"
	echo
	echo "Median of $STARTUP_REPS (min–max), one home whose repository already exists."
	echo
	echo "| command | seconds |"
	echo "|---|---|"
	echo "| \`./nightshift status\` | $(fmt_stats "$STATUS_STATS") |"
	echo "| \`./nightshift launch wordcount input=data/documents --new-run\` | $(fmt_stats "$SAMPLE_STATS") |"
	echo
	echo "## Goals"
	echo
	echo "| goal | result |"
	echo "|---|---|"
	echo "| 1 GiB word count with $FRAMEWORK_HEAP no slower than the plain loop (ratio ≤ 1.00) | $(goal "${RATIO[1024]:-}" 1.00) (ratio ${RATIO[1024]:-—}) |"
	echo "| \`status\` ≤ 1 s | $(goal "${STATUS_STATS%% *}" 1.0) |"
	echo "| word count of the sample documents ≤ 2 s | $(goal "${SAMPLE_STATS%% *}" 2.0) |"
	if [[ $FRAMEWORK == no ]]; then
		echo
		echo "**Nightshift was not available for this run (no working \`./nightshift\`): baseline only.**"
	fi
} >"$REPORT"
log "wrote $REPORT"

if ((MISMATCHES > 0)); then
	log "!!!!! $MISMATCHES Nightshift run(s) did not reproduce the baseline's counts.tsv !!!!!"
	exit 1
fi
