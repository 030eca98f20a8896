package org.mspsdk.dictionary;

import java.util.Optional;

/**
 * One allowed code of one list in the data dictionary.
 *
 * @param listId    the list id, for example {@code sg4a-asked}
 * @param listTitle the list's title
 * @param source    {@code sac} (SAC list, exact SAC labels), {@code sdk} (SDK-defined list), {@code research}
 *                  (research-form list) or {@code instrument} (built-in questionnaire answer scale)
 * @param code      the stable code
 * @param label     its label (the exact SAC label for SAC lists)
 * @param sacTable  the SAC table the list feeds, if any
 * @param version   the list's version (SAC guidance year, SDK vocabulary or instrument version)
 */
public record DictionaryCode(String listId, String listTitle, String source, String code, String label,
        Optional<String> sacTable, String version) {
}
