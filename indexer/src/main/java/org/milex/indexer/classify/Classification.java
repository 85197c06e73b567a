package org.milex.indexer.classify;

import java.util.List;

/**
 * What the classifiers (or a catalog record, which overrides them) say of a document.
 *
 * @param country ISO alpha-2 code, {@code INT}, or null when nothing in the text tells
 * @param type    one of the {@link InstrumentType} ids
 * @param topics  {@link Topic} ids, the few the document substantially deals with
 * @param year    year of adoption, or null
 * @param date    full adoption date (yyyy-MM-dd), or null
 */
public record Classification(String country, String type, List<String> topics, Integer year, String date) {
}
