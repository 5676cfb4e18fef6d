#!/bin/sh
# Which advisories a publishing run is new for: those added between the last commit whose
# immediate digests were sent (kept by CI in .cache/canhbao/digest-commit) or, the first time,
# the push's previous commit ($1), and HEAD. A run that was skipped or cancelled is covered by
# the next one, because the window starts where the last successful send stopped.
# Prints KEY=value lines for $GITHUB_OUTPUT or a GitLab dotenv file:
#   base=<commit>        where the window starts (empty: unknown, nothing counts as new)
#   since=YYYY-MM-DD     that commit's date, for `npm run digest -- --since`
#   added=<ids>          advisory ids (<year>/<slug>) added in the window, space-separated
# `digest-window.sh --done` records HEAD as sent.
set -eu
state=.cache/canhbao/digest-commit
content=${CANHBAO_CONTENT:-content}

if [ "${1:-}" = "--done" ]; then
	mkdir -p "$(dirname "$state")"
	git rev-parse HEAD > "$state"
	exit 0
fi

base=$(cat "$state" 2>/dev/null || true)
[ -n "$base" ] || base=${1:-}
# A new branch reports 40 zeros as its previous commit; a commit outside this clone is unknown too.
case "$base" in *[!0]*) ;; *) base='' ;; esac
if [ -n "$base" ] && ! git cat-file -e "$base^{commit}" 2>/dev/null; then base=''; fi

since=''
added=''
if [ -n "$base" ]; then
	since=$(git show -s --format=%cs "$base")
	added=$(git diff --name-only --diff-filter=A "$base" HEAD -- "$content/advisories" |
		sed -n "s|^$content/advisories/\(.*\)\.mdx\$|\1|p" | tr '\n' ' ')
fi
echo "base=$base"
echo "since=$since"
echo "added=${added% }"
