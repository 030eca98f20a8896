package org.mspsdk.returns;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.SacTable;
import org.mspsdk.vocabulary.TableShape;

/**
 * The published wording of the cells of a return: from each cell's guidance labels to the labels NHS England's
 * publication writes, or to nothing for a cell the publication does not have ({@link TableShape#publishedLabels}).
 */
final class PublishedLabels {

    private PublishedLabels() {
    }

    /** @return the key of a cell: table, ENQUIRY_TYPE, CATEGORY, SUBCATEGORY */
    static List<String> key(SacCell c) {
        return List.of(c.table().reference(), c.enquiryType(), c.category(), c.subcategory());
    }

    /** @return for every (table, population) the cells have, each guidance-labelled cell's published labels */
    static Map<List<String>, Optional<TableShape.Labels>> of(List<SacCell> cells) {
        Map<List<String>, Optional<TableShape.Labels>> out = new HashMap<>();
        java.util.Set<List<String>> parts = new java.util.HashSet<>();
        for (SacCell c : cells) {
            if (!parts.add(List.of(c.table().reference(), c.enquiryType()))) {
                continue;
            }
            Population p;
            try {
                p = Population.fromEnquiryType(c.enquiryType());
            } catch (org.mspsdk.MspException e) {
                continue;
            }
            SacTable table = c.table();
            if (!table.shape().populations().contains(p)) {
                continue;
            }
            List<TableShape.Labels> guidance = table.shape().labels(p);
            List<Optional<TableShape.Labels>> published = table.shape().publishedLabels(p);
            for (int i = 0; i < guidance.size(); i++) {
                TableShape.Labels g = guidance.get(i);
                out.put(List.of(table.reference(), c.enquiryType(), g.category(), g.subcategory()), published.get(i));
            }
        }
        return out;
    }
}
