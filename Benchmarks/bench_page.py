#!/usr/bin/env python3
"""Seeing the visit: the page, the live preview and the calendar, timed
against `visitplan check` on the same file in the same run (this machine's
absolute times vary; the ratio to check is the figure that travels).

    python3 Benchmarks/bench_page.py

  - `page` on the seed and on forums of 5,000 and 50,000 events, end to
    end (release build), against `check`; the page's size;
  - how long headless Chromium takes to show the 5,000-event page (from
    navigation to the first paint after load);
  - `serve`: a reload of the seed's page (GET /), median of 30;
  - `calendar` of the seed and of the 50,000-event forum.
Targets (issue 12): page of the seed < 50 ms, of 50,000 events < 3 s; the
5,000-event page renders in < 2 s; serve answers a reload in < 50 ms.
"""
import http.client
import os
import re
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Benchmarks/out")
BIN = os.path.join(ROOT, ".build/release/visitplan")
SEED = os.path.join(ROOT, "seeds/stakhanov-lipetsk-2018-programme.visit.yaml")


def timed(arguments, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run([BIN, *arguments], capture_output=True)
        times.append(time.perf_counter() - start)
        if result.returncode not in (0, 1):
            sys.exit(f"visitplan {' '.join(arguments)}: {result.stderr.decode()}")
    return statistics.median(times)


def forum(events):
    path = os.path.join(OUT, f"forum-{events}-0.01.visit.yaml")
    if not os.path.exists(path):
        subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks/generate_visit.py"),
                        "--events", str(events), "--people", str(events // 10),
                        "--conflicts", "0.01", "-o", path], check=True)
    return path


def browser_render(page):
    sys.path.insert(0, os.path.join(ROOT, "Tests/Browser"))
    from browser import browser  # noqa: E402
    driver = browser()
    try:
        results = []
        for _ in range(3):
            driver.get("about:blank")
            start = time.perf_counter()
            driver.get("file://" + page)  # returns after the load event
            driver.execute_async_script(
                "const done = arguments[0]; requestAnimationFrame(() => setTimeout(done, 0));")
            results.append(time.perf_counter() - start)
        blocks = driver.execute_script("return document.querySelectorAll('.tl .ev').length")
        return statistics.median(results), blocks
    finally:
        driver.quit()


def serve_reload():
    server = subprocess.Popen([BIN, "serve", SEED, "--port", "0"], stderr=subprocess.PIPE,
                              stdout=subprocess.DEVNULL, text=True)
    try:
        port = int(re.search(r":(\d+)/", server.stderr.readline()).group(1))
        times = []
        for _ in range(31):
            connection = http.client.HTTPConnection("127.0.0.1", port)
            start = time.perf_counter()
            connection.request("GET", "/")
            body = connection.getresponse().read()
            times.append(time.perf_counter() - start)
            connection.close()
        return statistics.median(times[1:]), len(body)
    finally:
        server.send_signal(2)
        server.wait(timeout=10)


def main():
    os.makedirs(OUT, exist_ok=True)
    subprocess.run(["swift", "build", "-c", "release", "--product", "visitplan"], cwd=ROOT,
                   check=True, capture_output=True)
    print(f"{'file':<26} {'check s':>8} {'page s':>8} {'page/check':>10} {'page MB':>8} "
          f"{'calendar s':>10}")
    rows = [("seed (8 events)", SEED, 15), ("forum 5,000", forum(5000), 3),
            ("forum 50,000", forum(50000), 1)]
    pages = {}
    for name, path, runs in rows:
        check = timed(["check", path, "--format", "json"], runs)
        target = os.path.join(OUT, os.path.basename(path).replace(".visit.yaml", ".html"))
        page = timed(["page", path, "-o", target], runs)
        calendar = timed(["calendar", path, "-o", target.replace(".html", ".ics"),
                          "--allow-errors"], runs)
        pages[name] = target
        print(f"{name:<26} {check:8.3f} {page:8.3f} {page / check:10.2f} "
              f"{os.path.getsize(target) / 1e6:8.2f} {calendar:10.3f}")
    render, blocks = browser_render(pages["forum 5,000"])
    print(f"\nChromium shows the 5,000-event page ({blocks} blocks) in {render:.2f} s "
          f"(navigation to the first paint after load, median of 3)")
    reload, size = serve_reload()
    print(f"serve answers a reload of the seed's page ({size / 1000:.0f} kB) in "
          f"{reload * 1000:.1f} ms (median of 30)")


if __name__ == "__main__":
    main()
