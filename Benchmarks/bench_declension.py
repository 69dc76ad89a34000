#!/usr/bin/env python3
"""Declension accuracy of `visitplan inflect`, measured against pymorphy3.

pymorphy3's dictionary (OpenCorpora) is the independent reference: every
surname lexeme (tag Surn) and every first-name lexeme (tag Name) in it, in
both genders, in the five oblique cases. Each (gender, case) is one run of
`visitplan inflect - --case C --gender G`, which reads one name per line.
A form counts as right when it equals one of the dictionary's forms for that
case (some names have two, e.g. Кваша: Квашой/Квашей), comparing with ё read
as е. Then the seed's positions, organizations and places against the
expectations written by hand in Tests/Fixtures/declension/seed-phrases.tsv.

Run on demand (`make bench` or directly); needs a release build and PyPI's
pymorphy3 (installed if missing). The product does not use Python. The
dictionary data is CC BY-SA: nothing of it is committed; disagreements go to
Benchmarks/out/declension-misses.tsv for reading.

    Benchmarks/bench_declension.py [--binary PATH] [--sample N]
"""
import argparse
import collections
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = {"gent": "genitive", "datv": "dative", "accs": "accusative",
         "ablt": "instrumental", "loct": "prepositional"}
GENDERS = {"masc": "male", "femn": "female"}


def ensure_pymorphy3():
    try:
        import pymorphy3  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet",
                        "--disable-pip-version-check", "pymorphy3"], check=True)
    import pymorphy3
    return pymorphy3.MorphAnalyzer()


def fold(word):
    return word.lower().replace("ё", "е")


def collect(morph, hard=None):
    """{(kind, gender): {nominative: {case: set(forms)}}} for Surn and Name,
    declinable and written in one word. Indeclinable (Fixd) and hyphenated
    names go to `hard` instead, for the groups measured apart."""
    lexemes = collections.defaultdict(lambda: collections.defaultdict(set))
    fixed = collections.defaultdict(lambda: collections.defaultdict(set))
    for word, tag, normal_form, para_id, _ in morph.dictionary.iter_known_words():
        grammemes = tag.grammemes
        kind = "surname" if "Surn" in grammemes else "first name" if "Name" in grammemes else None
        if kind is None or "sing" not in grammemes:
            continue
        if "Fixd" in grammemes:
            gender = "masc" if "masc" in grammemes else "femn" if "femn" in grammemes else None
            case = next((c for c in ("nomn", *CASES) if c in grammemes), None)
            if gender is not None and case is not None:
                fixed[(kind, gender, normal_form, para_id)][case].add(word)
            continue
        gender = "masc" if "masc" in grammemes else "femn" if "femn" in grammemes else None
        case = next((c for c in ("nomn", *CASES) if c in grammemes), None)
        if gender is None or case is None:
            continue
        lexemes[(kind, gender, normal_form, para_id)][case].add(word)
    table = collections.defaultdict(dict)
    for (kind, gender, _, _), forms in lexemes.items():
        if "nomn" not in forms or not all(c in forms for c in CASES):
            continue
        for nominative in sorted(forms["nomn"]):
            if " " in nominative:
                continue
            if "-" in nominative:
                if hard is not None:
                    hard[(kind, gender)].setdefault(nominative, forms)
                continue
            table[(kind, gender)].setdefault(nominative, forms)
    if hard is not None:
        for (kind, gender, _, _), forms in fixed.items():
            if "nomn" in forms and all(c in forms for c in CASES):
                for nominative in sorted(forms["nomn"]):
                    if " " not in nominative:
                        hard[(kind, gender)].setdefault(nominative, forms)
    return table


def run_inflect(binary, words, case, gender, kind):
    """A person's name is "Surname First Middle": a first name goes after the
    indeclinable surname Черных, and the form is read back from its place."""
    prefix = "Черных " if kind == "first name" else ""
    text = "".join(prefix + w.capitalize() + "\n" for w in words)
    result = subprocess.run(
        [binary, "inflect", "-", "--case", case, "--gender", gender],
        input=text, capture_output=True, text=True, check=True)
    lines = result.stdout.split("\n")[: len(words)]
    return [fold(line.split(" ")[-1] if prefix else line) for line in lines]


def sample(words, size):
    if size is None or len(words) <= size:
        return words
    step = len(words) / size
    return [words[int(i * step)] for i in range(size)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/visitplan"))
    parser.add_argument("--sample", type=int, default=None,
                        help="names per class (default: every name in the dictionary)")
    args = parser.parse_args()
    if not os.path.exists(args.binary):
        subprocess.run(["swift", "build", "-c", "release", "--product", "visitplan"],
                       cwd=ROOT, check=True)
    morph = ensure_pymorphy3()
    started = time.time()
    hard = collections.defaultdict(dict)
    table = collect(morph, hard)
    from importlib.metadata import version
    print(f"reference: pymorphy3 {version('pymorphy3')}, dictionary pymorphy3-dicts-ru "
          f"{version('pymorphy3-dicts-ru')} (OpenCorpora), read in {time.time() - started:.1f} s")
    os.makedirs(os.path.join(ROOT, "Benchmarks/out"), exist_ok=True)
    misses_path = os.path.join(ROOT, "Benchmarks/out/declension-misses.tsv")
    totals = {}
    # Names of foreign origin and other hard shapes, counted apart (issue 10).
    groups = collections.defaultdict(lambda: [0, 0])

    def group_names(kind, gender, name):
        found = []
        if name.endswith("иа"):
            found.append("names in -иа (Гарсиа)")
        if kind == "first name" and gender == "femn" and name[-1] not in "аяьиыеоуюэё":
            found.append("female first names in a consonant (Кармен)")
        if kind == "surname" and (name.endswith("их") or name.endswith("ых")):
            found.append("surnames in -их/-ых (Черных)")
        if kind == "surname" and "-" in name:
            found.append("hyphenated surnames")
        return found

    with open(misses_path, "w", encoding="utf-8") as misses:
        misses.write("kind\tgender\tcase\tnominative\tvisitplan\tdictionary\n")
        for kind in ("surname", "first name"):
            for gender in ("masc", "femn"):
                names = sample(sorted(table[(kind, gender)]), args.sample)
                right = total = 0
                by_case = {}
                for case, case_name in CASES.items():
                    produced = run_inflect(args.binary, names, case_name, GENDERS[gender], kind)
                    case_right = 0
                    for name, form in zip(names, produced):
                        expected = {fold(f) for f in table[(kind, gender)][name][case]}
                        for group in group_names(kind, gender, name):
                            groups[group][1] += 1
                            groups[group][0] += form in expected
                        if form in expected:
                            case_right += 1
                        else:
                            misses.write(f"{kind}\t{gender}\t{case}\t{name}\t{form}\t"
                                         f"{'/'.join(sorted(expected))}\n")
                    by_case[case] = case_right / len(names) * 100 if names else 0
                    right += case_right
                    total += len(names)
                totals[(kind, gender)] = (right, total)
                cases = "  ".join(f"{c} {v:.2f}" for c, v in by_case.items())
                print(f"{kind:10} {GENDERS[gender]:6} {len(names):6} names  "
                      f"{right:6}/{total:<6} = {right / total * 100:6.2f} %   ({cases})")
    for kind in ("surname", "first name"):
        right = sum(totals[(kind, g)][0] for g in ("masc", "femn"))
        total = sum(totals[(kind, g)][1] for g in ("masc", "femn"))
        print(f"{kind + 's':11} both genders: {right}/{total} = {right / total * 100:.2f} % "
              f"(target ≥ 99 %)")
    # The indeclinable and hyphenated names pymorphy3 knows, in the same groups.
    for (kind, gender), names_forms in hard.items():
        names = sorted(n for n in names_forms if group_names(kind, gender, n))
        if not names:
            continue
        for case, case_name in CASES.items():
            produced = run_inflect(args.binary, names, case_name, GENDERS[gender], kind)
            for name, form in zip(names, produced):
                expected = {fold(f) for f in names_forms[name][case]}
                for group in group_names(kind, gender, name):
                    groups[group][1] += 1
                    groups[group][0] += form in expected
    print("names of foreign origin and other hard shapes (declinable and indeclinable):")
    for group, (right, total) in sorted(groups.items()):
        print(f"  {group}: {right}/{total} forms = {right / total * 100:.2f} %")
    seed_phrases(args.binary)
    plural_phrases(args.binary, morph, misses_path)
    print(f"disagreements: {os.path.relpath(misses_path, ROOT)}")


# Adjectives of official prose, and the nouns of visitplan's own lexicon
# (read from NounLexicon.swift): the plural phrases are every adjective with
# every noun, in the nominative plural as pymorphy3 forms it.
PLURAL_ADJECTIVES = ["территориальный", "сопровождающий", "региональный", "муниципальный",
                     "общественный", "городской", "новый", "иностранный", "почётный",
                     "федеральный"]


def lexicon_nouns():
    path = os.path.join(ROOT, "Sources/VisitLanguage/Russian/NounLexicon.swift")
    nouns = []
    for line in open(path, encoding="utf-8"):
        parts = line.split()
        if len(parts) >= 2 and parts[1] in ("m", "f", "n") and parts[0].isalpha() \
                and parts[0].islower() and "=" not in line:
            nouns.append(parts[0])
    return nouns


def plural_phrases(binary, morph, misses_path):
    """Adjective + noun phrases in the plural, each word inflected by
    pymorphy3 (the adjective agreeing with the noun's animacy), against
    `visitplan inflect … --kind organization`."""
    phrases = {}
    for noun in lexicon_nouns():
        parses = [p for p in morph.parse(noun) if p.tag.POS == "NOUN" and "sing" in p.tag
                  and "nomn" in p.tag and "Pltm" not in p.tag and "Sgtm" not in p.tag]
        if not parses:
            continue
        noun_parse = parses[0]
        animate = "anim" in noun_parse.tag
        noun_plural = noun_parse.inflect({"plur", "nomn"})
        if noun_plural is None:
            continue
        for adjective in PLURAL_ADJECTIVES:
            adjective_parse = next((p for p in morph.parse(adjective) if p.tag.POS in
                                    ("ADJF", "PRTF")), None)
            if adjective_parse is None:
                continue
            nominative = adjective_parse.inflect({"plur", "nomn"})
            if nominative is None:
                continue
            expected = {}
            for case in CASES:
                noun_form = noun_parse.inflect({"plur", case})
                grammemes = {"plur", case} | ({"anim" if animate else "inan"}
                                              if case == "accs" else set())
                adjective_form = adjective_parse.inflect(grammemes)
                if noun_form is None or adjective_form is None:
                    break
                expected[case] = fold(adjective_form.word + " " + noun_form.word)
            else:
                phrases[fold(nominative.word + " " + noun_plural.word)] = expected
    names = sorted(phrases)
    right = total = 0
    with open(misses_path, "a", encoding="utf-8") as misses:
        for case, case_name in CASES.items():
            result = subprocess.run(
                [binary, "inflect", "-", "--case", case_name, "--kind", "organization"],
                input="".join(n + "\n" for n in names), capture_output=True, text=True,
                check=True)
            for name, produced in zip(names, result.stdout.split("\n")):
                total += 1
                if fold(produced) == phrases[name][case]:
                    right += 1
                else:
                    misses.write(f"plural phrase\t-\t{case}\t{name}\t{fold(produced)}\t"
                                 f"{phrases[name][case]}\n")
    print(f"plural adjective + noun phrases: {len(names)} phrases, {right}/{total} = "
          f"{right / total * 100:.2f} % (target ≥ 99 %)")


def seed_phrases(binary):
    """The seed's positions, organizations, sites and places, against the
    forms written by hand in the test fixture."""
    path = os.path.join(ROOT, "Tests/Fixtures/declension/seed-phrases.tsv")
    rows = [line.rstrip("\n").split("\t") for line in open(path, encoding="utf-8")
            if line.strip() and not line.startswith("#")]
    right = total = 0
    for kind, case, nominative, expected in rows:
        produced = subprocess.run(
            [binary, "inflect", nominative, "--kind", kind, "--case", case],
            capture_output=True, text=True, check=True).stdout.strip()
        total += 1
        if produced == expected:
            right += 1
        else:
            print(f"  seed {kind} {case}: {nominative!r} → {produced!r}, expected {expected!r}")
    print(f"seed positions, organizations, sites and places: {right}/{total} = "
          f"{right / total * 100:.2f} %")


if __name__ == "__main__":
    main()
