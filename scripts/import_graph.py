#!/usr/bin/env python3
"""List the module-level import graph of src/ (file modules) and report cycles.

An edge A -> B means a `use` at column 0 of file A (module level, not inside a function or an
inline `mod tests`) names a path that resolves into file module B (the deepest module file on the
path). `mod x;` declarations are not imports. Usage: scripts/import_graph.py [--edges] [SUBTREE]
"""
import os, re, sys

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src")

def modules():
    mods = {}
    for root, _, files in os.walk(SRC):
        for f in files:
            if not f.endswith(".rs"):
                continue
            rel = os.path.relpath(os.path.join(root, f), SRC)[:-3].split(os.sep)
            if rel in (["lib"], ["main"]):
                path = ()
            elif rel[-1] == "mod":
                path = tuple(rel[:-1])
            else:
                path = tuple(rel)
            mods[path] = os.path.join(root, f)
    return mods

def expand(tree):
    """`a::{b, c::{d, e}}` -> [a::b, a::c::d, a::c::e]."""
    tree = tree.strip()
    i = tree.find("{")
    if i < 0:
        return [tree.split(" as ")[0].strip()]
    prefix, body = tree[:i], tree[i + 1 : tree.rfind("}")]
    parts, depth, cur = [], 0, ""
    for ch in body:
        if ch == "{": depth += 1
        if ch == "}": depth -= 1
        if ch == "," and depth == 0:
            parts.append(cur); cur = ""
        else:
            cur += ch
    parts.append(cur)
    out = []
    for p in parts:
        if p.strip():
            out += expand(prefix + p.strip())
    return out

def uses(text):
    out, buf = [], None
    for line in text.splitlines():
        if buf is None:
            m = re.match(r"^(pub(\([^)]*\))?\s+)?use\s+(.*)", line)
            if not m:
                continue
            buf = m.group(3)
        else:
            buf += " " + line.strip()
        if ";" in buf:
            out.append(buf[: buf.index(";")])
            buf = None
    return out

def resolve(cur, path, mods):
    segs = [s for s in path.replace(" ", "").split("::") if s]
    if not segs:
        return None
    if segs[0] == "crate":
        base, segs = [], segs[1:]
    elif segs[0] in ("super", "self"):
        base = list(cur)
        while segs and segs[0] in ("super", "self"):
            if segs[0] == "super":
                base = base[:-1]
            segs = segs[1:]
    elif tuple(list(cur) + [segs[0]]) in mods:
        base = list(cur)  # a child module named without self::
    else:
        return None  # external crate
    full = base + [s for s in segs if s not in ("*", "self")]
    for n in range(len(full), -1, -1):
        if tuple(full[:n]) in mods:
            return tuple(full[:n])
    return None

def code_of(text):
    """The file without comments and without its `#[cfg(test)] mod` blocks (assumed to end the file)."""
    lines, out = text.splitlines(), []
    for i, line in enumerate(lines):
        if line.strip() == "#[cfg(test)]" and i + 1 < len(lines) and re.match(r"\s*(pub\s+)?mod\s", lines[i + 1]):
            break
        out.append(line.split("//")[0])
    return "\n".join(out)

def inline_paths(code):
    """Qualified paths written in code (types, calls): `super::a::B`, `crate::a::b`."""
    return [m.group(0) for m in re.finditer(r"\b(?:crate|super)(?:::(?:\w+|\{))+", code)
            if not m.group(0).endswith("{")]

def graph(mods):
    edges = {}
    for m, f in mods.items():
        text = code_of(open(f, encoding="utf-8").read())
        for p in [q for u in uses(text) for q in expand(u)] + inline_paths(text):
            if True:
                t = resolve(m, p, mods)
                if t is not None and t != m:
                    edges.setdefault(m, set()).add(t)
    return edges

def cycles(edges):
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on, out, n = {}, {}, [], set(), [], [0]
    sys.setrecursionlimit(10000)
    def visit(v):
        index[v] = low[v] = n[0]; n[0] += 1; stack.append(v); on.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w); low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop(); on.discard(w); comp.append(w)
                if w == v: break
            if len(comp) > 1:
                out.append(sorted(comp))
    for v in list(edges):
        if v not in index:
            visit(v)
    return out

def name(m):
    return "::".join(m) or "crate"

if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    sub = tuple(args[0].split("::")) if args else ()
    mods = modules()
    edges = graph(mods)
    if "--edges" in sys.argv:
        for a in sorted(edges):
            if a[: len(sub)] == sub:
                for b in sorted(edges[a]):
                    print(f"{name(a)} -> {name(b)}")
    found = [c for c in cycles(edges) if any(m[: len(sub)] == sub for m in c)]
    for c in found:
        print("cycle:", ", ".join(name(m) for m in c))
    sys.exit(1 if found else 0)
