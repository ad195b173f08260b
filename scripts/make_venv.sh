# Sourced by setup.sh: make_venv DIR CANDIDATE... makes the venv DIR with the first candidate
# interpreter that is Python 3.11+ and can make one (a system Python without its venv package
# cannot); says which on stderr; fails, naming the candidates, when none can.
make_venv() {
    local dir="$1" py
    shift
    for py in "$@"; do
        if "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
                && "$py" -m venv "$dir" 2>/dev/null && [ -x "$dir/bin/python" ]; then
            echo "setup: $dir made with $py ($("$dir/bin/python" -c 'import sys; print(sys.version.split()[0])'))" >&2
            return 0
        fi
        rm -rf "$dir"  # (half a venv from a failed try)
    done
    echo "setup: none of [$*] is a Python 3.11+ that can make a venv; set PYTHON=/path/to/python3.11" >&2
    return 1
}
