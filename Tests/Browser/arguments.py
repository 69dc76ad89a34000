"""The command line every test script takes: the visitplan binary, the
repository root, and a folder for what the script writes."""
import argparse
import os


def parse():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True, help="the visitplan binary")
    parser.add_argument("--root", required=True, help="the repository's root")
    parser.add_argument("--out", required=True, help="a folder for pages, screenshots, files")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    return args
