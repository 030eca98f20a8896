/**
 * Experience questionnaires as data: versioned {@link org.mspsdk.instrument.Instrument} definitions with
 * items, answer scales and separate wordings for the adult and for a representative, the built-in "My
 * Safeguarding Experience" Part 1 and Part 2 ({@link org.mspsdk.instrument.Instruments}), and a
 * {@link org.mspsdk.instrument.InstrumentCatalogue} that councils extend with their local variants. Responses
 * live in the model ({@link org.mspsdk.model.QuestionnaireResponse}) and refer to an instrument by id and
 * version, so the model does not depend on this package.
 */
package org.mspsdk.instrument;
