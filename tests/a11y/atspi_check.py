#!/usr/bin/python3
"""Reads AnkleBack's real accessibility tree over AT-SPI, the way Orca does, and fails on
what a screen-reader user would miss.

Run by scripts/a11y-test.sh inside `xvfb-run` and `dbus-run-session` (a private display and
session bus). Needs python3-pyatspi (Debian's, so /usr/bin/python3), xdotool and busctl.

    tests/a11y/atspi_check.py BINARY

Checks:
- the window has a name that says the screen;
- every screen (and each dialog) has a heading;
- no focusable node is unnamed or has role "unknown";
- radio groups are named;
- after Start and after each answer the focused node is the question's text, and pressing
  Enter on it answers nothing;
- the urgent result is focused and shown as an alert (a notification).
"""

import os
import re
import subprocess
import sys
import tempfile
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FAILURES = []


def fail(message):
    FAILURES.append(message)
    print(f"FAIL: {message}", flush=True)


def ok(message):
    print(f"ok: {message}", flush=True)


def questions():
    """Every question's text (both reading levels) from the self-check content."""
    texts = set()
    folder = os.path.join(ROOT, "content", "selfcheck")
    for name in os.listdir(folder):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            source = f.read()
        for block in re.findall(r"\btext: \(\s*(patient: .*?)\n\s*\),", source, re.S):
            for text in re.findall(r'(?:patient|clinician): "((?:[^"\\]|\\.)*)"', block):
                texts.add(text.replace('\\"', '"'))
    return texts


def run(*command):
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def keys(*names):
    run("xdotool", "key", "--delay", "40", *names)
    time.sleep(0.25)


def find_app(timeout=15.0):
    end = time.time() + timeout
    while time.time() < end:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is not None and app.get_name() == "ankleback":
                app.set_cache_mask(Atspi.Cache.NONE)
                return app
        time.sleep(0.1)
    return None


class Node:
    """One accessible, read once (the tree is read again for each check)."""

    def __init__(self, acc, depth, parent):
        self.acc = acc
        self.depth = depth
        self.parent = parent
        try:
            self.role = acc.get_role_name()
            self.name = acc.get_name() or ""
            states = acc.get_state_set()
            self.focusable = states.contains(Atspi.StateType.FOCUSABLE)
            self.focused = states.contains(Atspi.StateType.FOCUSED)
            self.modal = states.contains(Atspi.StateType.MODAL)
        except gi.repository.GLib.Error:
            self.role, self.name = "gone", ""
            self.focusable = self.focused = self.modal = False

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def __str__(self):
        return f"[{self.role}] {self.name[:70]!r}"


def walk(app):
    nodes = []

    def visit(acc, depth, parent):
        node = Node(acc, depth, parent)
        nodes.append(node)
        try:
            count = acc.get_child_count()
        except gi.repository.GLib.Error:
            return
        for i in range(count):
            child = acc.get_child_at_index(i)
            if child is not None:
                visit(child, depth + 1, node)

    visit(app, 0, None)
    return nodes


def frame_name(app):
    for node in walk(app):
        if node.role == "frame":
            return node.name
    return ""


def focused(app):
    found = [n for n in walk(app) if n.focused and n.role != "frame"]
    return found[-1] if found else None


def wait_until(what, test, timeout=5.0):
    end = time.time() + timeout
    value = test()
    while not value and time.time() < end:
        time.sleep(0.2)
        value = test()
    return value


def check_screen(app, screen):
    """Names, roles, a heading and named radio groups on what is shown now."""
    nodes = walk(app)
    name = frame_name(app)
    if screen.lower() not in name.lower():
        fail(f"{screen}: the window is named {name!r}, without the screen")
    headings = [n for n in nodes if n.role == "heading"]
    if not headings:
        fail(f"{screen}: no heading")
    bad = [n for n in nodes if n.focusable and (not n.name.strip() or n.role == "unknown")]
    for node in bad:
        fail(f"{screen}: focusable node without a name or role: {node}")
    for radio in (n for n in nodes if n.role == "radio button"):
        groups = [a for a in radio.ancestors() if a.role == "panel" and a.name.strip()]
        if not groups:
            fail(f"{screen}: radio button {radio.name!r} is in no named group")
    ok(f"{screen}: window {name!r}, {len(headings)} heading(s), {len(nodes)} nodes")
    return nodes


def tab_to(app, name, limit=60):
    """Presses Tab until the node named `name` has focus."""
    for _ in range(limit):
        node = focused(app)
        if node is not None and node.name == name:
            return node
        keys("Tab")
    fail(f"Tab never reached {name!r}")
    return None


def click(app, name):
    """Clicks the node named `name` through AT-SPI (as Orca's "activate" does)."""
    for node in walk(app):
        if node.name == name and node.role != "frame":
            if Atspi.Action.get_n_actions(node.acc) > 0:
                Atspi.Action.do_action(node.acc, 0)
                time.sleep(0.3)
                return True
    fail(f"nothing to click named {name!r}")
    return False


def answer_all(app, prefix):
    """Picks the answer starting with `prefix` for every question on the screen."""
    names = [n.name for n in walk(app) if n.role == "radio button" and n.name.startswith(prefix)]
    if not names:
        fail(f"no answers named {prefix!r} on this screen")
    for name in names:
        click(app, name)


def expect_question(app, texts, step):
    node = wait_until("question", lambda: (lambda n: n if n and n.name in texts else None)(focused(app)))
    if node is None:
        fail(f"{step}: focus is on {focused(app)}, not on a question")
        return None
    ok(f"{step}: focus on the question {node.name[:60]!r}")
    return node


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target/debug/ankleback")
    texts = questions()
    if len(texts) < 10:
        fail(f"only {len(texts)} question texts read from content/selfcheck")
    run("busctl", "--user", "set-property", "org.a11y.Bus", "/org/a11y/bus",
        "org.a11y.Status", "IsEnabled", "b", "true")
    data = tempfile.mkdtemp(prefix="ankleback-a11y-")
    app_process = subprocess.Popen([binary, "--data-dir", data])
    try:
        app = find_app()
        if app is None:
            fail("the app never appeared on the accessibility bus")
            return
        # Without window focus, AccessKit reports no focus and egui gets no keys.
        run("xdotool", "search", "--sync", "--onlyvisible", "--name", "AnkleBack",
            "windowfocus", "--sync")
        time.sleep(1.0)

        # First start: who is using the app (a named modal dialog), then the welcome.
        nodes = check_screen(app, "Body map")
        dialogs = [n for n in nodes if n.role == "dialog"]
        if not any(d.name == "Who is using AnkleBack?" and d.modal for d in dialogs):
            fail(f"the profile chooser is not a named modal dialog: {[str(d) for d in dialogs]}")
        run("xdotool", "type", "--delay", "40", "Sam")
        keys("Return")
        time.sleep(0.5)
        nodes = check_screen(app, "Body map")
        if not any(n.role == "dialog" and n.name == "Welcome to AnkleBack" for n in nodes):
            fail("the welcome is not a dialog named Welcome to AnkleBack")
        node = wait_until("welcome heading", lambda: focused(app))
        if node is None or node.role != "heading":
            fail(f"the welcome's heading does not have focus: {node}")
        tab_to(app, "I have pain")
        keys("Return")

        # Each place: focus goes to its heading.
        for digit, screen in [("2", "Learn"), ("4", "My progress"), ("5", "Settings"),
                              ("1", "Body map"), ("3", "Self-check")]:
            keys(f"ctrl+{digit}")
            check_screen(app, screen)
            node = wait_until("heading", lambda: (lambda n: n if n and n.role == "heading" else None)(focused(app)))
            if node is None:
                fail(f"{screen}: after Ctrl+{digit} focus is on {focused(app)}, not a heading")
            else:
                ok(f"{screen}: focus on the heading {node.name!r}")

        # The drawing is an image that says what it shows; a chosen part says so.
        keys("ctrl+1")
        images = [n for n in walk(app) if n.role == "image" and n.name.startswith("Body drawing")]
        if not images:
            fail("the body drawing is not an image with a text summary")
        else:
            ok(f"drawing: {images[0].name!r}")
        click(app, "Achilles tendon")
        names = [n.name for n in walk(app)]
        if "Achilles tendon, selected, details shown" not in names:
            fail("a selected region does not say it is selected")
        if not any(n.startswith("Body drawing") and "Selected: Achilles tendon" in n for n in names):
            fail("the drawing's summary does not name the selected part")

        # An article: its title takes focus.
        keys("ctrl+2")
        tab_to(app, "Can back pain cause ankle pain?")
        keys("Return")
        check_screen(app, "Learn")
        node = wait_until("article heading", lambda: (lambda n: n if n and n.role == "heading" else None)(focused(app)))
        if node is None:
            fail(f"article: focus is on {focused(app)}, not its title")

        # The self-check by keyboard: Enter alone never answers.
        keys("ctrl+3")
        tab_to(app, "Start the self-check")
        keys("Return")
        question = expect_question(app, texts, "after Start")
        keys("Return", "Return", "Return")
        after = focused(app)
        if question is not None and (after is None or after.name != question.name):
            fail(f"Enter on the question moved on: focus now on {after}")
        else:
            ok("Enter three times on the question answers nothing")
        check_screen(app, "Self-check")
        # Screen 1: answer No to each question (AT-SPI clicks; focus stays where it was),
        # then Tab to Next and press Enter: focus goes to the next screen's question.
        answer_all(app, "No:")
        tab_to(app, "Next")
        keys("Return")
        expect_question(app, texts, "after answering screen 1")
        # Back to screen 1: its question takes focus again.
        click(app, "Previous screen")
        expect_question(app, texts, "after Previous screen")
        # Yes to the first emergency sign gives the emergency result.
        answer_all(app, "No:")
        first_yes = [n for n in walk(app) if n.role == "radio button" and n.name.startswith("Yes:")]
        if first_yes:
            click(app, first_yes[0].name)
        tab_to(app, "Next")
        keys("Return")
        result = wait_until("result", lambda: (lambda n: n if n and n.role == "heading" else None)(focused(app)))
        nodes = check_screen(app, "Self-check")
        alerts = [n for n in nodes if n.role in ("notification", "alert")]
        if result is None:
            fail(f"the result's heading is not focused: {focused(app)}")
        else:
            ok(f"result: focus on {result.name!r}")
        urgent = [a for a in alerts if "care" in a.name.lower() or "emergency" in a.name.lower()]
        if not urgent:
            fail(f"the urgent result is not an alert: {[str(a) for a in alerts]}")
        else:
            ok(f"urgent result is an alert: {urgent[0]}")
    finally:
        app_process.terminate()
        try:
            app_process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app_process.kill()


if __name__ == "__main__":
    started = time.time()
    main()
    print(f"accessibility check: {len(FAILURES)} failure(s) in {time.time() - started:.0f} s")
    sys.exit(1 if FAILURES else 0)
