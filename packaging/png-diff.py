#!/usr/bin/env python3
"""png-diff.py A.png B.png: how many pixels differ between two PNG pictures of the same size, and
by how much at most (standard library only; 8-bit RGB or RGBA). Prints "N of M pixels differ
(max channel difference D)"; exits 1 when the sizes differ or more than 0.5 % of pixels differ."""
import importlib.util
import os
import sys

spec = importlib.util.spec_from_file_location(
    "icon", os.path.join(os.path.dirname(os.path.abspath(__file__)), "make-icon.py"))
icon = importlib.util.module_from_spec(spec)
spec.loader.exec_module(icon)

(wa, ha, pa), (wb, hb, pb) = icon.read_png(sys.argv[1]), icon.read_png(sys.argv[2])
if (wa, ha) != (wb, hb):
    print(f"sizes differ: {wa}x{ha} and {wb}x{hb}")
    sys.exit(1)
diff, worst = 0, 0
for y in range(ha):
    for x in range(wa):
        a, b = pa(x, y), pb(x, y)
        if a != b:
            diff += 1
            worst = max(worst, max(abs(i - j) for i, j in zip(a, b)))
total = wa * ha
print(f"{diff} of {total} pixels differ (max channel difference {worst})")
sys.exit(0 if diff * 200 <= total else 1)
