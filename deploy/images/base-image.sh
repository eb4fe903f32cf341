#!/usr/bin/env bash
# The Java 17 runtime base image for PlanWatch's images where no container registry is reachable
# (CI here): Debian bookworm (minbase) with Debian's openjdk-17-jre-headless, installed from Debian's
# mirror by debootstrap and saved in the `docker save` layout that Jib reads as tar://FILE.
# Where a registry is reachable, the build uses eclipse-temurin:17-jre instead and needs none of this.
#
# Usage: deploy/images/base-image.sh OUT.tar     (root, or sudo; reuses OUT.tar when it exists)
set -euo pipefail

out="${1:?usage: $0 OUT.tar}"
if [[ -s "$out" ]]; then
  echo "base image: $out (already built)"
  exit 0
fi
sudo=""
if [[ "$(id -u)" -ne 0 ]]; then sudo="sudo"; fi
if ! command -v debootstrap >/dev/null; then
  echo "== installing Debian's debootstrap"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
fi

work="$(mktemp -d)"
trap '$sudo rm -rf "$work"' EXIT
rootfs="$work/rootfs"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
echo "== debootstrap bookworm + openjdk-17-jre-headless from $mirror"
$sudo debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates \
  bookworm "$rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 || { tail -20 "$work/debootstrap.log"; exit 1; }

# What a container does not need: package caches, documentation, device nodes (the runtime
# mounts its own /dev).
$sudo rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* \
  "$rootfs"/usr/share/doc "$rootfs"/usr/share/man "$rootfs"/usr/share/info "$rootfs"/dev/*

layer="$work/layer.tar"
$sudo tar --numeric-owner --sort=name -C "$rootfs" -cf "$layer" .
diff_id="sha256:$(sha256sum "$layer" | cut -d' ' -f1)"
java_home="/usr/lib/jvm/java-17-openjdk-$(dpkg --print-architecture)"
arch="$(dpkg --print-architecture)"
cat >"$work/config.json" <<JSON
{"architecture":"$arch","os":"linux",
 "config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=$java_home","LANG=C.UTF-8"]},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]},
 "history":[{"created_by":"debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates bookworm"}]}
JSON
cat >"$work/manifest.json" <<JSON
[{"Config":"config.json","RepoTags":["planwatch/base-jre17:bookworm"],"Layers":["layer.tar"]}]
JSON
mkdir -p "$(dirname "$out")"
tar -C "$work" -cf "$out.partial" manifest.json config.json layer.tar
mv "$out.partial" "$out"
echo "base image: $out ($(du -h "$out" | cut -f1))"
