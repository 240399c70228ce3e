#!/usr/bin/env bash
# Makes a release tag the GitHub Action can be used by — `uses: OWNER/ringform@v0.1.0` — and the
# tarball of the npm package. The tag's commit carries the compiled dist/ (it is not on the main
# branch), so a workflow run packs ringform as it is: nothing is built, no dev dependency
# installed. Run in a clean clone of ringform, on the commit to release:
#
#   scripts/release-action.sh 0.1.0
#   git push origin v0.1.0            # then: uses: OWNER/ringform@v0.1.0
#
# The tarball (ringform-0.1.0.tgz) can be attached to a GitHub release or published with
# `npm publish ringform-0.1.0.tgz`; the Action's `ringform` input takes either.
set -euo pipefail
version="${1:?usage: scripts/release-action.sh VERSION (as in package.json)}"
[ "$(node -p 'require("./package.json").version')" = "$version" ] || {
  echo "package.json has version $(node -p 'require("./package.json").version'), not $version" >&2
  exit 1
}
[ -z "$(git status --porcelain)" ] || {
  echo "the working tree has changes: commit or stash them first" >&2
  exit 1
}
git rev-parse -q --verify "refs/tags/v$version" > /dev/null && {
  echo "tag v$version exists already" >&2
  exit 1
}
npm ci --no-audit --no-fund
npm run build
npm pack --ignore-scripts
back="$(git rev-parse --abbrev-ref HEAD)"
git checkout -q --detach
git add -f dist
git reset -q -- dist/.tsbuildinfo dist/.build-stamp 2> /dev/null || true
git commit -q -m "ringform $version: the Action with its compiled dist/"
git tag -a "v$version" -m "ringform $version"
git checkout -q "$back"
echo "Tagged v$version (with dist/) and packed ringform-$version.tgz. Push the tag: git push origin v$version"
