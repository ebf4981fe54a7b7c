# Sourced by the scripts: where things live. Everything built goes to $cache.
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cache=${CACHE:-$top/.cache}
# SRC, BUILD and RUN let scripts/baseline point the same steps at the base.
src=${SRC:-$cache/src}
build=${BUILD:-$cache/build}
run=${RUN:-$cache}
jobs=$(nproc)
export CCACHE_DIR=${CCACHE_DIR:-$cache/ccache}
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-8G}
kmake() {
	make -s -C "$src" O="$build" ARCH=x86_64 CC="ccache gcc" HOSTCC="ccache gcc" \
		-j"$jobs" "$@"
}
