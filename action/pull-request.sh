#!/usr/bin/env bash
# The Action on a pull request: validate (problems as annotations on the changed lines), the
# routing tests, and the plan of the documents the pull request changes; all three go into one
# sticky comment (created once, then updated) and the job summary. Fails when any of them fails.
#
# Environment: RINGFORM_PATHS (manifest paths, space-separated), RINGFORM_BASE (the base
# branch), RINGFORM_COMMENT (true|false), GITHUB_* and RINGCENTRAL_* as GitHub Actions sets them.
set -uo pipefail
read -r -a paths <<< "${RINGFORM_PATHS:-.}"
work="${RUNNER_TEMP:-$(mktemp -d)}/ringform"
mkdir -p "$work"
status=0

ringform validate --format github "${paths[@]}" > "$work/validate.txt" 2>&1
validate=$?
cat "$work/validate.txt"
ringform test "${paths[@]}" > "$work/test.txt" 2>&1
tests=$?
cat "$work/test.txt"

plan=skipped
if [ -z "${RINGCENTRAL_JWT:-${RC_JWT:-}}" ]; then
  echo "No RingCentral credentials (pull requests from forks get no secrets): the plan is skipped."
elif [ "$validate" -ne 0 ]; then
  echo "The manifests are not valid: the plan is skipped."
else
  base="${RINGFORM_BASE:-${GITHUB_BASE_REF:-main}}"
  git fetch --no-tags --depth=1 origin "+refs/heads/$base:refs/remotes/origin/$base" >/dev/null 2>&1 || true
  ringform plan "${paths[@]}" --changed-since "origin/$base" --format markdown > "$work/plan.md" 2> "$work/plan.err"
  plan=$?
  cat "$work/plan.err" >&2
fi

mark() { if [ "$1" = skipped ]; then echo "⏭️ skipped"; elif [ "$1" -eq 0 ]; then echo "✅ passed"; else echo "❌ failed"; fi; }
fenced() { printf '<details><summary>%s</summary>\n\n```\n' "$1"; sed 's/\x1b\[[0-9;]*m//g' "$2"; printf '```\n\n</details>\n\n'; }
{
  echo "## ringform"
  echo
  echo "| check | result |"
  echo "| --- | --- |"
  echo "| validate | $(mark "$validate") |"
  echo "| routing tests | $(mark "$tests") |"
  echo "| plan | $(mark "$plan") |"
  echo
  [ "$validate" -ne 0 ] && fenced "validation problems (also annotated on the files)" "$work/validate.txt"
  [ "$tests" -ne 0 ] && fenced "routing tests" "$work/test.txt"
  if [ "$plan" = skipped ]; then
    echo "_The plan needs valid manifests and the RingCentral secrets of the repository._"
  elif [ "$plan" -eq 0 ]; then
    cat "$work/plan.md"
  else
    fenced "plan failed" "$work/plan.err"
  fi
} > "$work/comment.md"

[ -n "${GITHUB_STEP_SUMMARY:-}" ] && cat "$work/comment.md" >> "$GITHUB_STEP_SUMMARY"
if [ "${RINGFORM_COMMENT:-true}" = true ]; then
  run_url="${GITHUB_SERVER_URL:-https://github.com}/${GITHUB_REPOSITORY:-}/actions/runs/${GITHUB_RUN_ID:-}"
  ringform github-comment "$work/comment.md" --see-all "The whole plan is in the summary of the workflow run: $run_url" || status=1
fi
for s in "$validate" "$tests" "$plan"; do
  [ "$s" = skipped ] || [ "$s" -eq 0 ] || status=1
done
exit "$status"
