// Compiles every published schema in Ajv's strict mode, then runs the conformance documents
// (conformance/records/) through the README's JavaScript snippet (msp-schema.js, the two-file schema) and through
// the bundled schema, and compares each verdict with the case's expected one, which ConformanceSuiteTest checks
// against the SDK. A document the schema refuses must be one the SDK refuses at every save.
// Run from the repository root: node scripts/schema-snippets/conformance.js
const fs = require("node:fs");
const path = require("node:path");
const Ajv2020 = require("ajv/dist/2020");
const addFormats = require("ajv-formats");
const { schemaErrors } = require("./msp-schema.js");

const read = (file) => JSON.parse(fs.readFileSync(file, "utf8"));
const files = ["defs.json", "safeguarding-record.json", "research-record.json", "safeguarding-record.bundled.json"];
const strict = new Ajv2020({ strict: true, allErrors: true });
addFormats(strict);
const schemas = files.map((f) => read(path.join("schema", f)));
schemas.forEach((s) => strict.addSchema(s));
let compiled = 0;
for (const s of schemas) {
  strict.getSchema(s.$id); // throws on any strict-mode violation
  compiled++;
  for (const name of Object.keys(s.$defs || {})) {
    strict.getSchema(`${s.$id}#/$defs/${name}`);
    compiled++;
  }
}
const bundled = strict.getSchema("https://mspsdk.org/schema/1.0/safeguarding-record.bundled.json");

const failures = [];
const root = path.join("conformance", "records");
const cases = fs.readdirSync(root).filter((c) => fs.statSync(path.join(root, c)).isDirectory()).sort();
for (const c of cases) {
  const document = read(path.join(root, c, "document.json"));
  const expected = read(path.join(root, c, "expected.json"));
  const twoFile = schemaErrors(document).length ? "invalid" : "valid";
  const single = bundled(document) ? "valid" : "invalid";
  const sdkRefuses = !expected.decode.accepted
    || expected.findings.IN_PROGRESS.some((f) => f.severity === "ERROR");
  if (twoFile !== expected.schema) failures.push(`${c}: two-file schema says ${twoFile}, expected ${expected.schema}`);
  if (single !== expected.schema) failures.push(`${c}: bundled schema says ${single}, expected ${expected.schema}`);
  if (twoFile === "invalid" && !sdkRefuses) failures.push(`${c}: the schema refuses a document the SDK accepts`);
}
failures.forEach((f) => console.log("FAIL javascript:", f));
console.log(`javascript (Ajv 2020, strict): ${compiled} schemas and definitions compiled, `
  + `${cases.length} conformance documents, ${failures.length} disagreements`);
process.exit(failures.length ? 1 : 0);
