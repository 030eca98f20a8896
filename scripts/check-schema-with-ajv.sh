#!/usr/bin/env bash
# Cross-checks the published JSON Schema with an independent implementation (Ajv, JavaScript, draft 2020-12):
# the example documents, a generated dataset and its research export must all validate, and a broken document
# must not. Optional (needs Node.js and npm); not part of the test command. Usage: scripts/check-schema-with-ajv.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
./mvnw -B -q package -DskipTests
msp() { java -jar "$root/msp-examples/target/msp.jar" "$@"; }
msp generate --count 5000 --seed 7 --out "$work/records.jsonl" 2>/dev/null
head -c 48 /dev/urandom | base64 > "$work/key.txt"
msp export --key-file "$work/key.txt" --out "$work/research" "$work/records.jsonl" 2>/dev/null
cd "$work"
npm init -y >/dev/null
npm install --silent ajv@8.20.0 ajv-formats@3.0.1 >/dev/null
cat > check.js <<'JS'
const Ajv2020 = require("ajv/dist/2020"), addFormats = require("ajv-formats"), fs = require("fs");
const dir = process.argv[2] + "/schema/";
const ajv = new Ajv2020({strict: true, allErrors: true}); addFormats(ajv);
for (const f of ["defs.json", "safeguarding-record.json", "research-record.json"]) {
  ajv.addSchema(JSON.parse(fs.readFileSync(dir + f)));
}
const record = ajv.getSchema("https://mspsdk.org/schema/1.0/safeguarding-record.json");
const research = ajv.getSchema("https://mspsdk.org/schema/1.0/research-record.json");
let failures = 0;
const check = (what, validate, doc, expected) => {
  if (validate(doc) !== expected) { failures++; console.log("FAIL", what, JSON.stringify(validate.errors)); }
};
for (const f of fs.readdirSync(dir + "examples")) check(f, record, JSON.parse(fs.readFileSync(dir + "examples/" + f)), true);
const lines = fs.readFileSync("records.jsonl", "utf8").trim().split("\n");
lines.forEach((l, i) => check("records line " + (i + 1), record, JSON.parse(l), true));
const broken = JSON.parse(lines[0]); broken.outcomes = {asked: "maybe"};
check("a broken document", record, broken, false);
const out = fs.readFileSync("research/research.jsonl", "utf8").trim().split("\n");
out.forEach((l, i) => check("research line " + (i + 1), research, JSON.parse(l), true));
console.log(`Ajv: ${lines.length} records, ${out.length} research lines, examples: ${failures} failures`);
process.exit(failures ? 1 : 0);
JS
node check.js "$root"
