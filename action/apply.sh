#!/usr/bin/env bash
# The Action on a push to the main branch: check the connection, save the plan, apply exactly
# that plan (apply --plan refuses if the live configuration changed since it was made). The
# workflow serialises runs per account with a `concurrency` group (see the example workflow).
#
# Environment: RINGFORM_PATHS (manifest paths, space-separated), RINGFORM_MAX_DELETES,
# RINGCENTRAL_* from the repository's secrets.
set -euo pipefail
read -r -a paths <<< "${RINGFORM_PATHS:-.}"
work="${RUNNER_TEMP:-$(mktemp -d)}/ringform"
mkdir -p "$work"

ringform doctor
set +e
ringform plan "${paths[@]}" --out "$work/plan.json" --detailed-exitcode
planned=$?
set -e
if [ "$planned" -eq 0 ]; then
  echo "No changes: RingCentral already matches the manifests."
  exit 0
fi
[ "$planned" -eq 2 ] || exit "$planned"
ringform apply --plan "$work/plan.json" --yes --max-deletes "${RINGFORM_MAX_DELETES:-10}"
