# Sourced by the project's scripts: puts a Node >= 22.12 first on PATH.
# When the machine's own node is older, fetches the version pinned in .node-version
# from the npm registry (package node-linux-<arch>) into .tools/, which git ignores.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pinned="$(tr -d '[:space:]' <"$root/.node-version")"

node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)' 2>/dev/null
}

if ! node_ok; then
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) echo "Không hỗ trợ kiến trúc máy $(uname -m): hãy tự cài Node $pinned." >&2; exit 1 ;;
  esac
  tools="$root/.tools/node-$pinned"
  if [ ! -x "$tools/node_modules/.bin/node" ]; then
    echo "Node trên máy quá cũ ($(node -v 2>/dev/null || echo 'không có')); đang tải Node $pinned từ npm registry…" >&2
    npm install --prefix "$tools" --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
      "node-linux-$arch@$pinned" >&2 || { echo "Không tải được Node $pinned." >&2; exit 1; }
  fi
  export PATH="$tools/node_modules/.bin:$PATH"
  # Native addons must build against this Node's headers, not the system's.
  [ -d "$tools/node_modules/node-linux-$arch/include/node" ] && export npm_config_nodedir="$tools/node_modules/node-linux-$arch"
fi
export PATH="$root/node_modules/.bin:$PATH"
# Nothing at build, test or run time reaches the internet: no telemetry, no check for a newer Astro.
export ASTRO_TELEMETRY_DISABLED=1
export ASTRO_DISABLE_UPDATE_CHECK=true


