#!/usr/bin/env bash
# Runs the README's schema snippets for non-Java users, kept in scripts/schema-snippets/ so the README quotes
# files that are tested: Python (jsonschema + referencing, format checking on) and JavaScript (Ajv 2020-12 with
# ajv-formats, strict mode). Each loads the two-file schema, and the bundled one, and runs every conformance
# document (conformance/records/) through it, comparing verdicts with the SDK's (ConformanceSuiteTest checks the
# SDK against the same expected.json files); the JavaScript run also compiles every published schema and every
# definition in Ajv's strict mode. Needs python3 with jsonschema and referencing, node and npm; fails when one
# is missing. npm installs the pinned versions of scripts/schema-snippets/package-lock.json into target/ (ignored
# by git), once. Usage: scripts/schema-snippets.sh (run by .ci/run after the Maven build).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
snippets="$root/scripts/schema-snippets"
fail() { echo "schema-snippets: $*" >&2; exit 1; }

command -v python3 >/dev/null || fail "python3 is required but was not found"
python3 -c 'import jsonschema, referencing' 2>/dev/null \
  || fail "python3 needs jsonschema and referencing: pip install jsonschema==4.26.0 referencing==0.37.0"
command -v node >/dev/null || fail "node (Node.js 18 or later) is required but was not found"
command -v npm >/dev/null || fail "npm is required but was not found"
[ "$(node -p 'process.versions.node.split(".")[0]')" -ge 18 ] || fail "Node.js 18 or later is required"

modules="$root/target/schema-snippets"
if ! cmp -s "$snippets/package-lock.json" "$modules/package-lock.json"; then
  rm -rf "$modules" && mkdir -p "$modules"
  cp "$snippets/package.json" "$snippets/package-lock.json" "$modules/"
  (cd "$modules" && npm ci --no-audit --no-fund --silent >/dev/null) || fail "npm ci of the pinned Ajv versions failed"
fi

cd "$root"
python3 "$snippets/conformance.py"
NODE_PATH="$modules/node_modules" node "$snippets/conformance.js"
