#!/usr/bin/env bash
# The Action after a merge (a push to the main branch): plan only what the push changed (since
# RINGFORM_BEFORE), apply it only if it is the plan reviewed on the pull request it was merged
# from (ringform github-check-plan: the digest its comment records, made from the head that was
# merged), and post the result on that pull request. Drift outside the pull request is never
# applied here; the scheduled drift job reports it.
#
# Run by hand (workflow_dispatch) with RINGFORM_APPROVED_PLAN, it plans (everything, or what
# changed since RINGFORM_CHANGED_SINCE) and applies only if the plan has that digest: the one a
# person approved in a refusal or in the drift issue.
#
# Environment: RINGFORM_PATHS, RINGFORM_MAX_DELETES, RINGFORM_BEFORE (github.event.before),
# RINGFORM_APPROVED_PLAN, RINGFORM_CHANGED_SINCE, RINGFORM_COMMENT, GITHUB_*, and the
# write-capable RINGCENTRAL_* of the protected environment.
set -uo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
read -r -a paths <<< "${RINGFORM_PATHS:-.}"
work="${RUNNER_TEMP:-$(mktemp -d)}/ringform"
mkdir -p "$work"
rm -f "$work"/plan.json "$work"/plan.md "$work"/plan-full.md "$work"/apply.txt "$work"/check.txt "$work"/result.md

ringform doctor "${paths[@]}" > "$work/doctor.txt" 2>&1
doctor=$?
untrusted "$work/doctor.txt"
[ "$doctor" -eq 0 ] || exit "$doctor"

selection=()
approved="${RINGFORM_APPROVED_PLAN:-}"
if [ -n "$approved" ]; then
  since="${RINGFORM_CHANGED_SINCE:-}"
else
  since="${RINGFORM_BEFORE:-}"
  if [ -z "$since" ] || [ -z "${since//0/}" ]; then
    echo "::error::ringform: this push has no commit before it (RINGFORM_BEFORE), so what it changed is unknown; nothing was applied. Run the workflow by hand with approved-plan."
    exit 1
  fi
fi
if [ -n "$since" ]; then
  git cat-file -e "$since^{commit}" 2> /dev/null || git fetch --no-tags --depth=1 origin "$since" > /dev/null 2>&1 || true
  selection=(--changed-since "$since")
fi

ringform plan "${paths[@]}" "${selection[@]}" --format markdown --out "$work/plan.json" --summary "$work/plan-full.md" \
  --detailed-exitcode > "$work/plan.md" 2> "$work/plan.err"
planned=$?
untrusted "$work/plan.err" "$work/plan.md"
if [ "$planned" -ne 0 ] && [ "$planned" -ne 2 ]; then
  [ -n "${GITHUB_STEP_SUMMARY:-}" ] && fenced "ringform plan failed; nothing was applied" "$work/plan.err" >> "$GITHUB_STEP_SUMMARY"
  exit "$planned"
fi

if [ -n "$approved" ]; then
  pr=""
  ringform github-check-plan "$work/plan.json" --digest "$approved" 2> "$work/check.txt"
  checked=$?
else
  pr="$(ringform github-check-plan "$work/plan.json" 2> "$work/check.txt")"
  checked=$?
fi
untrusted "$work/check.txt"

status=0
{
  echo "## ringform apply"
  echo
  if [ "$planned" -eq 0 ]; then
    echo "✅ Nothing to apply: RingCentral already matches the merged manifests."
  elif [ "$checked" -ne 0 ]; then
    status=1
    echo "❌ **Not applied.**"
    echo
    fenced "why" "$work/check.txt"
    echo "The plan of the merged changes now:"
    echo
    cat "$work/plan-full.md"
  else
    ringform apply --plan "$work/plan.json" --yes --max-deletes "${RINGFORM_MAX_DELETES:-10}" > "$work/apply.txt" 2>&1
    applied=$?
    untrusted "$work/apply.txt"
    if [ "$applied" -eq 0 ]; then echo "✅ Applied the reviewed plan."; else status=1 && echo "❌ **Apply failed**: see below; run the workflow again to finish."; fi
    echo
    fenced "ringform apply" "$work/apply.txt"
  fi
  echo
  echo "[Workflow run]($(run_url))"
} > "$work/result.md"
[ -n "${GITHUB_STEP_SUMMARY:-}" ] && cat "$work/result.md" >> "$GITHUB_STEP_SUMMARY"
if [ -n "$pr" ] && [ "${RINGFORM_COMMENT:-true}" = true ]; then
  ringform github-comment "$work/result.md" --marker apply --pr "$pr" --see-all "The whole result is in the summary of the workflow run: $(run_url)" || status=1
fi
exit "$status"
