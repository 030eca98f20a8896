package org.mspsdk.imports;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mspsdk.model.SafeguardingRecord;

/** Writes sources and a mapping into a directory and runs the import, collecting records and issues. */
final class Fixture {

    final Path dir;
    final List<Path> inputs = new ArrayList<>();
    final List<SafeguardingRecord> records = new ArrayList<>();
    final List<ImportedRecord> imported = new ArrayList<>();
    final List<ImportIssue> issues = new ArrayList<>();
    ImportSummary summary;

    Fixture(Path dir) {
        this.dir = dir;
    }

    Fixture file(String name, String text) throws IOException {
        return file(name, text, java.nio.charset.StandardCharsets.UTF_8);
    }

    Fixture file(String name, String text, Charset cs) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, text.getBytes(cs));
        inputs.add(p);
        return this;
    }

    Fixture bytes(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        inputs.add(p);
        return this;
    }

    Fixture run(String mappingYaml) {
        return run(Importer.builder(Mapping.parse(mappingYaml, "m.yaml")).build());
    }

    Fixture run(Importer importer) {
        summary = importer.run(inputs, r -> {
            imported.add(r);
            records.add(r.record());
        }, issues::add);
        return this;
    }

    /** Every text the import produced about the data: issue descriptions and toString()s. */
    String allText() {
        StringBuilder b = new StringBuilder();
        issues.forEach(i -> b.append(i.describe()).append('\n').append(i).append('\n'));
        imported.forEach(r -> b.append(r).append('\n'));
        b.append(summary).append('\n');
        return b.toString();
    }
}
