#!/usr/bin/env python3
"""Checks `ethos schema` with a real JSON Schema validator (draft 2020-12).

usage: check_schema.py SCHEMA.json [MODEL.json ...]

Every file in Examples/ must be accepted; every file in Tests/schema/invalid/ rejected; and
every MODEL.json given (the philosophy.json of built sites) accepted.
YAML is read with YAML 1.2 rules for the scalars that matter here: dates stay strings
(the format has no date type of its own) and only true/false are booleans.
"""
import json
import pathlib
import sys

import jsonschema
import yaml


class Yaml12Loader(yaml.SafeLoader):
    pass


Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers
            if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", __import__("re").compile(r"^(?:true|false)$"), list("tf"))


def main():
    root = pathlib.Path(__file__).resolve().parents[2]
    schema = json.loads(pathlib.Path(sys.argv[1]).read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    passed, failed = 0, 0
    cases = [(path, True) for path in sorted((root / "Examples").glob("*.yml"))]
    cases += [(path, False) for path in sorted((root / "Tests/schema/invalid").glob("*.yml"))]
    cases += [(pathlib.Path(path).resolve(), True) for path in sys.argv[2:]]
    for path, should_accept in cases:
        text = path.read_text(encoding="utf-8")
        document = json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=Yaml12Loader)
        errors = list(validator.iter_errors(document))
        if (not errors) == should_accept:
            passed += 1
        else:
            failed += 1
            detail = errors[0].message if errors else "accepted"
            print(f"FAIL {path}: expected {'accept' if should_accept else 'reject'}, got: {detail}")
    print(f"schema: {passed} passed, {failed} failed")
    sys.exit(1 if failed or not passed else 0)


if __name__ == "__main__":
    main()
