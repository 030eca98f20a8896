/**
 * The vocabulary: every code list the SDK uses, as enums with a stable machine code, the exact SAC label
 * where the Safeguarding Adults Collection defines one, and the version of the guidance followed.
 *
 * <p>SAC lists (SG1a-SG4a) keep the SAC's exact labels and accept the spelling variants found in published
 * tables as aliases on import; SDK-defined lists (representative roles, change reasons, and so on) fill the
 * gaps the SAC leaves. {@link org.mspsdk.vocabulary.CodeList} does lookup by code or by label, tolerant of
 * case and punctuation, and rejects an unknown value with an error naming the list; {@link
 * org.mspsdk.vocabulary.Vocabulary} lists them all. Each entry is an enum constant holding one {@link
 * org.mspsdk.vocabulary.CodeEntry} (code, label, aliases) that {@link org.mspsdk.vocabulary.Code}'s accessors
 * read; a SAC list names the {@link org.mspsdk.vocabulary.SacTable}s it feeds. {@code SacTable} carries each
 * table's shape once ({@link org.mspsdk.vocabulary.TableShape}: its {@link org.mspsdk.vocabulary.Population}s,
 * keying code lists, labels and disclosure-control blocks), which the return, its writers and the CLI read. This package depends on nothing
 * else in the SDK but its exception type.
 */
package org.mspsdk.vocabulary;
