# Sourced by the benchmarks that race pandas: finds a Python with pandas and PyTables, and times
# whole processes. Expects WORK (a scratch folder) to be set.

PYTHON=""
for candidate in python3 /usr/bin/python3; do
	if "$candidate" -c 'import pandas, tables' 2>/dev/null; then PYTHON=$candidate; break; fi
done
[[ -n $PYTHON ]] || { echo "${0##*/}: needs pandas and PyTables (python3-pandas python3-tables)" >&2; exit 2; }

seconds() { # seconds <command...>: wall-clock seconds of the whole process; its output in $WORK/last.log
	local start end
	start=$(date +%s.%N)
	"$@" >"$WORK/last.log" 2>&1 || { cat "$WORK/last.log" >&2; return 1; }
	end=$(date +%s.%N)
	awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }'
}
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { printf "%s (%s–%s)", v[int((NR + 1) / 2)], v[1], v[NR] }'; }
middle() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
