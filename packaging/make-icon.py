#!/usr/bin/env python3
"""Makes packaging/overpromise.png (256x256 RGBA) from two portraits in assets/portraits: a
client and the project manager, side by side on the game's accent colour. Standard library only
(PNG decoded and encoded by hand: 8-bit RGB or RGBA, not interlaced). Run from the repository root:
    python3 packaging/make-icon.py
"""
import struct
import zlib

ACCENT = (0x17, 0x66, 0x61)
PAPER = (0xF3, 0xF0, 0xE8)
SIZE = 256


def read_png(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    pos, idat, w = 8, b"", None
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        pos += 12 + n
        if kind == b"IHDR":
            w, h, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and ctype in (2, 6) and interlace == 0, path
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += body
    raw = zlib.decompress(idat)
    stride = w * bpp
    rows, prev = [], bytearray(stride)
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pr = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[x] = (line[x] + pr) & 255
        rows.append(line)
        prev = line
    px = lambda x, y: tuple(rows[y][x * bpp:x * bpp + 3])
    return w, h, px


def write_png(path, pixels):
    raw = b"".join(b"\x00" + bytes(v for p in row for v in p) for row in pixels)

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    open(path, "wb").write(png)


def main():
    faces = [read_png("assets/portraits/person03.png"), read_png("assets/portraits/project_manager.png")]
    # (centre x, centre y, radius) of each portrait disc; the second overlaps the first.
    discs = [(92, 120, 74), (164, 136, 74)]
    pixels = []
    for y in range(SIZE):
        row = []
        for x in range(SIZE):
            # Rounded square of the accent colour, transparent corners.
            r = 40
            cx = min(max(x, r), SIZE - 1 - r)
            cy = min(max(y, r), SIZE - 1 - r)
            inside = (x - cx) ** 2 + (y - cy) ** 2 <= r * r
            colour, alpha = ACCENT, 255 if inside else 0
            for (w, h, px), (dx, dy, dr) in zip(faces, discs):
                d2 = (x - dx) ** 2 + (y - dy) ** 2
                if d2 <= (dr + 5) ** 2:
                    colour = PAPER  # a light ring around each face
                if d2 <= dr * dr:
                    sx = (x - dx + dr) * w // (2 * dr)
                    sy = (y - dy + dr) * h // (2 * dr)
                    colour = px(min(sx, w - 1), min(sy, h - 1))
            row.append((*colour, alpha))
        pixels.append(row)
    write_png("packaging/overpromise.png", pixels)


if __name__ == "__main__":
    main()
