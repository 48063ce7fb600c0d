#!/usr/bin/env bash
# S1: fails when an API key appears in any file under any target/ directory below DIR (archives
# such as jars included) or in any line of LOGFILE (the build's console output).
#
#   .ci/check-no-key-leak.sh KEY DIR LOGFILE
#
# Use a distinctive key for the build being checked, e.g.
#   key="pg-leakcheck-$(date +%s)-$RANDOM"
#   PLAYGENT_API_KEY="$key" ./mvnw -B verify -f samples/support-agent/pom.xml 2>&1 | tee build.log
#   .ci/check-no-key-leak.sh "$key" samples/support-agent build.log
#
# Offending files are listed by name and log lines by number; the key itself is never printed.
# Exit 0: no leak. Exit 1: leak found. Exit 2: bad usage.
set -euo pipefail

if [ "$#" -ne 3 ]; then
  echo "usage: $0 KEY DIR LOGFILE" >&2
  exit 2
fi
key=$1
dir=$2
log=$3
if [ "${#key}" -lt 12 ]; then
  echo "check-no-key-leak: the key must be at least 12 characters, so that a match means a leak" >&2
  exit 2
fi
if [ ! -d "$dir" ]; then
  echo "check-no-key-leak: $dir is not a directory" >&2
  exit 2
fi
if [ ! -f "$log" ]; then
  echo "check-no-key-leak: $log is not a file" >&2
  exit 2
fi

leaks=0
targets=0
scanned=0
while IFS= read -r -d '' target; do
  targets=$((targets + 1))
  while IFS= read -r -d '' file; do
    scanned=$((scanned + 1))
    if grep -qF -a -- "$key" "$file"; then
      echo "LEAK: $file"
      leaks=$((leaks + 1))
      continue
    fi
    case "$file" in
      *.jar|*.war|*.zip)
        if command -v unzip >/dev/null 2>&1; then
          # One pass over every entry; only an archive that has the key is searched entry by entry.
          if unzip -p "$file" 2>/dev/null | grep -qF -a -- "$key"; then
            while IFS= read -r entry; do
              case "$entry" in */) continue ;; esac
              if unzip -p "$file" "$entry" 2>/dev/null | grep -qF -a -- "$key"; then
                echo "LEAK: $file!/$entry"
                leaks=$((leaks + 1))
              fi
            done < <(unzip -Z1 "$file" 2>/dev/null || true)
          fi
        else
          echo "check-no-key-leak: unzip not found, $file checked as raw bytes only" >&2
        fi
        ;;
    esac
  done < <(find "$target" -type f -print0)
done < <(find "$dir" -type d -name target -prune -print0)

log_lines=$(grep -nF -a -- "$key" "$log" | cut -d: -f1 | tr '\n' ' ' || true)
if [ -n "$log_lines" ]; then
  echo "LEAK: $log, line(s) ${log_lines% }"
  leaks=$((leaks + 1))
fi

if [ "$leaks" -gt 0 ]; then
  echo "check-no-key-leak: the API key appears in $leaks place(s) above (the key itself is not shown)"
  exit 1
fi
echo "check-no-key-leak: no leak in $scanned file(s) under $targets target/ director(ies) below $dir, nor in $log"
