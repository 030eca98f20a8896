"""Runs the conformance documents (conformance/records/) through the README's Python snippet (msp_schema.py, the
two-file schema) and through the bundled schema, and compares each verdict with the case's expected one, which
ConformanceSuiteTest checks against the SDK. A document the schema refuses must be one the SDK refuses at every
save. Run from the repository root: python3 scripts/schema-snippets/conformance.py"""
import json
import sys
from pathlib import Path

from jsonschema import Draft202012Validator

sys.path.insert(0, str(Path(__file__).resolve().parent))
import msp_schema  # noqa: E402  (the README snippet)

for name in ("defs.json", "safeguarding-record.json", "safeguarding-record.bundled.json", "research-record.json"):
    Draft202012Validator.check_schema(json.loads((Path("schema") / name).read_text(encoding="utf-8")))
bundled = Draft202012Validator(
    json.loads(Path("schema/safeguarding-record.bundled.json").read_text(encoding="utf-8")),
    format_checker=Draft202012Validator.FORMAT_CHECKER)

failures = []
cases = sorted(p for p in Path("conformance/records").iterdir() if p.is_dir())
for case in cases:
    document = json.loads((case / "document.json").read_text(encoding="utf-8"))
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    two_file = "invalid" if msp_schema.schema_errors(document) else "valid"
    single = "invalid" if any(True for _ in bundled.iter_errors(document)) else "valid"
    sdk_refuses = not expected["decode"]["accepted"] or any(
        f["severity"] == "ERROR" for f in expected["findings"]["IN_PROGRESS"])
    if two_file != expected["schema"]:
        failures.append(f"{case.name}: two-file schema says {two_file}, expected {expected['schema']}")
    if single != expected["schema"]:
        failures.append(f"{case.name}: bundled schema says {single}, expected {expected['schema']}")
    if two_file == "invalid" and not sdk_refuses:
        failures.append(f"{case.name}: the schema refuses a document the SDK accepts")
for failure in failures:
    print("FAIL python:", failure)
print(f"python (jsonschema + referencing): {len(cases)} conformance documents, {len(failures)} disagreements")
sys.exit(1 if failures else 0)
