package org.milex.indexer.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A catalog file: one state's records (or the international instruments, country {@code INT}). */
public record CountryCatalog(String country, String name, @JsonProperty("name_es") String nameEs, List<CatalogRecord> records) {
}
