#!/usr/bin/env bash
# Skills benchmark: how often each of 500 skills occurs in about 200 MB of generated job postings.
# Nightshift's skills job, split by postings and split by skills, against a plain single-file Java
# loop doing one indexOf scan per skill and description (bench/PlainSkillCount.java, two threads),
# on the same files, in the same run, alternating, each timed as a whole process. Writes
# bench/SKILLS.md and puts its summary into bench/BENCHMARKS.md. Benchmarks are not tests: nothing
# fails on a time, but the script exits 1 when a counts.tsv differs from the baseline's.
#
#   bench/skills.sh                          80000 postings (~200 MB), 500 skills, 3 repetitions;
#                                            then once with 2000 skills, to show how each scales
#   ROWS=8000 SKILLS=100 REPS=5 MORE_SKILLS= bench/skills.sh
set -euo pipefail

cd "$(dirname "$0")/.."
ROWS=${ROWS:-80000}
SKILLS=${SKILLS:-500}
REPS=${REPS:-3}
MORE_SKILLS=${MORE_SKILLS-2000}
FRAMEWORK_HEAP=${FRAMEWORK_HEAP:--Xmx256m}
BASELINE_HEAP=${BASELINE_HEAP:--Xmx2g}
REPORT=bench/SKILLS.md
SUMMARY=bench/BENCHMARKS.md
WORK=$(mktemp -d "${TMPDIR:-/tmp}/nightshift-skills.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
# Before anything writes the reports, which git tracks.
COMMIT="\`$(git rev-parse --short HEAD)\`$(git diff --quiet || echo ' (with uncommitted changes)')"
MODES=(postings skills)

source bench/timing.sh
log() { printf '[skills bench %s] %s\n' "$(date +%T)" "$*" >&2; }

./nightshift jobs >/dev/null # builds the application first, outside the timings
data=bench/data/postings-$ROWS-$SKILLS
if [[ ! -f $data/postings.csv ]]; then
	log "generating $ROWS postings and $SKILLS skills into $data"
	./nightshift generate postings --rows "$ROWS" --skills "$SKILLS" --seed 1 --out "$data" >&2
fi
mb=$(($(stat -c %s "$data/postings.csv") >> 20))
mkdir -p bench/build
javac -encoding UTF-8 -d bench/build bench/PlainSkillCount.java

BASELINE=()
declare -A TIMES JOBS
MISMATCHES=0
for ((rep = 1; rep <= REPS; rep++)); do
	BASELINE+=("$(seconds java "$BASELINE_HEAP" -cp bench/build PlainSkillCount "$data/postings.csv" \
		"$data/skills.csv" "$WORK/baseline.tsv")")
	line="run $rep: baseline ${BASELINE[-1]} s"
	for mode in "${MODES[@]}"; do
		rm -rf "$WORK/home" "$WORK/out"
		TIMES[$mode]+="$(seconds env JAVA_OPTS="$FRAMEWORK_HEAP" NIGHTSHIFT_HOME="$WORK/home" ./nightshift launch skills \
			input="$data/postings.csv" skills="$data/skills.csv" output="$WORK/out" split-by="$mode") "
		JOBS[$mode]+="$(sed -n 's/^skills COMPLETED in \([0-9.]*\) s.*/\1/p' "$WORK/last.log") "
		if ! cmp -s "$WORK/baseline.tsv" "$WORK/out/counts.tsv"; then
			log "MISMATCH: split-by=$mode differs from the baseline"
			diff "$WORK/baseline.tsv" "$WORK/out/counts.tsv" | head -n 10 >&2 || true
			MISMATCHES=$((MISMATCHES + 1))
		fi
		line+=", split-by=$mode $(echo "${TIMES[$mode]}" | awk '{ print $NF }') s"
	done
	log "$line"
done

MORE_TABLE=""
for skills in $MORE_SKILLS; do
	more=bench/data/postings-$ROWS-$skills
	[[ -f $more/postings.csv ]] || ./nightshift generate postings --rows "$ROWS" --skills "$skills" --seed 1 --out "$more" >&2
	plain=$(seconds java "$BASELINE_HEAP" -cp bench/build PlainSkillCount "$more/postings.csv" "$more/skills.csv" \
		"$WORK/baseline.tsv")
	rm -rf "$WORK/home" "$WORK/out"
	ours=$(seconds env JAVA_OPTS="$FRAMEWORK_HEAP" NIGHTSHIFT_HOME="$WORK/home" ./nightshift launch skills \
		input="$more/postings.csv" skills="$more/skills.csv" output="$WORK/out")
	cmp -s "$WORK/baseline.tsv" "$WORK/out/counts.tsv" || { log "MISMATCH with $skills skills"; MISMATCHES=$((MISMATCHES + 1)); }
	log "$skills skills: baseline $plain s, split-by=postings $ours s"
	MORE_TABLE+="| $skills | $plain | $ours | **$(awk -v b="$plain" -v n="$ours" 'BEGIN { printf "%.1f", b / n }')×** |"$'\n'
done

base=$(middle "${BASELINE[@]}")
ROWS_TABLE="| plain loop, one \`indexOf\` scan per skill (2 threads) | $(median "${BASELINE[@]}") | — | 1.0× |"$'\n'
for mode in "${MODES[@]}"; do
	read -r -a times <<<"${TIMES[$mode]}"
	read -r -a jobs <<<"${JOBS[$mode]}"
	ratio=$(awk -v b="$base" -v n="$(middle "${times[@]}")" 'BEGIN { printf "%.1f", b / n }')
	ROWS_TABLE+="| Nightshift \`split-by=$mode\` | $(median "${times[@]}") | $(median "${jobs[@]}") | **${ratio}×** |"$'\n'
done
CHECK=$([[ $MISMATCHES == 0 ]] && echo "identical to the baseline's in every run" || echo "**$MISMATCHES run(s) differed from the baseline**")

BLOCK=$(cat <<BLOCK
<!-- skills:begin -->
## Skills

From [SKILLS.md](SKILLS.md) (\`bench/skills.sh\`, $(date -u '+%Y-%m-%d')): $ROWS postings ($mb MB) × $SKILLS skills,
whole process, median of $REPS; ratio = baseline seconds / Nightshift seconds. counts.tsv: $CHECK.

| run | seconds | of it the job | ratio |
|---|---|---|---|
$ROWS_TABLE$([[ -n $MORE_TABLE ]] && printf '\nMore skills, as many postings (generated with that list), one run each (the baseline scans once per skill; the automaton once):\n\n| skills | baseline s | Nightshift split-by=postings s | ratio |\n|---|---|---|---|\n%s' "$MORE_TABLE")
<!-- skills:end -->
BLOCK
)

cat >"$REPORT" <<REPORT
# Skills benchmark

Written by \`bench/skills.sh\` (ROWS=$ROWS SKILLS=$SKILLS REPS=$REPS) on $(date -u '+%Y-%m-%d %H:%M') UTC, commit
$COMMIT. Wall-clock seconds of the whole
process, median of $REPS (min–max), the baseline and both Nightshift runs alternating on the same files, warm
page cache. Load average before: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg) (a 1-minute load well
above 0 before the run means other work shared the machine and the times are noisy).
Machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) cores, $(java -version 2>&1 | head -1).

Data: \`./nightshift generate postings --rows $ROWS --skills $SKILLS --seed 1\`: $mb MB of CSV whose
descriptions (about 2.5 KB, quoted, with line breaks) name skills with Zipf weights; the first
132 skills are real ones (\`R\`, \`C++\`, \`.NET\`, ...), the rest synthetic.
Baseline: \`java $BASELINE_HEAP -cp bench/build PlainSkillCount postings.csv skills.csv out.tsv\`
(bench/PlainSkillCount.java: a hand-written CSV reader, then for each lowercased description and
each skill an \`indexOf\` loop, Python's \`lower().count()\`; two threads share the descriptions).
Nightshift: \`JAVA_OPTS=$FRAMEWORK_HEAP ./nightshift launch skills split-by=<mode>\` on a fresh home
(JVM start and the repository server's start included); "of it the job" is the job's own time as
its summary reports it. With the default split size (64 MB) \`split-by=postings\` has $(((mb + 63) / 64)) map
partitions; \`split-by=skills\` has one per thread, each reading every posting for its half of
the list.

| run | seconds | of it the job | ratio |
|---|---|---|---|
$ROWS_TABLE
counts.tsv: $CHECK.

$BLOCK
REPORT

if grep -q '<!-- skills:begin -->' "$SUMMARY"; then
	awk -v block="$BLOCK" '/<!-- skills:begin -->/ { print block; skip = 1 } !skip { print } /<!-- skills:end -->/ { skip = 0 }' \
		"$SUMMARY" >"$WORK/summary.md"
else
	awk -v block="$BLOCK" '/^## Machine/ && !done { print block; print ""; done = 1 } { print }' "$SUMMARY" >"$WORK/summary.md"
fi
cp "$WORK/summary.md" "$SUMMARY"
cat "$REPORT"
((MISMATCHES == 0))
