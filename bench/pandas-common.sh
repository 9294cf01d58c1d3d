# Sourced by the benchmarks that race pandas: finds a Python with pandas and PyTables, and times
# whole processes (timing.sh). Expects WORK (a scratch folder) to be set.

PYTHON=""
for candidate in python3 /usr/bin/python3; do
	if "$candidate" -c 'import pandas, tables' 2>/dev/null; then PYTHON=$candidate; break; fi
done
[[ -n $PYTHON ]] || { echo "${0##*/}: needs pandas and PyTables (python3-pandas python3-tables)" >&2; exit 2; }

source "$(dirname "${BASH_SOURCE[0]}")/timing.sh"
