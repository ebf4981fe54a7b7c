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
# quilt reads the series and patches from the repository.
export QUILT_PATCHES=$top/patches QUILT_SERIES=$top/series
# The patch files named in series, in order.
series_patches() {
	grep -vE '^[[:space:]]*(#|$)' "$top/series" | awk '{print $1}'
}
# A copy of a kernel tree that keeps mtimes, without git metadata.
copy_tree() {
	mkdir -p "$2"
	rsync -a --exclude=.git --exclude=.unpacked "$1/" "$2/"
}
