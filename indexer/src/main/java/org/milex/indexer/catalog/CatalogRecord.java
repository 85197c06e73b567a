package org.milex.indexer.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * One instrument of the catalog, with facts checked against the pages listed in {@link #checked()}.
 * Field names follow corpus/catalog/SCHEMA.md; absent values are null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CatalogRecord(
        String id,
        String country,
        String category,
        Boolean absent,
        String title,
        @JsonProperty("title_en") String titleEn,
        Map<String, String> titles,
        @JsonProperty("short_names") List<String> shortNames,
        String number,
        String type,
        List<String> topics,
        String adopted,
        String published,
        String gazette,
        @JsonProperty("in_force") String inForce,
        String status,
        @JsonProperty("status_checked") String statusChecked,
        Map<String, List<String>> relations,
        List<String> languages,
        @JsonProperty("source_url") String sourceUrl,
        @JsonProperty("summary_en") String summaryEn,
        @JsonProperty("summary_es") String summaryEs,
        @JsonProperty("summary_pt") String summaryPt,
        @JsonProperty("summary_fr") String summaryFr,
        @JsonProperty("key_articles") List<KeyArticle> keyArticles,
        List<Check> checked,
        String note) {

    /** The six relation kinds, in display order. */
    public static final List<String> RELATIONS = List.of("amends", "amended_by", "repeals", "repealed_by", "regulates", "implements");

    public record KeyArticle(String article, String gist) {
    }

    public record Check(String url, String facts) {
    }

    @JsonIgnore
    public boolean isAbsence() {
        return Boolean.TRUE.equals(absent);
    }

    /** The official titles in the hemisphere's languages, where the instrument has them. */
    @JsonIgnore
    public Map<String, String> titlesOrEmpty() {
        return titles == null ? Map.of() : titles;
    }

    /** Short names and acronyms lawyers use for it ("IRPA", "LIPR", "INA"). */
    @JsonIgnore
    public List<String> shortNamesOrEmpty() {
        return shortNames == null ? List.of() : shortNames;
    }

    @JsonIgnore
    public List<String> topicsOrEmpty() {
        return topics == null ? List.of() : topics;
    }

    @JsonIgnore
    public List<String> languagesOrEmpty() {
        return languages == null ? List.of() : languages;
    }

    @JsonIgnore
    public List<KeyArticle> keyArticlesOrEmpty() {
        return keyArticles == null ? List.of() : keyArticles;
    }

    @JsonIgnore
    public Map<String, List<String>> relationsOrEmpty() {
        return relations == null ? Map.of() : relations;
    }

    /** The year of adoption, from {@link #adopted()}, or null. */
    @JsonIgnore
    public Integer year() {
        return adopted == null || adopted.length() < 4 ? null : Integer.valueOf(adopted.substring(0, 4));
    }
}
