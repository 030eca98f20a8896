package org.mspsdk.dictionary;

import java.util.List;
import java.util.Optional;

/**
 * One field of the data dictionary.
 *
 * @param form              which form it belongs to: {@code safeguarding-record} or {@code research-record}
 * @param path              its path, for example {@code enquiry.riskItems[].type}
 * @param type              its type in words: {@code text}, {@code date}, {@code integer}, {@code boolean},
 *                          {@code code}, {@code object}, {@code map of text}, or {@code list of ...}
 * @param required          whether it is always present ({@code false} for optional parts)
 * @param description       what it means
 * @param codeList          the id of the code list its values come from, if coded
 * @param sacTables         the SAC tables it feeds (possibly empty)
 * @param vocabularyVersion the version of its code list (SAC guidance year or SDK vocabulary version), if coded
 * @param researchTreatment for the record model, what the research export does with it
 */
public record DictionaryField(String form, String path, String type, boolean required, String description,
        Optional<String> codeList, List<String> sacTables, Optional<String> vocabularyVersion,
        Optional<ResearchTreatment> researchTreatment) {

    /** Copies the table list. */
    public DictionaryField {
        sacTables = List.copyOf(sacTables);
    }
}
