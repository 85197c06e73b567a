package org.milex.indexer.classify;

import java.util.List;

/**
 * What the classifiers (or a catalog record, which overrides them) say of a document.
 *
 * @param country ISO alpha-2 code, {@code INT}, or null when nothing in the text tells
 * @param type    one of the {@link InstrumentType} ids
 * @param stage   {@code bill} for a bill before a parliament (a stage the type vocabulary cannot say), else null
 * @param topics  {@link Topic} ids, the few the document substantially deals with
 * @param year    year of adoption, or null
 * @param date    full adoption date (yyyy-MM-dd), or null
 */
public record Classification(String country, String type, String stage, List<String> topics, Integer year, String date) {
}
