# Sourced by the project's scripts: puts a Node >= 22.12 first on PATH.
# When the machine's own node is older, fetches the version pinned in .node-version
# from the npm registry (package node-linux-<arch>) into .tools/, which git ignores.
# The package's tarball is checked against the SHA-256 kept in scripts/node-sha256.txt BEFORE anything
# from it is unpacked or run (npm pack runs no script); a mismatch deletes the download and stops.
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
    tarball="node-linux-$arch-$pinned.tgz"
    sums="$root/scripts/node-sha256.txt"
    expected="$(awk -v f="$tarball" '$2 == f { print $1 }' "$sums" 2>/dev/null)"
    if [ -z "$expected" ]; then
      echo "Không có mã SHA-256 của $tarball trong scripts/node-sha256.txt: thêm dòng «<sha256>  $tarball» (lấy bằng npm pack rồi sha256sum, đối chiếu trên máy khác) rồi chạy lại." >&2
      exit 1
    fi
    download="$(mktemp -d)"
    if ! npm pack --pack-destination "$download" --silent --loglevel=error "node-linux-$arch@$pinned" >/dev/null ||
      [ ! -f "$download/$tarball" ]; then
      rm -rf "$download"
      echo "Không tải được Node $pinned." >&2
      exit 1
    fi
    actual="$(sha256sum "$download/$tarball" | cut -d' ' -f1)"
    if [ "$actual" != "$expected" ]; then
      rm -rf "$download"
      echo "Tệp Node $pinned tải về ($tarball) không khớp mã SHA-256 ghi trong scripts/node-sha256.txt: đã xóa, không dùng. Có thể bản tải bị hỏng hoặc bị thay; thử lại, và nếu vẫn sai thì báo cán bộ kỹ thuật, đừng sửa mã trong tệp cho khớp." >&2
      exit 1
    fi
    npm install --prefix "$tools" --no-save --no-package-lock --no-audit --no-fund --ignore-scripts --loglevel=error \
      "$download/$tarball" >&2 || { rm -rf "$download"; echo "Không cài được Node $pinned." >&2; exit 1; }
    rm -rf "$download"
  fi
  export PATH="$tools/node_modules/.bin:$PATH"
  # Native addons must build against this Node's headers, not the system's.
  [ -d "$tools/node_modules/node-linux-$arch/include/node" ] && export npm_config_nodedir="$tools/node_modules/node-linux-$arch"
fi
export PATH="$root/node_modules/.bin:$PATH"
# Nothing at build, test or run time reaches the internet: no telemetry, no check for a newer Astro.
export ASTRO_TELEMETRY_DISABLED=1
export ASTRO_DISABLE_UPDATE_CHECK=true


