package org.mspsdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One Jackson version: the Jackson modules on this module's class path (databind and core from the codec,
 * dataformat-yaml from the schema validator, dataformat-csv from the writers) are all the same version, and msp-bom,
 * which vendors import, imports Jackson's BOM at the version the build uses, so a vendor's build lines them up the
 * same way. (Before, a vendor got jackson-dataformat-yaml 3.1.8 beside jackson-databind 3.1.4.)
 */
class JacksonAlignmentTest {

    @Test
    void everyJacksonModuleOnTheClassPathHasTheSameVersion() {
        String databind = tools.jackson.databind.cfg.PackageVersion.VERSION.toString();
        assertThat(tools.jackson.core.json.PackageVersion.VERSION.toString()).isEqualTo(databind);
        assertThat(tools.jackson.dataformat.yaml.PackageVersion.VERSION.toString()).isEqualTo(databind);
        assertThat(tools.jackson.dataformat.csv.PackageVersion.VERSION.toString()).isEqualTo(databind);
    }

    @Test
    void theBomImportsJacksonsBomAtTheVersionTheBuildUses() throws Exception {
        String buildVersion = text(parse(Path.of("..", "pom.xml")).getDocumentElement(), "properties",
                "jackson.version");
        assertThat(buildVersion).isEqualTo(tools.jackson.databind.cfg.PackageVersion.VERSION.toString());
        List<String> imports = new ArrayList<>();
        NodeList deps = parse(Path.of("..", "msp-bom", "pom.xml")).getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            if ("import".equals(child(d, "scope"))) {
                imports.add(child(d, "groupId") + ":" + child(d, "artifactId") + ":" + child(d, "version"));
            }
        }
        assertThat(imports).containsExactly("tools.jackson:jackson-bom:" + buildVersion);
    }

    private static Document parse(Path pom) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(pom.toFile());
    }

    private static String text(Element root, String parent, String name) {
        Element p = (Element) root.getElementsByTagName(parent).item(0);
        return child(p, name);
    }

    private static String child(Element e, String name) {
        NodeList l = e.getElementsByTagName(name);
        return l.getLength() == 0 ? null : l.item(0).getTextContent().trim();
    }
}
