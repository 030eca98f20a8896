# Validate an MSP record against the published two-file schema in Python
# (jsonschema 4.18 or later with a referencing registry; format checking on).
import json
from pathlib import Path

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

SCHEMA_DIR = Path("schema")  # the repository's schema/ directory (or the files from the jar's org/mspsdk/schema/1.0/)

resources = [Resource.from_contents(json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8")))
             for name in ("defs.json", "safeguarding-record.json")]
registry = Registry().with_resources((resource.id(), resource) for resource in resources)
validator = Draft202012Validator(
    registry.contents("https://mspsdk.org/schema/1.0/safeguarding-record.json"),
    registry=registry,
    format_checker=Draft202012Validator.FORMAT_CHECKER,
)


def schema_errors(document):
    """Where and how the document breaks the schema, as (JSON Pointer, keyword) pairs; empty when it is valid.
    The messages of jsonschema repeat the document's values (personal data): log the pointer and keyword only."""
    return [("".join(f"/{part}" for part in error.absolute_path), error.validator)
            for error in validator.iter_errors(document)]
