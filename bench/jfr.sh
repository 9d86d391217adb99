# Shared by the profiling scripts (sourced, not run): reading a JFR recording's execution samples.

# prints one line per execution sample of the threads whose name matches the awk regex $2 (all: ""):
# its frames, innermost first, as package.Class.method
jfr_stacks() { # recording thread_regex
  jfr print --stack-depth 96 --events jdk.ExecutionSample "$1" | awk -v threads="$2" '
    /jdk.ExecutionSample/ {if (keep) print stack; stack = ""; keep = 0; next}
    /sampledThread = "/ {name = $0; sub(/^[^"]*"/, "", name); keep = name ~ threads}
    /stackTrace = \[/ {inside = 1; next} inside && /^[[:space:]]*\]/ {inside = 0; next}
    inside {f = $0; sub(/^ +/, "", f); sub(/ +line:.*/, "", f); sub(/\(.*/, "", f); stack = stack " " f}
    END {if (keep) print stack}'
}

# reads "label|regex" lines on stdin; prints, per label, the share of the samples in the stacks file whose
# frames match the regex anywhere (inclusive: the groups overlap, a frame's callers count too)
jfr_shares() { # stacks_file
  local total label pattern
  total=$(wc -l <"$1")
  while IFS='|' read -r label pattern; do
    [[ -n $label ]] || continue
    printf '  %6.1f%%  %s\n' "$(grep -cE "$pattern" "$1" | awk -v t="$total" '{print t ? 100 * $1 / t : 0}')" "$label"
  done
}

# prints the n innermost frames seen most often, with their share of the samples (no head: under pipefail, sort
# killed by SIGPIPE stopped the script)
jfr_top() { # stacks_file n
  local total
  total=$(wc -l <"$1")
  awk '{print $1}' "$1" | sort | uniq -c | sort -rn | awk -v t="$total" -v n="$2" 'NR <= n {printf "  %6.1f%%  %s\n", 100 * $1 / t, $2}'
}

# reads "label|regex" lines on stdin; gives each sample in the stacks file to the group of its innermost frame that
# matches one (the groups tried in order), so the shares add up to 100%: a JDK frame counts for the library that
# called it; prints the groups by share, then the samples no group matched
jfr_owners() { # stacks_file
  awk 'NR == FNR {i = index($0, "|"); if (i > 1) {label[++g] = substr($0, 1, i - 1); pattern[g] = substr($0, i + 1)}; next}
    {total++; owner = "unmatched (JDK, other libraries)"
     for (f = 1; f <= NF && owner ~ /^unmatched/; f++)
       for (j = 1; j <= g; j++) if ($f ~ pattern[j]) {owner = label[j]; break}
     n[owner]++}
    END {for (o in n) printf "  %6.1f%%  %s\n", 100 * n[o] / total, o}' - "$1" | sort -k1,1 -rn
}
