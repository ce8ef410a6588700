"""`nhnorm validate --format json` (SPEC §5) as a GitLab Code Quality report.

Each finding becomes {description, check_name, fingerprint, severity, location: {path, lines: {begin}}}.
The fingerprint leaves the line out, so a finding that only moves (a line added above it) is the
same finding on both sides of the merge request, and GitLab shows only what is new or fixed."""

import hashlib
import json
import sys

SEVERITY = {"fout": "major", "waarschuwing": "minor"}


def main(path: str) -> None:
    with open(path, encoding="utf-8") as file:
        report = json.load(file)
    issues, seen = [], {}
    for found in report["bestanden"]:
        for melding in found["meldingen"]:
            key = "\0".join((found["pad"], melding["code"], melding["bericht"]))
            seen[key] = seen.get(key, 0) + 1  # the same text twice in one file stays two findings
            issues.append(
                {
                    "type": "issue",
                    "check_name": melding["code"],
                    "description": f"{melding['code']}: {melding['bericht']}",
                    "categories": ["Compatibility"],
                    "severity": SEVERITY.get(melding["niveau"], "info"),
                    "fingerprint": hashlib.sha256(f"{key}\0{seen[key]}".encode()).hexdigest(),
                    "location": {"path": found["pad"], "lines": {"begin": melding["regel"]}},
                }
            )
    json.dump(issues, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
