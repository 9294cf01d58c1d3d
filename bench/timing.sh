# Sourced by the benchmarks: times whole processes. Expects WORK (a scratch folder) to be set.

seconds() { # seconds <command...>: wall-clock seconds of the whole process; its output in $WORK/last.log
	local start end
	start=$(date +%s.%N)
	"$@" >"$WORK/last.log" 2>&1 || { cat "$WORK/last.log" >&2; return 1; }
	end=$(date +%s.%N)
	awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }'
}
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { printf "%s (%s–%s)", v[int((NR + 1) / 2)], v[1], v[NR] }'; }
middle() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
