"""Dumps the accessible tree of one running program, read over AT-SPI as a screen reader reads it.

    /usr/bin/python3 tree.py PID SECONDS

Waits up to SECONDS for the program with that process id to show on the AT-SPI desktop with a
tree that holds a button and has stopped changing, then prints one line per node: its depth as
indentation, its role, a tab and its name (a label's text when it has no name). Exit 1 when the
program never showed.
"""

import sys
import time

import pyatspi


def node_text(acc):
    name = acc.name or ""
    if not name:
        try:
            text = acc.queryText()
            name = text.getText(0, text.characterCount)
        except Exception:
            name = ""
    return " ".join(name.split())


def dump(acc, depth, lines, limit=4000):
    if acc is None or len(lines) >= limit:
        return
    try:
        role = acc.getRoleName()
    except Exception:
        return
    lines.append("  " * depth + role + "\t" + node_text(acc))
    try:
        count = acc.childCount
    except Exception:
        count = 0
    for i in range(count):
        try:
            child = acc.getChildAtIndex(i)
        except Exception:
            continue
        dump(child, depth + 1, lines, limit)


def find_app(pid, seen):
    """The application with this process id; `seen` collects what else is there."""
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is None:
            continue
        try:
            if app.get_process_id() == pid:
                return app
            seen.add("%s (process %d)" % (app.name, app.get_process_id()))
        except Exception as e:
            seen.add("an application that did not answer: %s" % e)
    return None


def main():
    pid = int(sys.argv[1])
    deadline = time.time() + float(sys.argv[2])
    last = None
    seen = set()
    while time.time() < deadline:
        app = find_app(pid, seen)
        if app is not None:
            lines = []
            dump(app, 0, lines)
            has_button = any(l.strip().startswith("push button") for l in lines)
            if has_button and lines == last:
                print("\n".join(lines))
                return 0
            last = lines
        time.sleep(1.0)
    if last is not None:
        print("\n".join(last))
        return 0
    print(
        "no accessible application with process id %d after %s s; on the desktop: %s"
        % (pid, sys.argv[2], ", ".join(sorted(seen)) or "nothing"),
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
