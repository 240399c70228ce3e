#!/usr/bin/env bash
# The Action on a schedule: plan every document and report drift — changes made in the portal or
# by other tools — without applying anything. The job summary holds the whole plan; one issue
# (opened once, updated while the drift lasts, closed when it is gone) says what differs and how
# to apply exactly that plan (its digest) or keep the live configuration (export).
#
# Environment: RINGFORM_PATHS, RINGFORM_ISSUE (true|false), GITHUB_*, and read-only RINGCENTRAL_*.
set -uo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
read -r -a paths <<< "${RINGFORM_PATHS:-.}"
work="${RUNNER_TEMP:-$(mktemp -d)}/ringform"
mkdir -p "$work"
rm -f "$work"/drift.json "$work"/drift.md "$work"/drift-full.md "$work"/drift.err

ringform plan "${paths[@]}" --format markdown --out "$work/drift.json" --summary "$work/drift-full.md" \
  --detailed-exitcode > "$work/drift.md" 2> "$work/drift.err"
planned=$?
untrusted "$work/drift.err"
issue="${RINGFORM_ISSUE:-true}"
case "$planned" in
  0)
    echo "No drift: RingCentral matches the manifests."
    [ -n "${GITHUB_STEP_SUMMARY:-}" ] && printf '## ringform drift\n\n✅ No drift: RingCentral matches the manifests.\n' >> "$GITHUB_STEP_SUMMARY"
    if [ "$issue" = true ]; then
      printf 'No drift since the check of %s: RingCentral matches the manifests again.\n' "$(date -u +%Y-%m-%dT%H:%MZ)" > "$work/closed.md"
      ringform github-issue "$work/closed.md" --marker drift --close || exit 1
    fi
    ;;
  2)
    untrusted "$work/drift.md"
    echo "::warning::ringform: the live configuration differs from the manifests (drift); see the job summary."
    {
      printf '## ringform drift\n\n⚠️ The live configuration differs from the manifests; nothing was applied.\n\n'
      cat "$work/drift-full.md"
    } >> "${GITHUB_STEP_SUMMARY:-/dev/null}"
    if [ "$issue" = true ]; then
      { printf '## ringform drift\n\nFound by the check of %s ([workflow run](%s)).\n\n' "$(date -u +%Y-%m-%dT%H:%MZ)" "$(run_url)"; cat "$work/drift.md"; } > "$work/issue.md"
      ringform github-issue "$work/issue.md" --marker drift --plan "$work/drift.json" \
        --see-all "The whole plan is in the summary of the workflow run: $(run_url)" || exit 1
    fi
    ;;
  *)
    [ -n "${GITHUB_STEP_SUMMARY:-}" ] && fenced "ringform plan failed" "$work/drift.err" >> "$GITHUB_STEP_SUMMARY"
    exit "$planned"
    ;;
esac
