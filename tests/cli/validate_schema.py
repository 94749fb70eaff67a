#!/usr/bin/env python3
"""Real records (every text, PDF and HTML document of the corpus) validate against the published JSON Schema.
Usage: validate_schema.py JTAI SCHEMA CORPUS_DIR"""
import json, os, subprocess, sys
import jsonschema

jtai, schema_path, corpus = sys.argv[1:4]
schema = json.load(open(schema_path, encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
paths = []
for root, _, files in sorted(os.walk(corpus)):
    for f in sorted(files):
        if f.endswith((".txt", ".pdf", ".html")) and "gold" not in root:
            paths.append(os.path.join(root, f))
r = subprocess.run([jtai, "analyse", "--format", "jsonl"] + paths, capture_output=True, text=True)
count = 0
failures = 0
for line in r.stdout.splitlines():
    rec = json.loads(line)
    if "error" in rec:
        # Every corpus document is analysable: an error record is a failure, not a skip.
        failures += 1
        print(f"{rec['source']['path']}: no record: {rec['error']['message']}")
        continue
    count += 1
    for err in validator.iter_errors(rec):
        failures += 1
        print(f"{rec['source']['path']}: {'/'.join(map(str, err.absolute_path))}: {err.message}")
print(f"{count} records validated, {failures} schema errors")
if count != len(paths):
    print(f"{len(paths)} documents given, {count} records validated")
    failures += 1
sys.exit(1 if failures or count == 0 else 0)
