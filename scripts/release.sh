#!/bin/sh
# release.sh X.Y.Z: tag the current commit as release X.Y.Z of nhnorm, for every way it is pinned:
#   vX.Y.Z  the release (GitHub Action `uses: …/nhnorm@vX.Y.Z`, pre-commit `rev:`)
#   X.Y.Z   the same release for GitLab's CI/CD catalog, which wants a plain semantic version
#   vX      the moving major tag (`@v1`): moved to this commit, so @vX follows every X.y.z release
# Refuses unless pyproject.toml has this version, CHANGELOG.md has a section for it, the work tree is
# clean and X.Y.Z is newer than the release vX points at. Push with:
#   git push origin vX.Y.Z X.Y.Z && git push --force origin vX
set -eu
version=${1:?gebruik: scripts/release.sh X.Y.Z}
cd "$(dirname "$0")/.."
case $version in
*[!0-9.]* | .* | *. | *..*) echo "release.sh: $version is geen versie X.Y.Z" >&2; exit 2 ;;
esac
[ "$(echo "$version" | tr -cd . | wc -c)" -eq 2 ] || { echo "release.sh: $version is geen versie X.Y.Z" >&2; exit 2; }
major=${version%%.*}
grep -qx "version = \"$version\"" pyproject.toml || { echo "release.sh: pyproject.toml noemt niet version = \"$version\"" >&2; exit 1; }
grep -q "^## $version\b" CHANGELOG.md || { echo "release.sh: CHANGELOG.md heeft geen sectie ## $version" >&2; exit 1; }
[ -z "$(git status --porcelain)" ] || { echo "release.sh: de werkmap heeft niet-vastgelegde wijzigingen" >&2; exit 1; }
if git rev-parse --quiet --verify "refs/tags/v$version" >/dev/null || git rev-parse --quiet --verify "refs/tags/$version" >/dev/null; then
    echo "release.sh: versie $version bestaat al" >&2
    exit 1
fi
previous=$(git tag --points-at "v$major^{commit}" 2>/dev/null | grep -E "^v$major\.[0-9]+\.[0-9]+$" | sort -V | tail -n 1 || true)
if [ -n "$previous" ] && [ "$(printf '%s\n%s\n' "${previous#v}" "$version" | sort -V | tail -n 1)" != "$version" ]; then
    echo "release.sh: v$major staat op $previous, nieuwer dan $version" >&2
    exit 1
fi
git tag -a "v$version" -m "nhnorm $version"
git tag -a "$version" -m "nhnorm $version (GitLab CI/CD catalog)"
git tag -f -a "v$major" -m "nhnorm $version (meelopende tag voor v$major)" >/dev/null
echo "getagd: v$version, $version en v$major; push met:"
echo "  git push origin v$version $version && git push --force origin v$major"
