#!/usr/bin/env python3
"""Sanity checks for eval.jsonl (the blind labelled evaluation set).

Checks: every line is a JSON object with exactly the fields id, text, label,
kind, why; ids are unique; labels are valid; no text is repeated, neither
inside the set nor from the public sample; and the numbers meant to be valid
really are (NIR key, IBAN mod 97, card Luhn + network length, SIRET Luhn).

Usage: python3 validate.py [-v] [eval.jsonl] [public-sample.jsonl]
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = {"ok", "gray", "personal", "sensitive"}
FIELDS = {"id", "text", "label", "kind", "why"}
IBAN_LEN = {"FR": 27, "BE": 16, "DE": 22, "ES": 24, "IT": 27, "PT": 25, "GB": 22, "CH": 21}

NIR_RE = re.compile(r"[12][ .]?\d{2}[ .]?\d{2}[ .]?(?:\d{2}|2[AB])[ .]?\d{3}[ .]?\d{3}[ .]?\d{2}", re.I)
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,32}", re.I)
CARD_RE = re.compile(r"\b\d(?:[ -]?\d){12,18}\b")
SIRET_RE = re.compile(r"\b\d{3} ?\d{3} ?\d{3} ?\d{5}\b")


def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c) * (2 if i % 2 else 1)
        s += n - 9 if n > 9 else n
    return s % 10 == 0


def nir_ok(m):
    raw = re.sub(r"[ .]", "", m).upper()
    body, key = raw[:13], int(raw[13:])
    body = body[:5] + body[5:7].replace("2A", "19").replace("2B", "18") + body[7:]
    return 97 - int(body) % 97 == key


def iban_ok(m):
    raw = re.sub(r" ", "", m).upper()
    n = IBAN_LEN.get(raw[:2])
    if n is None or len(raw) < n:
        return False
    raw = raw[:n]
    moved = raw[4:] + raw[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def card_ok(m):
    d = re.sub(r"\D", "", m)
    if not luhn_ok(d):
        return False
    if d[0] == "4":
        return len(d) in (13, 16, 19)
    if d[:2] in ("34", "37"):
        return len(d) == 15
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720:
        return len(d) == 16
    return False


CHECKS = {
    "nir": (NIR_RE, nir_ok),
    "iban": (IBAN_RE, iban_ok),
    "card": (CARD_RE, card_ok),
    "siret": (SIRET_RE, lambda m: luhn_ok(re.sub(r"\D", "", m))),
}


def norm(t):
    return " ".join(t.lower().split())


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    path = args[0] if args else os.path.join(HERE, "eval.jsonl")
    pub = args[1] if len(args) > 1 else os.path.join(HERE, "../../../../../shared/eval/public-sample.jsonl")
    errors = []
    public = set()
    if os.path.exists(pub):
        with open(pub, encoding="utf-8") as f:
            public = {norm(json.loads(l)["text"]) for l in f if l.strip()}
    else:
        print(f"note: public sample not found at {pub}, duplicate check against it skipped")
    seen_ids, seen_texts = set(), set()
    labels, kinds = Counter(), Counter()
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                o = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: invalid JSON: {e}")
                continue
            if set(o) != FIELDS or not all(isinstance(o[k], str) and o[k] for k in FIELDS):
                errors.append(f"line {n}: fields must be exactly {sorted(FIELDS)}, non-empty strings")
                continue
            if o["id"] in seen_ids:
                errors.append(f"line {n}: duplicate id {o['id']}")
            seen_ids.add(o["id"])
            if o["label"] not in LABELS:
                errors.append(f"line {n}: bad label {o['label']!r}")
            t = norm(o["text"])
            if t in seen_texts:
                errors.append(f"line {n}: duplicate text")
            if t in public:
                errors.append(f"line {n}: text copied from the public sample")
            seen_texts.add(t)
            labels[o["label"]] += 1
            kinds[(o["label"], o["kind"])] += 1
            if o["kind"] in CHECKS:
                rx, ok = CHECKS[o["kind"]]
                found = rx.findall(o["text"])
                if not found:
                    errors.append(f"line {n} ({o['id']}): no {o['kind']} number found")
                for m in found:
                    if not ok(m):
                        errors.append(f"line {n} ({o['id']}): {o['kind']} {m!r} is not valid")
    for e in errors:
        print(e)
    print(f"{sum(labels.values())} values: " + ", ".join(f"{k} {labels[k]}" for k in sorted(labels)))
    if "-v" in sys.argv:
        for (lab, kind), c in sorted(kinds.items()):
            print(f"  {lab:9} {kind:20} {c}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
