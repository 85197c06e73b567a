package org.milex.indexer.catalog;

import java.util.List;

/** A ratification file: a group of treaties and the cells checked for them. */
public record RatificationGroup(List<String> treaties, List<Ratification> entries) {
}
