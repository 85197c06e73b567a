package org.milex.indexer.catalog;

import java.util.List;

/** corpus/catalog/catalog.json: the list of data files, so that none is read by accident or missed. */
record CatalogIndex(List<String> countries, List<String> ratifications, List<String> history, String fulltexts) {
}
