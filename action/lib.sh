# Shared by the Action's scripts (sourced, not run).

# Prints files of untrusted text (names from the manifests and the live account) to the job log
# with workflow commands paused, so a name such as "::error::…" or "::stop-commands::…" is printed,
# not obeyed. The resume token is random per call, so the text cannot resume them itself.
untrusted() {
  local token file
  token="ringform-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
  echo "::stop-commands::$token"
  for file in "$@"; do
    [ -f "$file" ] || continue
    cat "$file"
    # The resume line must start a line of its own.
    [ -s "$file" ] && [ -n "$(tail -c1 "$file")" ] && echo
  done
  echo "::$token::"
}

# A folded block showing a file in a code block whose fence is longer than any run of backticks
# in it, so no file or rule name can close the block early; GitHub makes no mentions in code.
fenced() {
  local longest fence
  longest=$( (grep -o '`\+' "$2" || true) | awk '{ if (length($0) > m) m = length($0) } END { print m + 0 }')
  fence='```'
  while [ "${#fence}" -le "$longest" ]; do fence="$fence\`"; done
  printf '<details><summary>%s</summary>\n\n%s\n' "$1" "$fence"
  sed 's/\x1b\[[0-9;]*m//g' "$2"
  if [ -s "$2" ] && [ -n "$(tail -c1 "$2")" ]; then echo; fi
  printf '%s\n\n</details>\n\n' "$fence"
}

# ✅ / ❌ / ⏭️ for an exit code (or "skipped").
mark() {
  if [ "$1" = skipped ]; then echo "⏭️ skipped"; elif [ "$1" -eq 0 ]; then echo "✅ passed"; else echo "❌ failed"; fi
}

run_url() {
  echo "${GITHUB_SERVER_URL:-https://github.com}/${GITHUB_REPOSITORY:-}/actions/runs/${GITHUB_RUN_ID:-}"
}
