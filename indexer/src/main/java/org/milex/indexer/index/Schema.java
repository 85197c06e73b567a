package org.milex.indexer.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.milex.indexer.extract.Articles;

/**
 * The one definition of MILEX's Lucene index: every field, how it is analysed, how a {@link MilexDocument}
 * becomes a Lucene document and back. The indexer writes with it; the search side reads with it.
 */
public final class Schema {

    /** Bumped whenever fields or analysis change: an index of another version must be rebuilt. */
    public static final String VERSION = "1";

    public static final String ID = "id";
    public static final String KIND = "kind";
    public static final String SOURCE = "source";
    public static final String TITLE = "title";
    public static final String NUMBER = "number";
    public static final String COUNTRY = "country";
    public static final String TYPE = "type";
    public static final String TOPIC = "topic";
    /** "bill" for a bill before a parliament: a stage the type vocabulary cannot say. */
    public static final String STAGE = "stage";
    public static final String LANGUAGE = "language";
    public static final String YEAR = "year";
    /** The year as a point, for from/to ranges. */
    public static final String YEAR_POINT = "year_point";
    public static final String DATE = "date";
    public static final String CATALOG_ID = "catalog_id";
    public static final String CONTENT_TYPE = "content_type";
    public static final String SHA256 = "sha256";
    /** 1 on a catalog record whose full text is in the index too: the text stands for it in results. */
    public static final String SUPERSEDED = "superseded";
    /** The article headings of a text, as {@link Articles#encode} writes them. */
    public static final String ARTICLES = "articles";
    /** Sort key: adoption date as yyyymmdd (year only: yyyy0000), 0 when unknown. */
    public static final String DATE_SORT = "date_sort";

    /** The languages with their own analysis; "other" is folded words only. */
    public static final List<String> LANGUAGES = List.of("es", "en", "pt", "fr", "other");
    /** Facet dimensions, in display order. */
    public static final List<String> FACETS = List.of(COUNTRY, TYPE, TOPIC, LANGUAGE, YEAR);

    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private Schema() {
    }

    /** The field holding text in a language ("text_es"): stored, with offsets for fast highlighting. */
    public static String textField(String language) {
        return "text_" + (LANGUAGES.contains(language) ? language : "other");
    }

    /** The title analysed as each language, so "refugiados" finds a title saying "Refugiado". */
    public static String titleField(String language) {
        return "title_" + (LANGUAGES.contains(language) ? language : "other");
    }

    public static List<String> textFields() {
        return LANGUAGES.stream().map(Schema::textField).toList();
    }

    public static List<String> titleFields() {
        return LANGUAGES.stream().map(Schema::titleField).toList();
    }

    /** Per-field analysis: language analyzers for text and titles, folded words for numbers and the rest. */
    public static Analyzer analyzer() {
        Map<String, Analyzer> perField = new HashMap<>();
        Map<String, Analyzer> byLanguage = new LinkedHashMap<>();
        byLanguage.put("es", Analyzers.spanish());
        byLanguage.put("en", Analyzers.english());
        byLanguage.put("pt", Analyzers.portuguese());
        byLanguage.put("fr", Analyzers.french());
        byLanguage.put("other", Analyzers.folded());
        byLanguage.forEach((lang, analyzer) -> {
            perField.put(textField(lang), analyzer);
            perField.put(titleField(lang), analyzer);
        });
        return new PerFieldAnalyzerWrapper(Analyzers.folded(), perField);
    }

    /**
     * BM25 with a light length normalisation for full texts: a 500-page code that deals with a subject
     * throughout should not lose to a two-page decree that mentions it twice.
     */
    public static Similarity similarity() {
        Similarity titles = new BM25Similarity();
        Similarity texts = new BM25Similarity(1.2f, 0.3f);
        return new PerFieldSimilarityWrapper() {
            @Override
            public Similarity get(String field) {
                return field.startsWith("text_") ? texts : titles;
            }
        };
    }

    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(TOPIC, true);
        return config;
    }

    /** Everything but catalog records that a full text in the index stands for. */
    public static Query visible() {
        return NumericDocValuesField.newSlowExactQuery(SUPERSEDED, 0);
    }

    public static Document toLucene(MilexDocument d, FacetsConfig facets) throws java.io.IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, d.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(d.id())));
        doc.add(new StringField(KIND, d.kind(), Field.Store.YES));
        doc.add(new NumericDocValuesField(SUPERSEDED, 0));
        stored(doc, SOURCE, d.source());
        if (d.source() != null) {
            doc.add(new StringField(SOURCE, d.source(), Field.Store.NO));
        }
        if (d.title() != null) {
            doc.add(new TextField(TITLE, d.title(), Field.Store.YES));
            for (String lang : LANGUAGES) {
                doc.add(new TextField(titleField(lang), d.title(), Field.Store.NO));
            }
        }
        if (d.number() != null) {
            doc.add(new TextField(NUMBER, d.number(), Field.Store.YES));
        }
        keyword(doc, COUNTRY, d.country());
        keyword(doc, TYPE, d.type());
        if (d.stage() != null) {
            doc.add(new StringField(STAGE, d.stage(), Field.Store.YES));
        }
        keyword(doc, LANGUAGE, d.language());
        for (String topic : d.topics()) {
            keyword(doc, TOPIC, topic);
        }
        if (d.year() != null) {
            keyword(doc, YEAR, String.valueOf(d.year()));
            doc.add(new IntPoint(YEAR_POINT, d.year()));
        }
        stored(doc, DATE, d.date());
        doc.add(new NumericDocValuesField(DATE_SORT, dateSortKey(d.year(), d.date())));
        if (d.catalogId() != null) {
            doc.add(new StringField(CATALOG_ID, d.catalogId(), Field.Store.YES));
        }
        stored(doc, CONTENT_TYPE, d.contentType());
        stored(doc, SHA256, d.sha256());
        d.texts().forEach((lang, text) -> doc.add(new Field(textField(lang), text, TEXT_WITH_OFFSETS)));
        if (!d.articles().isEmpty()) {
            doc.add(new StoredField(ARTICLES, Articles.encode(d.articles())));
        }
        return facets.build(doc);
    }

    public static MilexDocument fromLucene(Document doc) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            String t = doc.get(textField(lang));
            if (t != null) {
                texts.put(lang, t);
            }
        }
        List<String> topics = new ArrayList<>();
        for (IndexableField f : doc.getFields(TOPIC)) {
            topics.add(f.stringValue());
        }
        String year = doc.get(YEAR);
        return new MilexDocument(doc.get(ID), doc.get(KIND), doc.get(SOURCE), doc.get(TITLE), doc.get(NUMBER),
                doc.get(COUNTRY), doc.get(TYPE), doc.get(STAGE), topics, doc.get(LANGUAGE), year == null ? null : Integer.valueOf(year),
                doc.get(DATE), doc.get(CATALOG_ID), doc.get(CONTENT_TYPE), doc.get(SHA256), texts, Articles.decode(doc.get(ARTICLES)));
    }

    /** The stored fields a result list needs: everything but the (large) texts. */
    public static java.util.Set<String> listFields() {
        return java.util.Set.of(ID, KIND, SOURCE, TITLE, NUMBER, COUNTRY, TYPE, STAGE, TOPIC, LANGUAGE, YEAR, DATE, CATALOG_ID, CONTENT_TYPE, SHA256, ARTICLES);
    }

    static long dateSortKey(Integer year, String date) {
        if (date != null && date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Long.parseLong(date.replace("-", ""));
        }
        if (date != null && date.matches("\\d{4}-\\d{2}")) {
            return Long.parseLong(date.replace("-", "")) * 100;
        }
        return year == null ? 0 : year * 10_000L;
    }

    private static void keyword(Document doc, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        doc.add(new StringField(field, value, Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(field, value));
    }

    private static void stored(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
