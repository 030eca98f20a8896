/**
 * The data dictionary, generated from the SDK itself rather than written by hand: every field of the record
 * model ({@link org.mspsdk.model.SafeguardingRecord} and its parts) and of the research form
 * ({@link org.mspsdk.research.ResearchRecord}), found by reflection over record components, with its type,
 * meaning, code list, SAC table, vocabulary version and (for the record model) what the research export does with
 * it; and every code of every list in {@link org.mspsdk.vocabulary.Vocabulary}, of the research-only lists and of
 * the built-in questionnaire answer scales. {@link org.mspsdk.dictionary.DataDictionaryHtml} renders it as one
 * self-contained HTML page; the CSV form is written by {@code org.mspsdk.research.io.DataDictionaryCsv} in
 * msp-json-schema.
 */
package org.mspsdk.dictionary;
