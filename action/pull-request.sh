#!/usr/bin/env bash
# The Action on a pull request: validate (problems as annotations on the changed lines), the
# routing tests, and the plan of the documents the pull request changes, saved with --out. The
# results go into one sticky comment (created once, then updated, cut to fit) that also records
# the plan's digest and the head commit it was made from — the merge job applies that plan and
# nothing else — and into the job summary, which holds the whole plan. Fails when validation, the
# tests or the plan fail; not when a fork's pull request cannot be commented on.
#
# Environment: RINGFORM_PATHS (manifest paths, space-separated), RINGFORM_BASE (the base
# branch), RINGFORM_COMMENT (true|false), GITHUB_* and RINGCENTRAL_* as GitHub Actions sets them
# (read-only credentials: a pull request job never needs to write).
set -uo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
read -r -a paths <<< "${RINGFORM_PATHS:-.}"
work="${RUNNER_TEMP:-$(mktemp -d)}/ringform"
mkdir -p "$work"
rm -f "$work"/plan.json "$work"/plan.md "$work"/plan-full.md "$work"/plan.err
status=0

# stdout: GitHub annotations ringform writes itself, every value escaped; stderr is plain text.
ringform validate --format github "${paths[@]}" > "$work/validate.txt" 2> "$work/validate.err"
validate=$?
cat "$work/validate.txt"
untrusted "$work/validate.err"
cat "$work/validate.err" >> "$work/validate.txt"
ringform test "${paths[@]}" > "$work/test.txt" 2>&1
tests=$?
untrusted "$work/test.txt"

plan=skipped
skipped_why=""
if [ -z "${RINGCENTRAL_JWT:-${RC_JWT:-}}" ]; then
  skipped_why="No RingCentral credentials: a pull request from a fork gets no secrets, so the plan is made after a maintainer reviews it (see the workflow's README)."
elif [ "$validate" -ne 0 ]; then
  skipped_why="The manifests are not valid: the plan is skipped."
else
  base="${RINGFORM_BASE:-${GITHUB_BASE_REF:-main}}"
  git fetch --no-tags --depth=1 origin "+refs/heads/$base:refs/remotes/origin/$base" > /dev/null 2>&1 || true
  ringform plan "${paths[@]}" --changed-since "origin/$base" --format markdown --out "$work/plan.json" \
    --summary "$work/plan-full.md" > "$work/plan.md" 2> "$work/plan.err"
  plan=$?
  untrusted "$work/plan.err"
fi
[ -n "$skipped_why" ] && echo "$skipped_why"

# The comment and the job summary: the same report, the plan cut to fit a comment or whole.
report() {
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
    echo "_${skipped_why}_"
  elif [ "$plan" -eq 0 ]; then
    echo "_This is the plan the merge applies: after the merge, ringform plans the merged changes again and applies them only if that plan is this one._"
    echo
    cat "$1"
  else
    fenced "plan failed" "$work/plan.err"
  fi
}
report "$work/plan.md" > "$work/comment.md"
[ -n "${GITHUB_STEP_SUMMARY:-}" ] && report "$work/plan-full.md" >> "$GITHUB_STEP_SUMMARY"

if [ "${RINGFORM_COMMENT:-true}" = true ]; then
  reviewed=()
  [ "$plan" = 0 ] && reviewed=(--plan "$work/plan.json")
  ringform github-comment "$work/comment.md" "${reviewed[@]}" \
    --see-all "The whole plan is in the summary of the workflow run: $(run_url)" || status=1
fi
for s in "$validate" "$tests" "$plan"; do
  [ "$s" = skipped ] || [ "$s" -eq 0 ] || status=1
done
exit "$status"
