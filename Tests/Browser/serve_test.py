#!/usr/bin/env python3
"""`visitplan serve` in a real browser, as an official edits a file.

    serve_test.py --binary .build/debug/visitplan --root . --out DIR

Starts the server on a free loopback port with a copy of the seed, loads
the page in headless Chromium, rewrites the file and sees the page change
within a second (a new event appears; then an error appears), asks for
paths outside the server's own (404), downloads a document, and stops the
server with SIGINT (it exits 0).
"""
import http.client
import os
import re
import shutil
import signal
import subprocess
import sys
import time

from selenium.webdriver.common.by import By

sys.path.insert(0, os.path.dirname(__file__))
import arguments  # noqa: E402
from browser import Checks, browser  # noqa: E402

NEW_EVENT = """      - id: press-approach
        title: Подход к прессе после подписания
        kind: press
        time: 12:30-12:45
        site: school-museum
        participants: [zhevlakov]
"""


def wait_for(predicate, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    return predicate()


def status(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    connection.putrequest("GET", path, skip_accept_encoding=True)
    connection.endheaders()
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, body, response.getheader("Content-Type")


def block_titles(driver):
    # In one script call: the page may reload between two element lookups.
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('.tl .ev bdi')).map(b => b.textContent)")


def main():
    args = arguments.parse()
    checks = Checks()
    visit = os.path.join(args.out, "live.visit.yaml")
    shutil.copyfile(os.path.join(args.root, "seeds/stakhanov-lipetsk-2018-programme.visit.yaml"),
                    visit)
    with open(visit, encoding="utf-8") as handle:
        original = handle.read()

    server = subprocess.Popen([args.binary, "serve", visit, "--port", "0"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "LANG": "C.UTF-8"})
    line = server.stderr.readline()
    match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    if not match:
        server.kill()
        sys.exit(f"serve did not say where it listens: {line!r}")
    port = int(match.group(1))
    try:
        exercise(args, checks, server, port, visit, original)
    finally:
        if server.poll() is None:  # a failure above must not leave it running
            server.kill()
    checks.finish("serve in the browser")


def exercise(args, checks, server, port, visit, original):
    driver = browser()
    try:
        driver.get(f"http://127.0.0.1:{port}/")
        before = block_titles(driver)
        checks.expect(len(before) > 10, f"serve: the page has the seed's blocks ({len(before)})")
        checks.expect("Подход к прессе после подписания" not in before, "serve: no press yet")
        driver.execute_script("window.__sameDocument = true")

        # A new event: the page reloads by itself and shows it.
        edited = original.replace("      - id: house-museum-visit\n", NEW_EVENT + "      - id: house-museum-visit\n", 1)
        checks.expect(edited != original, "serve: the test found where to add an event")
        saved = time.monotonic()
        with open(visit, "w", encoding="utf-8") as handle:
            handle.write(edited)
        appeared = wait_for(lambda: "Подход к прессе после подписания" in block_titles(driver), 3)
        took = time.monotonic() - saved
        checks.expect(appeared, "serve: the new event appears after the save")
        checks.expect(took < 1.0, f"serve: within a second of the save ({took:.2f} s)")
        checks.expect(driver.execute_script("return window.__sameDocument === undefined"),
                      "serve: the page was reloaded")

        # An error: Zhevlakov in two places at once.
        clash = edited.replace("time: 12:30-12:45", "time: 11:00-11:30", 1)
        saved = time.monotonic()
        with open(visit, "w", encoding="utf-8") as handle:
            handle.write(clash)
        red = wait_for(lambda: driver.execute_script(
            "return document.querySelectorAll('.tl .ev.error').length"), 3)
        took = time.monotonic() - saved
        checks.expect(bool(red), "serve: the clash shows as red blocks")
        checks.expect(took < 1.0, f"serve: the error within a second ({took:.2f} s)")
        checks.expect(driver.execute_script(
            "return document.querySelectorAll('#findings li.f.error').length") > 0,
            "serve: the error is listed")
        driver.save_screenshot(os.path.join(args.out, "serve-error.png"))

        # A file that is not YAML any more: the page says so instead of failing.
        with open(visit, "w", encoding="utf-8") as handle:
            handle.write("format: visitplan/1\nvisit: [unclosed\n")
        broken = wait_for(lambda: driver.execute_script(
            "return document.querySelectorAll('.live').length > 0 && "
            "document.querySelectorAll('#findings li.f.error').length > 0 && "
            "document.querySelectorAll('.tl .ev').length === 0"), 3)
        checks.expect(bool(broken), "serve: a broken file shows its error on the page")
        with open(visit, "w", encoding="utf-8") as handle:
            handle.write(original)
        wait_for(lambda: driver.execute_script(
            "return document.querySelectorAll('#findings li.f.error').length === 0"), 3)

        # Only its own pages.
        for path in ("/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/etc/passwd",
                     "/download/..%2F..%2Fetc%2Fpasswd", "/download/passwd", "/live.visit.yaml",
                     "/nothing"):
            code, body, _ = status(port, path)
            checks.expect(code == 404, f"serve: {path} is 404, not {code}")
            checks.expect(b"root:" not in body, f"serve: {path} leaks nothing")
        code, body, kind = status(port, "/download/visit.xlsx")
        checks.expect(code == 200 and body[:2] == b"PK", f"serve: the workbook downloads ({code})")
        code, body, kind = status(port, "/download/programme.txt")
        checks.expect(code == 200 and "Программа".encode() in body.upper() or b"\xd0" in body,
                      f"serve: the programme downloads ({code})")
        code, body, kind = status(port, "/download/visit.ics")
        checks.expect(code == 200 and body.startswith(b"BEGIN:VCALENDAR"),
                      f"serve: the calendar downloads ({code}, {kind})")
    finally:
        driver.quit()

    server.send_signal(signal.SIGINT)
    try:
        code = server.wait(timeout=5)
    except subprocess.TimeoutExpired:
        server.kill()
        code = None
    checks.expect(code == 0, f"serve: exits 0 on SIGINT, not {code}")


if __name__ == "__main__":
    main()
