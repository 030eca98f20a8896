package org.mspsdk.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The parts of an {@code .xlsx} workbook (an Office Open XML package, ECMA-376 Part 2) that an import reads: the
 * workbook part found through the package relationships, its sheets in workbook order with the part each one is
 * stored in, the shared-strings part and the date system. Every part is read through a guard that counts the
 * inflated bytes as they come and refuses a part past {@link ImportLimits#maxWorkbookEntry()} or inflating more
 * than {@code 1 / minInflateRatio} times its stored size (a zip bomb), whatever the package's directory claims.
 * XML is read with StAX with DTDs and external entities off.
 *
 * <p>Only what the import needs is read, so the JDK's zip and StAX are enough: no formula is evaluated, no style
 * is read, nothing is written.
 */
final class XlsxPackage implements AutoCloseable {

    /** Where the guard says a part is a zip bomb; {@link XlsxTable} turns it into its message. */
    static final class ZipBombException extends IOException {
        private static final long serialVersionUID = 1L;

        ZipBombException() {
            super("zip bomb");
        }
    }

    /** A package without the parts a workbook needs; its message is the SDK's own and safe to show. */
    static final class BrokenPackage extends IOException {
        private static final long serialVersionUID = 1L;

        BrokenPackage(String message) {
            super(message);
        }
    }

    /** One sheet: its name as the workbook shows it and the part holding its cells. */
    record SheetPart(String name, String part) {
    }

    private static final String OFFICE_DOCUMENT = "/officeDocument";
    private static final String SHARED_STRINGS = "/sharedStrings";
    private static final String WORKSHEET = "/worksheet";
    // below this many inflated bytes the ratio is not checked: small parts compress well and are harmless
    private static final long GRACE_BYTES = 100 * 1024;

    private final ZipFile zip;
    // no part can be stored in more bytes than the file has, whatever the central directory claims
    private final long fileSize;
    private final ImportLimits limits;
    // set by a guard when it refuses a part: StAX wraps the guard's exception and drops its type
    private final Tripwire wire;
    private final List<SheetPart> sheets;
    private final boolean date1904;
    private final String sharedStrings;

    private XlsxPackage(ZipFile zip, long fileSize, ImportLimits limits, Tripwire wire)
            throws IOException, XMLStreamException {
        this.zip = zip;
        this.fileSize = fileSize;
        this.limits = limits;
        this.wire = wire;
        String workbook = null;
        for (Relationship r : relationships("_rels/.rels", "")) {
            if (r.type().endsWith(OFFICE_DOCUMENT)) {
                workbook = r.target();
                break;
            }
        }
        if (workbook == null) {
            throw new BrokenPackage("it has no workbook part");
        }
        String folder = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1) : "";
        String rels = folder + "_rels/" + workbook.substring(folder.length()) + ".rels";
        Map<String, String> targets = new HashMap<>();
        String strings = null;
        for (Relationship r : relationships(rels, folder)) {
            if (r.type().endsWith(WORKSHEET)) {
                targets.put(r.id(), r.target());
            } else if (r.type().endsWith(SHARED_STRINGS)) {
                strings = r.target();
            }
        }
        this.sharedStrings = strings;
        List<SheetPart> found = new ArrayList<>();
        boolean in1904 = false;
        try (InputStream in = part(workbook)) {
            XMLStreamReader x = xml(in);
            try {
                while (x.hasNext()) {
                    if (x.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if ("workbookPr".equals(x.getLocalName())) {
                        String v = x.getAttributeValue(null, "date1904");
                        in1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
                    } else if ("sheet".equals(x.getLocalName())) {
                        String id = relationshipId(x);
                        String target = id == null ? null : targets.get(id);
                        // a chart sheet or a dialog sheet has no worksheet relationship: it holds no rows
                        if (target != null) {
                            found.add(new SheetPart(String.valueOf(x.getAttributeValue(null, "name")), target));
                        }
                    }
                }
            } finally {
                x.close();
            }
        }
        this.sheets = List.copyOf(found);
        this.date1904 = in1904;
    }

    /**
     * @param path   the workbook file
     * @param limits the limits its parts are read under
     * @return the open package
     * @throws IOException        when it is not a zip package or has no workbook part ({@link ZipBombException}
     *                            when a part breaks the limits)
     * @throws XMLStreamException when its workbook part is not XML
     */
    static XlsxPackage open(Path path, ImportLimits limits) throws IOException, XMLStreamException {
        ZipFile zip = new ZipFile(path.toFile());
        Tripwire wire = new Tripwire();
        try {
            return new XlsxPackage(zip, Files.size(path), limits, wire);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            zip.close();
            if (wire.tripped) {
                throw new ZipBombException();
            }
            throw e;
        }
    }

    /** @return whether a part read so far was refused by the zip-bomb guard, whatever exception followed */
    boolean refusedAPart() {
        return wire.tripped;
    }

    private static final class Tripwire {
        private boolean tripped;
    }

    /** @return the worksheets in workbook order */
    List<SheetPart> sheets() {
        return sheets;
    }

    /** @return whether the workbook counts dates from 1904 rather than 1900 */
    boolean date1904() {
        return date1904;
    }

    /**
     * Reads the shared strings: each string item's text runs joined, phonetic runs left out, {@code _xHHHH_}
     * escapes decoded.
     *
     * @return the strings by index; empty when the workbook has none
     * @throws IOException        when the part breaks the limits or cannot be read
     * @throws XMLStreamException when it is not XML
     */
    List<String> sharedStrings() throws IOException, XMLStreamException {
        List<String> out = new ArrayList<>();
        if (sharedStrings == null || zip.getEntry(sharedStrings) == null) {
            return out;
        }
        try (InputStream in = part(sharedStrings)) {
            XMLStreamReader x = xml(in);
            try {
                StringBuilder item = null;
                int phonetic = 0;
                while (x.hasNext()) {
                    int ev = x.next();
                    if (ev == XMLStreamConstants.START_ELEMENT) {
                        switch (x.getLocalName()) {
                            case "si" -> item = new StringBuilder();
                            case "rPh" -> phonetic++;
                            case "t" -> {
                                String t = x.getElementText();
                                if (item != null && phonetic == 0) {
                                    item.append(t);
                                }
                            }
                            default -> {
                            }
                        }
                    } else if (ev == XMLStreamConstants.END_ELEMENT) {
                        if ("rPh".equals(x.getLocalName())) {
                            phonetic--;
                        } else if ("si".equals(x.getLocalName()) && item != null) {
                            out.add(unescape(item.toString()));
                            item = null;
                        }
                    }
                }
            } finally {
                x.close();
            }
        }
        return out;
    }

    /**
     * Decodes the {@code _xHHHH_} escapes spreadsheet writers use for characters XML cannot carry (Excel writes
     * a carriage return as {@code _x000D_} and a literal {@code _x} sequence as {@code _x005F_x...}), as Excel
     * and Apache POI read them.
     *
     * @param s a string item's or an inline string's text
     * @return the text with its escapes decoded
     */
    static String unescape(String s) {
        int at = s.indexOf("_x");
        if (at < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int from = 0;
        while (at >= 0) {
            if (at + 7 <= s.length() && s.charAt(at + 6) == '_' && hex4(s, at + 2)) {
                b.append(s, from, at).append((char) Integer.parseInt(s.substring(at + 2, at + 6), 16));
                from = at + 7;
                at = s.indexOf("_x", from);
            } else {
                at = s.indexOf("_x", at + 1);
            }
        }
        return b.append(s, from, s.length()).toString();
    }

    private static boolean hex4(String s, int from) {
        for (int i = from; i < from + 4; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param name a part name (a zip entry name, no leading slash)
     * @return its inflated content, guarded by the limits
     * @throws IOException when the package has no such part
     */
    InputStream part(String name) throws IOException {
        ZipEntry e = zip.getEntry(name);
        if (e == null || e.isDirectory()) {
            throw new BrokenPackage("a part it names is missing");
        }
        return new Guard(zip.getInputStream(e), Math.min(e.getCompressedSize(), fileSize), limits, wire);
    }

    static XMLStreamReader xml(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory.createXMLStreamReader(in);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private record Relationship(String id, String type, String target) {
    }

    /** Reads a relationships part; targets are resolved against {@code base} (the source part's folder). */
    private List<Relationship> relationships(String rels, String base) throws IOException, XMLStreamException {
        List<Relationship> out = new ArrayList<>();
        if (zip.getEntry(rels) == null) {
            return out;
        }
        try (InputStream in = part(rels)) {
            XMLStreamReader x = xml(in);
            try {
                while (x.hasNext()) {
                    if (x.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(x.getLocalName())
                            && !"External".equals(x.getAttributeValue(null, "TargetMode"))) {
                        String target = x.getAttributeValue(null, "Target");
                        if (target != null) {
                            out.add(new Relationship(String.valueOf(x.getAttributeValue(null, "Id")),
                                    String.valueOf(x.getAttributeValue(null, "Type")), resolve(base, target)));
                        }
                    }
                }
            } finally {
                x.close();
            }
        }
        return out;
    }

    private static String relationshipId(XMLStreamReader x) {
        for (int i = 0; i < x.getAttributeCount(); i++) {
            if ("id".equals(x.getAttributeLocalName(i)) && x.getAttributeNamespace(i) != null
                    && x.getAttributeNamespace(i).endsWith("/relationships")) {
                return x.getAttributeValue(i);
            }
        }
        return null;
    }

    /** Resolves a relationship target: absolute from the package root, or relative to the source's folder. */
    static String resolve(String base, String target) {
        String path = target.startsWith("/") ? target.substring(1) : base + target;
        List<String> parts = new ArrayList<>();
        for (String s : path.split("/")) {
            if (s.isEmpty() || ".".equals(s)) {
                continue;
            }
            if ("..".equals(s)) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else {
                parts.add(s);
            }
        }
        return String.join("/", parts);
    }

    /** Counts inflated bytes and refuses a part past the size limit or the inflation ratio. */
    private static final class Guard extends FilterInputStream {
        private final long stored;
        private final ImportLimits limits;
        private final Tripwire wire;
        private long inflated;

        Guard(InputStream in, long stored, ImportLimits limits, Tripwire wire) {
            super(in);
            this.stored = Math.max(stored, 1);
            this.limits = limits;
            this.wire = wire;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            if (s > 0) {
                count(s);
            }
            return s;
        }

        private void count(long n) throws IOException {
            inflated += n;
            if (inflated > limits.maxWorkbookEntry()
                    || inflated > GRACE_BYTES && (double) stored / inflated < limits.minInflateRatio()) {
                wire.tripped = true;
                throw new ZipBombException();
            }
        }
    }
}
