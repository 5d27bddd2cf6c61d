#!/usr/bin/env python3
"""Renders the application icon for the Windows and macOS installers from the one SVG.

    scripts/make-platform-icons.py [--check]

writes packaging/windows/popsell-moderator.ico and packaging/macos/popsell-moderator.icns.
They are committed: the machines that build those installers need neither rsvg-convert nor
this script. Run it again whenever resources/icons/popsell-moderator.svg changes; --check
(the test packaging_platform_icons) writes nothing and fails while a committed file differs
from what would be written.

Both containers hold PNG images (Windows Vista and later, macOS 10.7 and later read them), so
packing them needs nothing beyond the standard library; rsvg-convert (librsvg2-bin) renders
each size from the SVG, as the Linux hicolor icons are rendered.
"""
import pathlib
import struct
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "popsell-moderator.svg"
ICO = ROOT / "packaging" / "windows" / "popsell-moderator.ico"
ICNS = ROOT / "packaging" / "macos" / "popsell-moderator.icns"

# Windows picks the entry of the exact size for the taskbar, Explorer and the title bar.
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
# The PNG-typed ICNS entries and the pixel size of each (the @2x ones share a size).
ICNS_TYPES = [
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
]


def render(size: int, workdir: pathlib.Path) -> bytes:
    out = workdir / f"{size}.png"
    if not out.exists():
        subprocess.run(
            ["rsvg-convert", "--width", str(size), "--height", str(size), "--output", str(out),
             str(SVG)],
            check=True)
    return out.read_bytes()


def ico(images: dict) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(images))
    entries = b""
    data = b""
    offset = 6 + 16 * len(images)
    for size, png in images.items():
        # 0 in the width and height bytes means 256.
        edge = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(png), offset)
        data += png
        offset += len(png)
    return header + entries + data


def icns(chunks: list) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in chunks)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    check = sys.argv[1:] == ["--check"]
    with tempfile.TemporaryDirectory() as tmp:
        workdir = pathlib.Path(tmp)
        wanted = {
            ICO: ico({size: render(size, workdir) for size in ICO_SIZES}),
            ICNS: icns([(kind, render(size, workdir)) for kind, size in ICNS_TYPES]),
        }
    stale = [path for path, data in wanted.items() if not path.exists() or path.read_bytes() != data]
    if check:
        for path in stale:
            print(f"{path.relative_to(ROOT)} differs from the SVG's rendering: "
                  "run scripts/make-platform-icons.py", file=sys.stderr)
        return 1 if stale else 0
    for path in stale:
        path.write_bytes(wanted[path])
    print(f"{len(stale)} of {ICO.relative_to(ROOT)}, {ICNS.relative_to(ROOT)} rewritten")
    return 0


if __name__ == "__main__":
    sys.exit(main())
