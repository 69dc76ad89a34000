"""Shared helpers for the browser tests: a headless Chromium driven by
Selenium through Debian's chromium-driver, and the visitplan binary."""
import os
import shutil
import subprocess
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service


def chromium_binary():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("chromium is not installed: run scripts/setup.sh (make setup)")


def driver_binary():
    for path in (shutil.which("chromedriver"), "/usr/bin/chromedriver"):
        if path and os.path.exists(path):
            return path
    sys.exit("chromedriver is not installed: run scripts/setup.sh (make setup)")


def browser(width=1600, height=1100):
    options = webdriver.ChromeOptions()
    options.binary_location = chromium_binary()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     f"--window-size={width},{height}", "--lang=ru-RU", "--hide-scrollbars"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(driver_binary()), options=options)


def visitplan(binary, *arguments, check=True):
    result = subprocess.run([binary, *arguments], capture_output=True, text=True,
                            env={**os.environ, "LANG": "C.UTF-8"})
    if check and result.returncode not in (0, 1):
        raise AssertionError(f"visitplan {' '.join(arguments)} exited {result.returncode}: "
                             f"{result.stderr}")
    return result


class Checks:
    """Collects failed expectations so one run reports all of them."""

    def __init__(self):
        self.failures = []

    def expect(self, condition, message):
        if not condition:
            self.failures.append(message)
            print("FAIL:", message, flush=True)
        return condition

    def finish(self, what):
        if self.failures:
            print(f"{what}: {len(self.failures)} failed", flush=True)
            sys.exit(1)
        print(f"{what}: all passed", flush=True)
