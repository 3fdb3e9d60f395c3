#!/usr/bin/env bash
# Makes a stand-in for the public base image node:20-bookworm-slim, which cannot be pulled on machines
# whose only reachable package sources are Debian's archive and the npm registry. It is built the way the
# official image is laid out, so the project's Dockerfile builds against it unchanged:
#   - a Debian bookworm root from `debootstrap --variant=minbase` (the official image starts from
#     debian:bookworm-slim, itself a minbase root with docs, man pages and locales left out);
#   - this machine's own Node 20 binary, its headers, npm and corepack under /usr/local, where the official
#     image unpacks the nodejs.org tarball (npm, npx and corepack are symlinks in /usr/local/bin);
#   - a `node` user and group with uid/gid 1000 and home /home/node;
#   - the official image's PATH, NODE_VERSION, ENTRYPOINT (docker-entrypoint.sh) and CMD (node).
# Left out: yarn (the official image bundles yarn 1 in /opt; nothing here uses it).
#
# The image is tagged docker.io/library/node:20-bookworm-slim and localhost/node:20-bookworm-slim and
# labelled with the Node version and a hash of this script: when an image with both labels equal to the
# current ones exists it is reused, so a second run costs nothing. --force rebuilds it anyway.
#
# Uses whatever podman storage the environment selects (CONTAINERS_STORAGE_CONF, CONTAINERS_CONF), so
# the container test can keep its images in its own cache directory. Needs root (debootstrap, chroot).
# Optional: DEBOOTSTRAP_CACHE=dir keeps the downloaded .deb files between runs.
set -euo pipefail

force=""
for arg in "$@"; do
  case "$arg" in
    --force) force=1 ;;
    *) echo "usage: $0 [--force]" >&2; exit 2 ;;
  esac
done

image=docker.io/library/node:20-bookworm-slim
alias_image=localhost/node:20-bookworm-slim
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
label_node=org.hunyuan3d-gateway.stand-in.node-version
label_recipe=org.hunyuan3d-gateway.stand-in.recipe

node_bin=$(readlink -f "$(command -v node)")
node_version=$("$node_bin" --version)
case "$node_version" in
  v20.*) ;;
  *) echo "make-base-image: node:20-bookworm-slim needs Node 20, this machine has $node_version" >&2; exit 1 ;;
esac
# The prefix Node was installed under (/usr for Debian/NodeSource packages, /usr/local for the tarball):
# its headers and npm live beside it.
node_prefix=$(dirname "$(dirname "$node_bin")")
recipe=$(sha256sum "$0" | cut -c1-16)

existing=$(podman image inspect --format "{{index .Config.Labels \"$label_node\"}} {{index .Config.Labels \"$label_recipe\"}}" "$image" 2>/dev/null || true)
if [ -z "$force" ] && [ "$existing" = "$node_version $recipe" ]; then
  echo "make-base-image: reusing $image (stand-in, Node $node_version)"
  exit 0
fi

missing=()
command -v debootstrap >/dev/null 2>&1 || missing+=(debootstrap)
[ -e /usr/share/keyrings/debian-archive-keyring.gpg ] || missing+=(debian-archive-keyring)
if [ ${#missing[@]} -gt 0 ]; then
  echo "make-base-image: installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/node-base-image.XXXXXX")
root="$work/root"
cleanup() {
  # debootstrap mounts /proc and /sys inside the root when it is interrupted part-way: unmount before removing.
  for m in proc sys dev/pts dev; do
    mountpoint -q "$root/$m" 2>/dev/null && umount -l "$root/$m" || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

echo "make-base-image: debootstrap bookworm (minbase) from $mirror"
cache_args=()
if [ -n "${DEBOOTSTRAP_CACHE:-}" ]; then
  mkdir -p "$DEBOOTSTRAP_CACHE"
  cache_args=(--cache-dir="$(readlink -f "$DEBOOTSTRAP_CACHE")")
fi
debootstrap --variant=minbase --arch=amd64 "${cache_args[@]}" bookworm "$root" "$mirror"

# debian:bookworm-slim's apt and dpkg settings: deb822 sources with the security archive, no recommends
# kept by autoremove, downloaded .debs deleted after install, and the slim variant's excluded paths.
rm -f "$root/etc/apt/sources.list"
cat > "$root/etc/apt/sources.list.d/debian.sources" <<'SOURCES'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
cat > "$root/etc/apt/apt.conf.d/docker-clean" <<'APTCLEAN'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
APTCLEAN
cat > "$root/etc/apt/apt.conf.d/docker-autoremove-suggests" <<'APTSUGGESTS'
Apt::AutoRemove::SuggestsImportant "false";
APTSUGGESTS
cat > "$root/etc/dpkg/dpkg.cfg.d/docker" <<'DPKG'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/info/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/lintian/overrides/*
path-exclude /usr/share/locale/*
path-exclude /usr/share/man/*
DPKG
find "$root/usr/share/doc" -mindepth 2 -not -name copyright -not -type d -delete
find "$root/usr/share/doc" -mindepth 1 -type d -empty -delete
rm -rf "$root"/usr/share/info/* "$root"/usr/share/locale/* "$root"/usr/share/man/* "$root"/usr/share/lintian/overrides/*

echo "make-base-image: Node $node_version from $node_prefix into /usr/local"
install -D -m 0755 "$node_bin" "$root/usr/local/bin/node"
mkdir -p "$root/usr/local/lib/node_modules" "$root/usr/local/include"
cp -a "$node_prefix/lib/node_modules/npm" "$root/usr/local/lib/node_modules/npm"
if [ -d "$node_prefix/lib/node_modules/corepack" ]; then
  cp -a "$node_prefix/lib/node_modules/corepack" "$root/usr/local/lib/node_modules/corepack"
  ln -s ../lib/node_modules/corepack/dist/corepack.js "$root/usr/local/bin/corepack"
fi
# node-gyp builds native addons (better-sqlite3) against the headers beside the running node instead of
# downloading them from nodejs.org, as it does in the official image.
cp -a "$node_prefix/include/node" "$root/usr/local/include/node"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$root/usr/local/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$root/usr/local/bin/npx"

# The official image's entry point: runs `node` when the first argument is an option or not a command.
cat > "$root/usr/local/bin/docker-entrypoint.sh" <<'ENTRY'
#!/bin/sh
set -e

# Run command with node if the first argument contains a "-" or is not a system command. The last
# part inside the "{}" is a workaround for the following bug in ash/dash:
# https://bugs.debian.org/cgi-bin/bugreport.cgi?bug=874264
if [ "${1#-}" != "${1}" ] || [ -z "$(command -v "${1}")" ] || { [ -f "${1}" ] && ! [ -x "${1}" ]; }; then
  set -- node "$@"
fi

exec "$@"
ENTRY
chmod 0755 "$root/usr/local/bin/docker-entrypoint.sh"

chroot "$root" /usr/sbin/groupadd --gid 1000 node
chroot "$root" /usr/sbin/useradd --uid 1000 --gid node --shell /bin/bash --create-home node

# The copied binary must run on this root's libraries, npm with it (in a clean environment: this machine's
# NODE_EXTRA_CA_CERTS and the like name files the root does not have).
chroot "$root" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin node --version >/dev/null
chroot "$root" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/root npm --version >/dev/null

rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin "$root"/var/cache/apt/archives/*.deb \
  "$root"/var/log/*.log "$root"/var/log/apt/* "$root"/tmp/* "$root"/root/.npm
: > "$root/etc/machine-id"

echo "make-base-image: importing as $image"
tar --numeric-owner --xattrs -C "$root" -cf "$work/rootfs.tar" .
podman import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change "ENV NODE_VERSION=${node_version#v}" \
  --change "LABEL $label_node=$node_version" \
  --change "LABEL $label_recipe=$recipe" \
  --change 'LABEL org.hunyuan3d-gateway.stand-in="Stand-in for the public node:20-bookworm-slim, made by scripts/container/make-base-image.sh"' \
  --change 'ENTRYPOINT ["docker-entrypoint.sh"]' \
  --change 'CMD ["node"]' \
  --message "stand-in for node:20-bookworm-slim (Debian bookworm minbase + Node $node_version)" \
  "$work/rootfs.tar" "$image"
podman tag "$image" "$alias_image"
echo "make-base-image: $image ready (stand-in, Node $node_version)"
