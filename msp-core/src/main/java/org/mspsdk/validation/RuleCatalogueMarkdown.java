package org.mspsdk.validation;

import java.util.List;
import java.util.Map;

/** Renders the rule catalogue as Markdown: the content of {@code docs/validation-rules.md}. */
final class RuleCatalogueMarkdown {

    private RuleCatalogueMarkdown() {
    }

    /**
     * @param areas the areas of the catalogue, in order
     * @return one table per area, then the limits tables
     */
    static String render(List<RuleArea> areas) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Validation rules\n\n")
                .append("<!-- Generated from org.mspsdk.validation.RuleCatalogue: do not edit by hand. Regenerate with\n")
                .append("     ./mvnw -B -pl msp-core -am verify -Dtest=RuleCatalogueDocTest -Dsurefire.failIfNoSpecifiedTests=false"
                        + " -Dmsp.regenerateDocs=true -->\n\n")
                .append("Every finding of `org.mspsdk.validation.Validator` carries one of these rule ids, a severity, a path\n")
                .append("(record component names, for example `outcomes.negotiatedOutcomes[1].revisions[0].reason`, which map\n")
                .append("one to one to a JSON Pointer of the wire format) and a message without personal data.\n\n")
                .append("Profiles: `IN_PROGRESS` rules must hold at every save; `SAC_COMPLETE` rules are added when a caller\n")
                .append("validates for the SAC return (they apply to records with a section 42 enquiry, most once it is\n")
                .append("concluded). A record is valid when it has no ERROR. `[]` in a path stands for any index.\n\n")
                .append("Two areas check something other than a person record: SAR a board's register of Safeguarding\n")
                .append("Adults Reviews (`Validator.validate(SarRegister)`, paths relative to the register), RET a whole\n")
                .append("SAC return (`SacReturn.checks()`, paths naming the table and block; severity QUERY is a figure\n")
                .append("the collection would ask the council to explain).\n\n")
                .append("The roll-up used by MSP-OUT-008 is the default of the domain: all outcomes fully achieved gives\n")
                .append("Fully; at least one fully or partially achieved gives Partially; otherwise Not achieved.\n");
        for (RuleArea area : areas) {
            sb.append("\n## ").append(area.title()).append("\n\n")
                    .append("| id | severity | profile | checks | why | paths |\n")
                    .append("| --- | --- | --- | --- | --- | --- |\n");
            for (Rule rule : area.rules()) {
                sb.append("| ").append(rule.id()).append(" | ").append(rule.severity()).append(" | ")
                        .append(rule.profile()).append(" | ").append(cell(rule.checks())).append(" | ")
                        .append(cell(rule.why())).append(" | ").append(cell(codeList(rule.paths()))).append(" |\n");
            }
        }
        sb.append("\n## Limits\n\nLengths are counted in Unicode code points.\n\n")
                .append("| field | maximum length | rule |\n| --- | --- | --- |\n");
        limits(sb, TextRules.TXT_002);
        limits(sb, TextRules.TXT_003);
        sb.append("\n| list | maximum size | rule |\n| --- | --- | --- |\n");
        limits(sb, TextRules.TXT_004);
        return sb.toString();
    }

    private static void limits(StringBuilder sb, Rule rule) {
        Map<String, Integer> limits = TextRules.limitsOf(rule);
        limits.forEach((path, max) -> sb.append("| `").append(path).append("` | ").append(max).append(" | ")
                .append(rule.id()).append(" |\n"));
    }

    private static String codeList(String paths) {
        if (paths.startsWith("see ")) {
            return paths;
        }
        StringBuilder sb = new StringBuilder();
        for (String p : paths.split(", ")) {
            sb.append(sb.length() == 0 ? "" : ", ").append('`').append(p).append('`');
        }
        return sb.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
