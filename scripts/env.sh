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
# apt-get with a sources list of its own in directory $1, with lines $2...
# ("deb @MIRROR@ suite main"), @MIRROR@ being the Debian mirror this
# machine's apt already uses; nothing is installed. Sets the array own_apt.
own_apt_setup() {
	local dir=$1 mirror
	shift
	mirror=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
			/etc/apt/sources.list.d/*.sources 2>/dev/null |
		sed -nE 's|^deb +(\[[^]]*\] +)?(https?://[^ ]*/debian)/? .*|\2|p; s|^URIs: *(https?://[^ ]*/debian)/?$|\1|p' |
		head -n 1)
	[ -n "$mirror" ] || { echo "no Debian mirror in apt's sources" >&2; return 1; }
	mkdir -p "$dir/lists/partial"
	printf '%s\n' "$@" | sed "s|@MIRROR@|$mirror|" > "$dir/sources.list"
	own_apt=(apt-get -q -o Dir::Etc::sourcelist="$dir/sources.list"
		-o Dir::Etc::sourceparts=- -o Dir::State::lists="$dir/lists"
		-o APT::Sandbox::User=root)
	"${own_apt[@]}" update >&2
}
