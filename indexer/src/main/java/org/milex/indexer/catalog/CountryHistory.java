package org.milex.indexer.catalog;

import java.util.List;

/** A history file: one state's dated events, in date order. */
public record CountryHistory(String country, List<HistoryEvent> events) {
}
