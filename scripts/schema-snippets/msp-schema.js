// Validate an MSP record against the published two-file schema in JavaScript
// (Ajv 8 for draft 2020-12 with ajv-formats, in strict mode).
const fs = require("node:fs");
const path = require("node:path");
const Ajv2020 = require("ajv/dist/2020");
const addFormats = require("ajv-formats");

const schemaDir = "schema"; // the repository's schema/ directory (or the files from the jar's org/mspsdk/schema/1.0/)

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
for (const name of ["defs.json", "safeguarding-record.json"]) {
  ajv.addSchema(JSON.parse(fs.readFileSync(path.join(schemaDir, name), "utf8")));
}
const validateRecord = ajv.getSchema("https://mspsdk.org/schema/1.0/safeguarding-record.json");

/** Where and how the document breaks the schema, as [JSON Pointer, keyword] pairs; empty when it is valid. */
function schemaErrors(document) {
  return validateRecord(document) ? [] : validateRecord.errors.map((e) => [e.instancePath, e.keyword]);
}

module.exports = { schemaErrors };
