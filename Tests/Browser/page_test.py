#!/usr/bin/env python3
"""The page in a real browser, as an official uses it.

    page_test.py --binary .build/debug/visitplan --root . --out DIR

Opens the seed's page and a planted-conflict page in headless Chromium:
the blocks are there, the findings are red on the conflicting events and
say where in the file, a click on a finding highlights what it concerns, the
person filter shows one person's programme, hostile titles stay text, a
5,000-event forum page opens. Takes screenshots and prints the seed to PDF
(A4 landscape), which it checks and turns into PNG pages in DIR.
"""
import os
import re
import subprocess
import sys
import time

import yaml
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

sys.path.insert(0, os.path.dirname(__file__))
import arguments  # noqa: E402
from browser import Checks, browser, chromium_binary, visitplan  # noqa: E402


def scheduled_titles(path, language="ru"):
    with open(path, encoding="utf-8") as handle:
        visit = yaml.safe_load(handle)
    titles = []
    for day in visit.get("days") or []:
        for event in day.get("events") or []:
            if event.get("time") or event.get("start"):
                title = event.get("title")
                if language == "en" and event.get("title-en"):
                    title = event["title-en"]
                titles.append(title)
    return titles


def main():
    args = arguments.parse()
    checks = Checks()
    seed = os.path.join(args.root, "seeds/stakhanov-lipetsk-2018-programme.visit.yaml")
    conflict = os.path.join(args.root, "Tests/Fixtures/page/conflict.visit.yaml")
    hostile = os.path.join(args.root, "Tests/Fixtures/page/hostile.visit.yaml")
    pages = {}
    for name, source in (("seed", seed), ("conflict", conflict), ("hostile", hostile)):
        pages[name] = os.path.join(args.out, f"{name}.html")
        visitplan(args.binary, "page", source, "-o", pages[name])

    driver = browser()
    try:
        # --- The seed: every scheduled event is a block, in every row it concerns.
        driver.get("file://" + pages["seed"])
        blocks = driver.find_elements(By.CSS_SELECTOR, ".tl .ev")
        shown = {b.find_element(By.TAG_NAME, "bdi").get_attribute("textContent") for b in blocks}
        for title in scheduled_titles(seed):
            checks.expect(title in shown, f"seed: no block for {title!r}")
        checks.expect(driver.find_element(By.CSS_SELECTOR, "h1").text.startswith("Визит делегации"),
                      "seed: the heading is the visit's title")
        checks.expect("0 ошибок" in driver.find_element(By.CSS_SELECTOR, ".counts").text,
                      "seed: the counts say no errors")
        checks.expect(len(driver.find_elements(By.CSS_SELECTOR, "#findings li.f")) == 0,
                      "seed: no findings listed")
        journeys = driver.find_elements(By.CSS_SELECTOR, ".row[data-row^='p'] .jr")
        checks.expect(len(journeys) > 0, "seed: journeys between venues are drawn")
        checks.expect(any("Переезд" in j.get_attribute("title") for j in journeys),
                      "seed: a journey says it is a transfer and how long")
        # Hover opens the block: its time, then its whole title.
        first = blocks[0]
        ActionChains(driver).move_to_element(first).perform()
        time.sleep(0.1)
        hover = first.text
        checks.expect(re.match(r"^\d\d:\d\d–\d\d:\d\d ", hover) is not None,
                      f"seed: hover shows the time first: {hover!r}")
        checks.expect(first.find_element(By.TAG_NAME, "bdi").get_attribute("textContent") in hover,
                      "seed: hover shows the whole title")
        # The filter: one person's programme.
        select = Select(driver.find_element(By.ID, "who"))
        select.select_by_visible_text("Котов Евгений")
        person_rows = [r for r in driver.find_elements(By.CSS_SELECTOR, ".row[data-row^='p']")
                       if r.is_displayed()]
        checks.expect(len(person_rows) == 1, f"filter: one person row shown, {len(person_rows)}")
        caption = driver.find_element(By.ID, "who-caption").text
        checks.expect(caption == "Программа: Котов Евгений", f"filter: caption {caption!r}")
        agenda = [li for li in driver.find_elements(By.CSS_SELECTOR, ".agenda li") if li.is_displayed()]
        checks.expect(len(agenda) == 3, f"filter: Kotov's 3 events in the agenda, {len(agenda)}")
        checks.expect(all("Котов Евгений" in li.text for li in agenda),
                      "filter: every agenda item shown names Kotov")
        driver.save_screenshot(os.path.join(args.out, "seed-kotov.png"))
        select.select_by_index(0)
        shown_rows = [r for r in driver.find_elements(By.CSS_SELECTOR, ".row[data-row^='p']")
                      if r.is_displayed()]
        checks.expect(len(shown_rows) > 1, "filter: everyone again")
        driver.save_screenshot(os.path.join(args.out, "seed.png"))

        # --- The planted conflict: the two clashing events are red, nothing else.
        driver.get("file://" + pages["conflict"])
        red = driver.find_elements(By.CSS_SELECTOR, ".tl .ev.error")
        red_titles = {b.find_element(By.TAG_NAME, "bdi").get_attribute("textContent") for b in red}
        checks.expect(red_titles == {"Talks with the mayor", "Tour of the museum"},
                      f"conflict: red blocks are the clashing events: {red_titles}")
        checks.expect(all(b.value_of_css_property("border-top-color") == "rgba(200, 30, 30, 1)"
                          for b in red), "conflict: red blocks have a red border")
        lunch = [b for b in driver.find_elements(By.CSS_SELECTOR, ".tl .ev")
                 if b.find_element(By.TAG_NAME, "bdi").get_attribute("textContent") == "Lunch"]
        checks.expect(lunch and all("error" not in b.get_attribute("class") for b in lunch),
                      "conflict: the lunch is not red")
        hover = red[0].get_attribute("title")
        checks.expect("error: Petrov Ivan takes part in two events at once" in hover,
                      f"conflict: hover has the message: {hover!r}")
        checks.expect(re.search(r"conflict\.visit\.yaml:\d+:\d+", hover) is not None,
                      "conflict: hover has the file position")
        findings = driver.find_elements(By.CSS_SELECTOR, "#findings li.f.error")
        checks.expect(len(findings) == 1, f"conflict: one error listed, {len(findings)}")
        if findings:
            checks.expect("conflict.visit.yaml:32:15" in findings[0].text,
                          f"conflict: the finding says where: {findings[0].text!r}")
            findings[0].find_element(By.TAG_NAME, "button").click()
            time.sleep(0.2)
            outlined = {b.find_element(By.TAG_NAME, "bdi").get_attribute("textContent")
                        for b in driver.find_elements(By.CSS_SELECTOR, ".tl .ev")
                        if b.value_of_css_property("outline-style") == "solid"}
            checks.expect(outlined == {"Talks with the mayor", "Tour of the museum"},
                          f"conflict: a click highlights the clashing events: {outlined}")
            pressed = findings[0].find_element(By.TAG_NAME, "button").get_attribute("aria-pressed")
            checks.expect(pressed == "true", "conflict: the finding's button is pressed")
            petrov = driver.find_element(By.CSS_SELECTOR, ".row[data-row='p0'] .rh")
            checks.expect(petrov.value_of_css_property("outline-style") == "solid"
                          or "Petrov" not in petrov.text,
                          "conflict: the person the finding names is highlighted")
        driver.save_screenshot(os.path.join(args.out, "conflict.png"))

        # --- Hostile text stays text.
        driver.get("file://" + pages["hostile"])
        pwned = driver.execute_script("return window.__pwned === undefined ? null : window.__pwned")
        checks.expect(pwned is None, f"hostile: a title ran as script ({pwned})")
        texts = [b.find_element(By.TAG_NAME, "bdi").get_attribute("textContent")
                 for b in driver.find_elements(By.CSS_SELECTOR, ".tl .ev")]
        checks.expect("<script>window.__pwned = 2</script>Opening, part 1; notes \\ more" in texts,
                      "hostile: the script title shows as typed")
        checks.expect("&lt;b&gt; is not bold &amp; stays as typed" in texts,
                      "hostile: entity-like text shows as typed")
        checks.expect("مؤتمر صحفي مع الوفد — press conference" in texts, "hostile: RTL title shown")
        title = driver.title
        checks.expect(title == 'Visit <script>window.__pwned = 1</script> & "friends"',
                      f"hostile: the window title is the visit's, as typed: {title!r}")
        checks.expect(len(driver.find_elements(By.CSS_SELECTOR, "img")) == 0,
                      "hostile: no element from a venue name")
        driver.save_screenshot(os.path.join(args.out, "hostile.png"))

        # --- A 5,000-event forum page opens (its speed is a benchmark's business).
        forum = os.path.join(args.out, "forum-5000.visit.yaml")
        subprocess.run([sys.executable, os.path.join(args.root, "Benchmarks/generate_visit.py"),
                        "--events", "5000", "--people", "500", "--conflicts", "0.01",
                        "-o", forum], check=True)
        forum_page = os.path.join(args.out, "forum-5000.html")
        visitplan(args.binary, "page", forum, "-o", forum_page)
        driver.get("file://" + forum_page)
        count = driver.execute_script("return document.querySelectorAll('.tl .ev').length")
        checks.expect(count > 5000, f"forum: blocks on the page ({count})")
        errors = driver.execute_script("return document.querySelectorAll('#findings li.error').length")
        checks.expect(errors > 0, "forum: planted conflicts are listed")
    finally:
        driver.quit()

    # --- Print to PDF: A4 landscape pages.
    pdf = os.path.join(args.out, "seed.pdf")
    subprocess.run([chromium_binary(), "--headless=new", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", f"--print-to-pdf={pdf}", "file://" + pages["seed"]],
                   check=True, capture_output=True)
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True)
    if info.returncode == 0:
        size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info.stdout)
        checks.expect(size and abs(float(size.group(1)) - 841.9) < 2
                      and abs(float(size.group(2)) - 595.3) < 2,
                      f"print: A4 landscape pages ({size.group(0) if size else info.stdout})")
        subprocess.run(["pdftoppm", "-png", "-r", "60", pdf, os.path.join(args.out, "seed-print")],
                       check=False)
    else:
        with open(pdf, "rb") as handle:
            head = handle.read(5)
        checks.expect(head == b"%PDF-", "print: a PDF was written")
    checks.finish("page in the browser")


if __name__ == "__main__":
    main()
