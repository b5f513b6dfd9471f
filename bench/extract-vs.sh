#!/usr/bin/env bash
# bench/extract-vs.sh BASE_REF [PAIRS] — the extractor's whole-process CPU time against an
# earlier commit, measured the way the README's bench:extract tables are:
#   - each tree's bench/extract.ts bundled once with esbuild, so tsx's start-up and
#     on-the-fly compilation are not in the figure;
#   - BENCH_PEER_MS=0, so the recognizers-text comparison adds nothing;
#   - runs alternating (this tree, BASE_REF, this tree, ...), each under the shared
#     heavy-job lock, so a drift in the machine's speed hits both sides alike;
#   - user+sys CPU seconds of the whole process from /usr/bin/time, and the ratio
#     taken pair by pair, then the median and range of those ratios.
# BASE_REF is checked out (detached) in a temporary worktree that is removed at the end.
set -euo pipefail
base_ref=${1:?usage: bench/extract-vs.sh BASE_REF [PAIRS]}
pairs=${2:-6}
here=$(cd "$(dirname "$0")/.." && pwd)
esbuild="$here/node_modules/.bin/esbuild"
work=$(mktemp -d /tmp/extract-vs.XXXXXX)
lock=${QJ_LOCK:-/tmp/qj-heavy.lock}

cleanup() {
  git -C "$here" worktree remove --force "$work/base-tree" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

git -C "$here" worktree add --detach "$work/base-tree" "$base_ref" >/dev/null 2>&1
ln -s "$here/node_modules" "$work/base-tree/node_modules"

# Bundle into <dir>/bench/ beside a link to the tree's tests/, because the bench finds its
# seed pages relative to its own file (../tests/fixtures/corpus/).
bundle() { # tree outdir
  mkdir -p "$2/bench"
  ln -s "$1/tests" "$2/tests"
  (cd "$1" && "$esbuild" bench/extract.ts --bundle --platform=node --format=esm \
    --tsconfig=tsconfig.json --log-level=warning \
    --banner:js="import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" \
    --outfile="$2/bench/extract.mjs")
}
bundle "$here" "$work/head"
bundle "$work/base-tree" "$work/base"
head_rev=$(git -C "$here" rev-parse --short HEAD)$(git -C "$here" diff --quiet HEAD -- extract bench || echo "+changes")
base_rev=$(git -C "$here" rev-parse --short "$base_ref")

# One run: prints "cpu_seconds mb_per_cpu_second_in_process".
run() { # dir
  local t="$work/time.txt" o="$work/out.txt"
  flock "$lock" env BENCH_PEER_MS=0 /usr/bin/time -f '%U %S' -o "$t" node "$1/bench/extract.mjs" >"$o"
  local cpu; cpu=$(awk '{ printf "%.2f", $1 + $2 }' "$t")
  local mbs; mbs=$(sed -n 's/.*; \([0-9.]*\) MB per CPU-second.*/\1/p' "$o" | head -1)
  echo "$cpu $mbs"
}

echo "extract-vs: $head_rev against $base_rev, $pairs pairs, $(nproc) cores"
ratios=()
for i in $(seq 1 "$pairs"); do
  read -r hc hm < <(run "$work/head")
  read -r bc bm < <(run "$work/base")
  r=$(awk -v a="$hc" -v b="$bc" 'BEGIN { printf "%.3f", a / b }')
  ratios+=("$r")
  echo "pair $i: $head_rev ${hc}s (${hm} MB/cpu-s in process)  $base_rev ${bc}s (${bm})  ratio $r  load $(cut -d' ' -f1-3 /proc/loadavg)"
done
printf '%s\n' "${ratios[@]}" | sort -n | awk '
  { r[NR] = $1 }
  END {
    med = (NR % 2) ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2
    printf "CPU time ratio (whole process), median of %d pairs: %.3f (range %.3f-%.3f)\n", NR, med, r[1], r[NR]
  }'
