package org.mspsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mspsdk.cli.Cli.Run;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 17: a corpus of hostile inputs, each run through the {@code msp} tool in-process with its expected exit
 * code and a fragment of what it prints. Every case also shows no Java exception name or stack trace, no raw
 * control character other than line feed and tab on either stream, and never the canary placed in its input
 * (record, person and organisation ids, free text and unknown property names all carry {@code CNRY}). Large
 * inputs are generated.
 */
class HostileCorpusTest {

    static final String CANARY = "CNRY";
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    static Path dir;

    static Path key;
    /** The concluded s42 example on one line, with a canary in every id and free-text field. */
    static String good;

    /** One hostile input: its file name, its bytes, the command, the exit code and a fragment of the output. */
    record Case(String name, String file, Supplier<byte[]> input, String command, int exit, String fragment) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void base() throws IOException {
        ObjectNode r = (ObjectNode) MAPPER.readTree(
                Files.readString(Path.of("..", "schema", "examples", "concluded-s42-enquiry.json")));
        r.put("recordId", CANARY + "-R-1");
        ((ObjectNode) r.get("adult")).put("personId", CANARY + "-P-1");
        r.put("notes", CANARY + " notes about Jane Smith");
        good = MAPPER.writeValueAsString(r);
        key = Files.writeString(dir.resolve("key.txt"), "0123456789abcdef0123456789abcdef-test-key");
    }

    // ---------------------------------------------------------------- input makers

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The good document with the first match of {@code regex} replaced (literally) by {@code with}. */
    static String edit(String regex, String with) {
        String out = good.replaceFirst(regex, java.util.regex.Matcher.quoteReplacement(with));
        if (out.equals(good)) {
            throw new IllegalStateException("no match for " + regex);
        }
        return out;
    }

    static Supplier<byte[]> doc(String regex, String with) {
        return () -> utf8(edit(regex, with));
    }

    static Supplier<byte[]> text(Supplier<String> s) {
        return () -> utf8(s.get());
    }

    /** The good document with raw bytes in place of the record id's value. */
    static Supplier<byte[]> idBytes(int... bytes) {
        return () -> {
            String[] parts = good.split(Pattern.quote(CANARY + "-R-1"), 2);
            byte[] mid = new byte[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                mid[i] = (byte) bytes[i];
            }
            return concat(utf8(parts[0] + "X-"), mid, utf8("-" + CANARY + parts[1]));
        };
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    static String unknowns(int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(",\"").append(CANARY).append(i).append("\":").append(i);
        }
        return b.toString();
    }

    static String nested(int depth, String open, String close, String inner) {
        return open.repeat(depth) + inner + close.repeat(depth);
    }

    static final String ID = "\"recordId\":\"[^\"]*\"";
    static final String PERSON = "\"personId\":\"[^\"]*\"";
    static final String LEAD = "\"code\":\"E08000001\"";
    static final String DOB = "\"dateOfBirth\":\"[^\"]*\"";
    static final String NHS = "\"nhsNumber\":\"[^\"]*\"";
    static final String RECEIVED = "\"receivedOn\":\"[^\"]*\"";
    static final String NOTES = "\"notes\":\"[^\"]*\"";

    static final String V = "validate";
    static final String S = "sac --year 2025";
    static final String M = "measures --year 2025 --by organisation";
    static final String E = "export --key-file KEY --out OUT";

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        // -------- files that are not JSON records at all
        c.add(new Case("empty file", "a.jsonl", () -> new byte[0], V, 2,
                "unusable: no records (the input is empty)"));
        c.add(new Case("empty .json", "a.json", () -> new byte[0], V, 2,
                "unusable: no records (the input is empty)"));
        c.add(new Case("blank lines only", "a.jsonl", text(() -> "\n\n  \n"), V, 2,
                "unusable: no records (the input is empty)"));
        c.add(new Case("folder", "DIR", null, V, 2,
                "unusable: a folder, not a file"));
        c.add(new Case("folder to sac", "DIR", null, S, 2,
                "unusable: a folder, not a file"));
        c.add(new Case("CSV file to validate", "records.csv",
                text(() -> "recordId,personId\n" + CANARY + "-R,=cmd|' /C calc'!A0\n"), V, 2,
                "unusable: not JSON records (a record document starts with '{')"));
        c.add(new Case("CSV file to sac", "records.csv", text(() -> "recordId\n" + CANARY + "-R\n"), S, 2,
                "unusable: not JSON records (a record document starts with '{')"));
        c.add(new Case("binary garbage", "a.jsonl", () -> new byte[] {0, 1, 2, (byte) 0xff, 0x1b, '[', '2', 'J'}, V, 2,
                "unusable: not JSON records (a record document starts with '{')"));
        c.add(new Case("NUL bytes", "a.json", () -> new byte[4096], V, 2,
                "unusable: not JSON records (a record document starts with '{')"));
        c.add(new Case("UTF-8 BOM line", "a.jsonl",
                () -> concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, utf8(good + "\n")), V, 0,
                "1 record checked (in-progress profile): 0 with errors, 0 errors, 0 warnings"));
        c.add(new Case("UTF-8 BOM document", "a.json",
                () -> concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, utf8(good)), V, 0,
                "1 record checked (in-progress profile): 0 with errors, 0 errors, 0 warnings"));
        c.add(new Case("UTF-16LE with BOM", "a.jsonl",
                () -> concat(new byte[] {(byte) 0xff, (byte) 0xfe}, (good + "\n").getBytes(StandardCharsets.UTF_16LE)),
                V, 2,
                "unusable: not JSON records (a record document starts with '{')"));
        c.add(new Case("UTF-16BE without BOM", "a.json", () -> good.getBytes(StandardCharsets.UTF_16BE), V, 2,
                "unusable: not JSON records (a record document starts with '{')"));
        c.add(new Case("JSON array of records", "a.json", text(() -> "[" + good + "]"), V, 2,
                "unusable: not JSON records (a record document starts with '{')"));
        c.add(new Case("JSON array line", "a.jsonl", text(() -> "[" + good + "]\n"), V, 2,
                "unusable: not JSON records (a record document starts with '{')"));
        c.add(new Case("null literal", "a.jsonl", text(() -> "null\n"), V, 2,
                "unusable: not JSON records (a record document starts with '{')"));
        c.add(new Case("number line", "a.jsonl", text(() -> "42\n"), V, 2,
                "unusable: not JSON records (a record document starts with '{')"));
        c.add(new Case("string line", "a.jsonl", text(() -> "\"" + CANARY + "\"\n"), V, 2,
                "unusable: not JSON records (a record document starts with '{')"));
        // -------- malformed JSON
        c.add(new Case("two documents in a .json", "a.json", text(() -> good + "\n" + good), V, 1,
                "a.json:2:1: ERROR MSP-DECODE (document): there is content after the record object"));
        c.add(new Case("trailing garbage .json", "a.json", text(() -> good + " " + CANARY + "x"), V, 1,
                "ERROR MSP-DECODE (document): there is content after the record object"));
        c.add(new Case("trailing garbage line", "a.jsonl", text(() -> good + "}" + CANARY + "\n"), V, 1,
                "ERROR MSP-DECODE (document): there is content after the record object"));
        c.add(new Case("truncated line", "a.jsonl", text(() -> good.substring(0, good.length() / 2) + "\n"), V, 1,
                "ERROR MSP-DECODE /outcomes/desiredOutcomes/0/expressedOn: the docu"
                + "ment ends before the record is complete"));
        c.add(new Case("truncated .json", "a.json", text(() -> good.substring(0, good.length() - 1)), V, 1,
                "ERROR MSP-DECODE /notes: the document ends before the record is complete"));
        c.add(new Case("lone brace", "a.jsonl", text(() -> "{\n"), V, 1,
                "a.jsonl:1:2: ERROR MSP-DECODE (document): the document ends before the record is complete"));
        c.add(new Case("empty object", "a.jsonl", text(() -> "{}\n"), V, 1,
                "ERROR MSP-DECODE /mspVersion: required property is missing"));
        c.add(new Case("value in name position", "a.jsonl",
                text(() -> "{\"mspVersion\":\"1.0\",\"SYN-" + CANARY + "-00000001\"}\n"), V, 1,
                "ERROR MSP-DECODE /(unknown-property): the document is not well-formed JSON"));
        c.add(new Case("value in name position, adult", "a.jsonl",
                doc("\\{\"personId\"", "{\"SYN-P-" + CANARY + "\",\"personId\""), V, 1,
                "ERROR MSP-DECODE /adult/(unknown-property): the document is not well-formed JSON"));
        c.add(new Case("comment", "a.jsonl", text(() -> "{/*" + CANARY + "*/" + good.substring(1) + "\n"), V, 1,
                "ERROR MSP-DECODE (document): the document is not well-formed JSON"));
        c.add(new Case("single quotes", "a.jsonl", doc(ID, "'recordId':'" + CANARY + "'"), V, 1,
                "the document is not well-formed JSON"));
        c.add(new Case("NaN", "a.jsonl", doc("\"gender\"", "\"ageAtConcern\":NaN,\"gender\""), V, 1,
                "/adult/ageAtConcern: the document is not well-formed JSON"));
        c.add(new Case("leading zero", "a.jsonl", doc("\"gender\"", "\"ageAtConcern\":079,\"gender\""), V, 1,
                "/adult/ageAtConcern: the document is not well-formed JSON"));
        c.add(new Case("invalid escape", "a.jsonl", doc(ID, "\"recordId\":\"\\x41" + CANARY + "\""), V, 1,
                "/recordId: the document is not well-formed JSON"));
        c.add(new Case("raw tab in string", "a.jsonl", doc(ID, "\"recordId\":\"\t" + CANARY + "\""), V, 1,
                "/recordId: a string contains an unescaped control character"));
        c.add(new Case("raw ESC in string", "a.jsonl", doc(ID, "\"recordId\":\"\u001b[2J" + CANARY + "\""), V, 1,
                "/recordId: a string contains an unescaped control character"));
        c.add(new Case("CRLF line ends", "a.jsonl", text(() -> good + "\r\n" + good + "\r\n"), V, 0,
                "2 records checked (in-progress profile): 0 with errors"));
        c.add(new Case("blank lines between", "a.jsonl", text(() -> good + "\n\n   \n" + good + "\n"), V, 1,
                "a.jsonl:3: ERROR MSP-DECODE (document): the line is blank (strict mode)"));
        c.add(new Case("one good one bad", "a.jsonl", text(() -> good + "\n{" + CANARY + "\n"), V, 1,
                "2 records checked (in-progress profile): 1 with errors, 1 error, 0"
                + " warnings; 1 document could not be decoded"));
        // -------- invalid UTF-8
        c.add(new Case("overlong C0 AF", "a.jsonl", idBytes(0xc0, 0xaf), V, 1,
                "ERROR MSP-DECODE /recordId: the bytes are not valid UTF-8 (an overlong encoding)"));
        c.add(new Case("overlong C0 AF to sac", "a.jsonl", idBytes(0xc0, 0xaf), S, 1,
                "msp: 1 document could not be read or processed and was not counted"));
        c.add(new Case("encoded surrogate ED A0 80", "a.jsonl", idBytes(0xed, 0xa0, 0x80), V, 1,
                "the bytes are not valid UTF-8 (an encoded surrogate, U+D800 to U+DFFF)"));
        c.add(new Case("above U+10FFFF", "a.jsonl", idBytes(0xf4, 0x90, 0x80, 0x80), V, 1,
                "the bytes are not valid UTF-8 (a code point above U+10FFFF)"));
        c.add(new Case("lone continuation byte", "a.jsonl", idBytes(0x80), V, 1,
                "the bytes are not valid UTF-8 (a broken or truncated byte sequence)"));
        c.add(new Case("truncated sequence", "a.jsonl", idBytes(0xe2, 0x82), V, 1,
                "the bytes are not valid UTF-8 (a broken or truncated byte sequence)"));
        c.add(new Case("Latin-1 byte", "a.json", idBytes(0xe9), V, 1,
                "the bytes are not valid UTF-8 (a broken or truncated byte sequence)"));
        // -------- unpaired surrogate escapes
        c.add(new Case("lone high surrogate id", "a.jsonl", doc(ID, "\"recordId\":\"REC-\\ud800-x\""), V, 1,
                "ERROR MSP-DECODE /recordId: the string holds an unpaired surrogate escape"));
        c.add(new Case("lone high surrogate id to sac --out", "a.jsonl",
                doc(ID, "\"recordId\":\"REC-\\ud800-x\""), "sac --year 2025 --out OUT", 1,
                "msp: wrote the return for 2025-26 (0 records read)"));
        c.add(new Case("lone low surrogate lead code", "a.jsonl", doc(LEAD, "\"code\":\"LA-\\udc00\""), V, 1,
                "ERROR MSP-DECODE /organisations/0/code: the string holds an unpaired surrogate escape"));
        c.add(new Case("lone low surrogate lead code to export", "a.jsonl", doc(LEAD, "\"code\":\"LA-\\udc00\""), E, 1,
                "msp: wrote 0 de-identified records to "));
        c.add(new Case("lone surrogate lead code to measures csv", "a.jsonl",
                doc(LEAD, "\"code\":\"LA-\\udc00\""), M + " --output csv", 1,
                "/organisations/0/code: the string holds an unpaired surrogate escape"));
        c.add(new Case("reversed pair person id", "a.jsonl", doc(PERSON, "\"personId\":\"P-\\udc00\\ud800\""), V, 1,
                "/adult/personId: the string holds an unpaired surrogate escape"));
        c.add(new Case("lone surrogate in notes", "a.jsonl", doc(NOTES, "\"notes\":\"" + CANARY + "\\udfff\""), V, 1,
                "/notes: the string holds an unpaired surrogate escape"));
        // -------- control and formula characters in ids and codes
        c.add(new Case("ESC in record id", "a.jsonl",
                doc(ID, "\"recordId\":\"\\u001b]0;" + CANARY + "\\u0007\""), V, 1,
                "ERROR MSP-TXT-005 recordId: expected an identifier or code of prin"
                + "table characters, found a control character (U+001B)"));
        // issue 14: msp sac lists, and does not count, a record that breaks an ERROR rule (here MSP-TXT-005): exit 1
        c.add(new Case("ESC in record id to sac", "a.jsonl",
                doc(ID, "\"recordId\":\"\\u001b]0;" + CANARY + "\\u0007\""), S, 1,
                "2025-26 (2025-04-01 to 2026-03-31), 1 record"));
        c.add(new Case("BEL in lead code", "a.jsonl", doc(LEAD, "\"code\":\"E0800\\u00070001\""), V, 1,
                "ERROR MSP-TXT-005 organisations[0].code: expected an identifier or"
                + " code of printable characters, found a control character (U+0007)"));
        c.add(new Case("ESC in lead code to measures", "a.jsonl", doc(LEAD, "\"code\":\"\\u001b[2JE08000001\""), M, 0,
                "\\u001B[2JE08000001"));
        c.add(new Case("CR in person id", "a.jsonl", doc(PERSON, "\"personId\":\"" + CANARY + "\\rFORGED\""), V, 1,
                "ERROR MSP-TXT-005 adult.personId: expected an identifier or code o"
                + "f printable characters, found a control character (U+000D)"));
        c.add(new Case("CR in record id to export", "a.jsonl",
                doc(ID, "\"recordId\":\"" + CANARY + "\\rFORGED\""), E, 0,
                "msp: wrote 1 de-identified record to "));
        c.add(new Case("NEL in lead code", "a.jsonl", doc(LEAD, "\"code\":\"E08\\u0085000001\""), V, 1,
                "found a control character (U+0085)"));
        c.add(new Case("bidi override in record id", "a.jsonl",
                doc(ID, "\"recordId\":\"" + CANARY + "\\u202e1\""), V, 1,
                "ERROR MSP-TXT-005 recordId: expected an identifier or code of prin"
                + "table characters, found a bidirectional formatting character (U+20" + "2E)"));
        c.add(new Case("formula record id", "a.jsonl",
                doc(ID, "\"recordId\":\"=cmd|' /C calc'!A0" + CANARY + "\""), V, 0,
                "1 record checked (in-progress profile): 0 with errors, 0 errors, 0 warnings"));
        c.add(new Case("formula lead code to export", "a.jsonl", doc(LEAD, "\"code\":\"=cmd|' /C calc'!A0\""), E, 0,
                "msp: wrote 1 de-identified record to "));
        c.add(new Case("formula lead code to sac csv", "a.jsonl",
                doc(LEAD, "\"code\":\"@SUM(A1)\""), M + " --output csv", 0,
                "\"'@SUM(A1)\",1,1,0,1"));
        c.add(new Case("formula person id to sac", "a.jsonl", doc(PERSON, "\"personId\":\"+1+" + CANARY + "\""), S, 0,
                "2025-26 (2025-04-01 to 2026-03-31), 1 record"));
        // -------- null, duplicates, wrong types, unknown codes and versions
        c.add(new Case("null record id", "a.jsonl", doc(ID, "\"recordId\":null"), V, 1,
                "/recordId: null is not allowed (strict mode)"));
        c.add(new Case("null notes strict", "a.jsonl", doc(NOTES, "\"notes\":null"), V, 1,
                "/notes: null is not allowed (strict mode)"));
        c.add(new Case("null notes tolerant", "a.jsonl", doc(NOTES, "\"notes\":null"), V + " --tolerant", 0,
                "1 record checked (in-progress profile): 0 with errors, 0 errors, 0 warnings"));
        c.add(new Case("duplicate record id key", "a.jsonl",
                doc(ID, "\"recordId\":\"A\",\"recordId\":\"" + CANARY + "\""), V, 1,
                "/recordId: a property appears more than once in the same object"));
        c.add(new Case("duplicate person id key", "a.jsonl",
                doc(PERSON, "\"personId\":\"A\",\"personId\":\"B\""), V, 1,
                "/adult/personId: a property appears more than once in the same object"));
        c.add(new Case("record id a number", "a.jsonl", doc(ID, "\"recordId\":12345"), V, 1,
                "/recordId: found an integer; expected a string (the record id)"));
        c.add(new Case("record id an array", "a.jsonl", doc(ID, "\"recordId\":[\"" + CANARY + "\"]"), V, 1,
                "/recordId: found an array; expected a string (the record id)"));
        c.add(new Case("organisations an object", "a.jsonl",
                doc("\"organisations\":\\[", "\"organisations\":{\"x\":["), V, 1,
                "/organisations: found an object; expected an array of organisation objects"));
        c.add(new Case("boolean as string", "a.jsonl",
                doc("\"autismExcludingAsperger\":false", "\"autismExcludingAsperger\":\"false\""), V, 1,
                "/adult/autismExcludingAsperger: found a string; expected true or false"));
        c.add(new Case("unknown gender code", "a.jsonl",
                doc("\"gender\":\"female\"", "\"gender\":\"" + CANARY + "-CODE\""), V, 1,
                "/adult/gender: not a code of list 'sg1b-gender' (Gender); expected"
                + " one of [male, female, not-known]"));
        c.add(new Case("version 2.0", "a.jsonl", doc("\"mspVersion\":\"1.0\"", "\"mspVersion\":\"2.0\""), V, 1,
                "/mspVersion: unsupported wire format version"));
        c.add(new Case("version missing", "a.jsonl", doc("\"mspVersion\":\"1.0\",", ""), V, 1,
                "/mspVersion: required property is missing"));
        c.add(new Case("version 1.1 tolerant", "a.jsonl",
                doc("\"mspVersion\":\"1.0\"", "\"mspVersion\":\"1.1\""), V + " --tolerant", 0,
                "1 record checked (in-progress profile): 0 with errors, 0 errors, 0 warnings"));
        c.add(new Case("unknown property strict", "a.jsonl",
                doc(NOTES, "\"" + CANARY + "Jane\":1," + "\"notes\":\"x\""), V, 1,
                "/(unknown-property): unknown property (strict mode)"));
        c.add(new Case("unknown property tolerant", "a.jsonl",
                doc(NOTES, "\"" + CANARY + "Jane\":1,\"notes\":\"x\""), V + " --tolerant", 0,
                "1 record checked (in-progress profile): 0 with errors, 0 errors, 0 warnings"));
        // -------- dates, ages, NHS numbers
        c.add(new Case("birth 1900-03-31", "a.jsonl", doc(DOB, "\"dateOfBirth\":\"1900-03-31\""), V, 0,
                "1 record checked (in-progress profile): 0 with errors, 0 errors, 0 warnings"));
        c.add(new Case("birth 1900-03-31 to export", "a.jsonl", doc(DOB, "\"dateOfBirth\":\"1900-03-31\""), E, 0,
                "msp: wrote 1 de-identified record to "));
        c.add(new Case("received 9999-04-01", "a.jsonl", doc(RECEIVED, "\"receivedOn\":\"9999-04-01\""), V, 1,
                "ERROR MSP-DAT-005 concern.receivedOn: expected a date from 1900-04-01 to 9999-03-31"));
        c.add(new Case("received 9999-04-01 to export", "a.jsonl",
                doc(RECEIVED, "\"receivedOn\":\"9999-04-01\""), E, 1,
                "not processed: concern.receivedOn is outside the dates the SDK handles"));
        // issue 14: a future date breaks an ERROR rule, so msp sac lists the record instead of counting it: exit 1
        c.add(new Case("received 9999-04-01 to sac", "a.jsonl", doc(RECEIVED, "\"receivedOn\":\"9999-04-01\""), S, 1,
                "2025-26 (2025-04-01 to 2026-03-31), 1 record"));
        c.add(new Case("date 2025-02-30", "a.jsonl", doc(RECEIVED, "\"receivedOn\":\"2025-02-30\""), V, 1,
                "/concern/receivedOn: not a real calendar date"));
        c.add(new Case("date dd/mm/yyyy", "a.jsonl", doc(RECEIVED, "\"receivedOn\":\"02/06/2025\""), V, 1,
                "/concern/receivedOn: not a date in the form yyyy-mm-dd"));
        c.add(new Case("date with time", "a.jsonl", doc(RECEIVED, "\"receivedOn\":\"2025-06-02T00:00:00Z\""), V, 1,
                "/concern/receivedOn: not a date in the form yyyy-mm-dd"));
        c.add(new Case("age 151", "a.jsonl", doc(DOB, "\"ageAtConcern\":151"), V, 1,
                "/adult/ageAtConcern: the number is out of range; expected an integer from 0 to 150"));
        c.add(new Case("age -1", "a.jsonl", doc(DOB, "\"ageAtConcern\":-1"), V, 1,
                "/adult/ageAtConcern: the number is out of range; expected an integer from 0 to 150"));
        c.add(new Case("age 140", "a.jsonl", doc(DOB, "\"ageAtConcern\":140"), V, 1,
                "ERROR MSP-PER-005 adult.ageAtConcern: expected an age between 0 and 130 years"));
        c.add(new Case("age 79.5", "a.jsonl", doc(DOB, "\"ageAtConcern\":79.5"), V, 1,
                "/adult/ageAtConcern: found a decimal number"));
        c.add(new Case("age huge number", "a.jsonl", doc(DOB, "\"ageAtConcern\":" + "9".repeat(400)), V, 1,
                "/adult/ageAtConcern: a number is longer than the limit of 20 characters"));
        c.add(new Case("age 1e400", "a.jsonl", doc(DOB, "\"ageAtConcern\":1e400"), V, 1,
                "/adult/ageAtConcern: found a decimal number"));
        c.add(new Case("invalid NHS number", "a.jsonl", doc(NHS, "\"nhsNumber\":\"9434765918\""), V, 1,
                "/adult/nhsNumber: the NHS number fails the Modulus 11 check digit"));
        c.add(new Case("NHS number 9 digits", "a.jsonl", doc(NHS, "\"nhsNumber\":\"943476591\""), V, 1,
                "/adult/nhsNumber: not an NHS number of exactly 10 digits"));
        // -------- size and depth limits (generated)
        c.add(new Case("4 MiB line", "a.jsonl", doc(NOTES, "\"notes\":\"" + "x".repeat(4 * 1024 * 1024) + "\""), V, 1,
                "(document): the line is longer than the limit of 4194304 bytes"));
        c.add(new Case("string over 100,000", "a.jsonl", doc(NOTES, "\"notes\":\"" + "x".repeat(100_001) + "\""), V, 1,
                "/notes: a string is longer than the limit of 100000 characters"));
        c.add(new Case("10,001 array items", "a.jsonl",
                doc("\"desiredOutcomeIds\":\\[\"D1\"\\]",
                        "\"desiredOutcomeIds\":[" + "\"D1\",".repeat(10_000) + "\"D1\"]"),
                V, 1,
                "/outcomes/negotiatedOutcomes/0/desiredOutcomeIds: the array has more items than the limit of 10000"));
        c.add(new Case("depth 33 tolerant", "a.jsonl",
                doc(NOTES, "\"" + CANARY + "\":" + nested(33, "[", "]", "1") + ",\"notes\":\"x\""),
                V + " --tolerant", 1,
                "the document nests deeper than the limit of 32"));
        c.add(new Case("depth 33 strict", "a.jsonl",
                doc(NOTES, "\"" + CANARY + "\":" + nested(33, "[", "]", "1") + ",\"notes\":\"x\""), V, 1,
                "/(unknown-property): unknown property (strict mode)"));
        c.add(new Case("deep unknown object tolerant", "a.jsonl",
                doc(NOTES, "\"x\":" + nested(30, "{\"" + CANARY + "\":", "}", "1") + ",\"notes\":\"x\""),
                V + " --tolerant", 0,
                "1 record checked (in-progress profile): 0 with errors, 0 errors, 0 warnings"));
        c.add(new Case("deep unknown object strict", "a.jsonl",
                doc(NOTES, "\"x\":" + nested(30, "{\"" + CANARY + "\":", "}", "1") + ",\"notes\":\"x\""), V, 1,
                "/(unknown-property): unknown property (strict mode)"));
        c.add(new Case("1,001 unknown properties tolerant", "a.jsonl",
                text(() -> edit(NOTES, "\"notes\":\"x\"" + unknowns(1_001))), S + " --tolerant", 1,
                "/(unknown-property): the document has more unknown properties than"
                + " the limit of 1000 (tolerant mode)"));
        c.add(new Case("unknowns filling 4 MiB tolerant", "a.jsonl",
                text(() -> edit(NOTES, "\"notes\":\"x\"" + unknowns(300_000))), S + " --tolerant", 1,
                "(document): the line is longer than the limit of 4194304 bytes"));
        c.add(new Case("unknown long value tolerant", "a.jsonl",
                text(() -> edit(NOTES, "\"notes\":\"x\",\"u\":["
                        + ("\"" + CANARY + "x".repeat(90_000) + "\",").repeat(12) + "1]")),
                S + " --tolerant", 1,
                "/(unknown-property): the unknown properties are longer than the li"
                + "mit of 1048576 characters (tolerant mode)"));
        c.add(new Case("long property name", "a.jsonl",
                doc(NOTES, "\"" + CANARY + "y".repeat(100_000) + "\":1," + "\"notes\":\"x\""), V, 1,
                "a property name is longer than the limit of 256 characters"));
        c.add(new Case("21-digit number tolerant", "a.jsonl",
                doc(NOTES, "\"u\":" + "1".repeat(21) + ",\"notes\":\"x\""), V + " --tolerant", 1,
                "/(unknown-property): a number is longer than the limit of 20 characters"));
        // -------- command-level hostility
        c.add(new Case("export key file missing", "a.jsonl",
                text(() -> good + "\n"), "export --key-file NOKEY --out OUT", 2,
                "missing-key.txt (no such file)"));
        c.add(new Case("export without --out", "a.jsonl", text(() -> good + "\n"), "export --key-file KEY", 2,
                "Missing required option: '--out=DIR'"));
        c.add(new Case("sac year not a number", "a.jsonl", text(() -> good + "\n"), "sac --year Y2K", 2,
                "Invalid value for option '--year': 'Y2K' is not valid; expected a year such as 2025 or 2025-26"));
        c.add(new Case("unknown profile", "a.jsonl", text(() -> good + "\n"), "validate --profile gold", 2,
                "Invalid value for option '--profile': 'gold' is not valid; expected in-progress or sac"));
        c.add(new Case("good record control", "a.jsonl", text(() -> good + "\n"), V, 0,
                "1 record checked (in-progress profile): 0 with errors, 0 errors, 0 warnings"));
        c.add(new Case("good record to export", "a.jsonl", text(() -> good + "\n"), E, 0,
                "msp: wrote 1 de-identified record to "));
        return c;
    }

    static Stream<Case> corpus() {
        return cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @Timeout(30)
    void hostileInput(Case k) throws IOException {
        Path caseDir = Files.createTempDirectory(dir, "case");
        Path input = caseDir.resolve(k.file());
        if (k.input() == null) {
            Files.createDirectories(input);
        } else {
            Files.write(input, k.input().get());
        }
        List<String> args = new ArrayList<>();
        for (String a : k.command().split(" ")) {
            args.add(switch (a) {
                case "KEY" -> key.toString();
                case "NOKEY" -> caseDir.resolve("missing-key.txt").toString();
                case "OUT" -> caseDir.resolve("out").toString();
                default -> a;
            });
        }
        args.add(input.toString());
        Run r = Cli.run(args.toArray(String[]::new));
        String all = r.all().replace(dir.toString(), "DIR");
        assertThat(all).as("exception name or stack trace").doesNotContainPattern(
                "\\b[A-Z][A-Za-z]*(Exception|Error)\\b|\\tat |\\bat [a-z]+\\.[a-z]");
        assertThat(all).as("canary").doesNotContain(CANARY);
        for (int i = 0; i < all.length(); i++) {
            char ch = all.charAt(i);
            assertThat(ch != '\n' && ch != '\t' && (ch < 0x20 || ch == 0x7f || (ch >= 0x80 && ch < 0xa0)))
                    .as("raw control U+%04X at %d", (int) ch, i).isFalse();
        }
        assertThat(r.exit()).as(all).isEqualTo(k.exit());
        assertThat(all).contains(k.fragment());
        if (k.command().startsWith("export") && Files.isDirectory(caseDir.resolve("out"))) {
            try (Stream<Path> files = Files.list(caseDir.resolve("out"))) {
                for (Path f : files.toList()) {
                    String written = Files.readString(f);
                    if (k.name().equals("formula lead code to export") && f.endsWith("records.csv")) {
                        assertThat(written).contains("'=cmd");
                    }
                    assertThat(written).as(f.getFileName().toString()).doesNotContain(CANARY);
                    if (f.toString().endsWith(".csv")) {
                        assertThat(written).as("formula guard in " + f.getFileName())
                                .doesNotContainPattern("(?m)(^|,)\"?[=@+]");
                    }
                }
            }
        }
    }
}
