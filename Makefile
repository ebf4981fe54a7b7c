# The front door. `make run` is the main job, `make check` the tests.
.PHONY: run check shell tree export build bisect bench bench-view bench-ckpt clean help

run:	## apply, build, boot in QEMU, run the kselftest targets
	scripts/run

check:	## run, plus the patch gates and the mainline regression targets
	scripts/check

shell:	## boot the built kernel into a busybox shell on the serial console
	scripts/deps
	scripts/build
	test -d .cache/kselftest || scripts/kselftests
	scripts/tools
	scripts/initramfs
	scripts/boot --shell

tree:	## a git work tree of the base, one commit per patch, in .cache/tree
	scripts/deps
	scripts/tree

export:	## write the commits of .cache/tree back to patches/ and series
	scripts/export

build:	## only apply and build the kernel
	scripts/deps
	scripts/build

bisect:	## build the kernel after each patch in turn (slow)
	scripts/deps
	scripts/check-bisect

bench:	## benchmark bind_ns() against setns() in the guest (own build)
	scripts/deps
	scripts/bench-bind-ns

bench-view:	## benchmark /proc views against plain proc and LXCFS (own build)
	scripts/deps
	scripts/bench-cgroup-view

bench-ckpt:	## benchmark checkpoint()/restart() against write(2) and CRIU (own build)
	scripts/deps
	scripts/bench-checkpoint

clean:	## remove everything built, the ccache too
	rm -rf .cache

help:
	@grep -E '^[a-z-]+:.*##' Makefile | sed 's/:.*## /\t/'
