package org.milex.indexer.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
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
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.milex.indexer.extract.Articles;

/**
 * The one definition of MILEX's Lucene index: every field, how it is analysed, and the three kinds of document.
 * <ul>
 * <li><b>instrument</b> — what a search returns and facets count: one per instrument, with the searchable text
 * of all its versions and the facts shown (the catalog's where it has a record);
 * <li><b>passage</b> — one per article or section of a version (bounded in length), searched for the snippet and
 * for the article a hit lands on, and for "in the same article" ({@code /a}) and "in the same paragraph"
 * ({@code /p});
 * <li><b>version</b> — one per file or catalog record, stored for its page: metadata, articles and text.
 * </ul>
 * The indexer writes with it; the search side reads with it.
 */
public final class Schema {

    /** Bumped whenever fields or analysis change: an index of another version must be rebuilt. */
    public static final String VERSION = "6";

    public static final String ID = "id";
    public static final String KIND = "kind";
    public static final String KIND_VERSION = "version";
    public static final String KIND_PASSAGE = "passage";
    public static final String KIND_INSTRUMENT = "instrument";
    /** The version a version or passage document belongs to: updating a file replaces both at once. */
    public static final String OWNER = "owner";
    public static final String INSTRUMENT = "instrument";
    /** A version's own kind: {@link MilexDocument#TEXT} or {@link MilexDocument#RECORD}. */
    public static final String VERSION_KIND = "version_kind";
    public static final String SOURCE = "source";
    public static final String TITLE = "title";
    public static final String NUMBER = "number";
    public static final String COUNTRY = "country";
    public static final String TYPE = "type";
    /** "bill" for a bill before a parliament: a stage the type vocabulary cannot say. */
    public static final String STAGE = "stage";
    public static final String TOPIC = "topic";
    public static final String LANGUAGE = "language";
    public static final String YEAR = "year";
    /** The year as a point, for from/to ranges. */
    public static final String YEAR_POINT = "year_point";
    public static final String DATE = "date";
    public static final String CATALOG_ID = "catalog_id";
    public static final String STATUS = "status";
    public static final String CURRENT_TO = "current_to";
    public static final String CONTENT_TYPE = "content_type";
    public static final String SHA256 = "sha256";
    /** Where a version's file was read from, for the download of the original; stored only, never shown. */
    public static final String ORIGIN = "origin";
    /** The article headings of a version, as {@link Articles#encode} writes them. */
    public static final String ARTICLES = "articles";
    /** Sort key: adoption date as yyyymmdd (year only: yyyy0000), 0 when unknown. */
    public static final String DATE_SORT = "date_sort";
    /** The instrument's own citations as {@link org.milex.indexer.citation.Citations} keys ("ley:25871"). */
    public static final String CITATION = "citation";
    /** Anchors of the articles an instrument's versions have ("art-97"): a provision query prefers them. */
    public static final String ANCHORS = "anchors";
    /** 1 for a repealed instrument: it ranks below a current one of equal relevance. */
    public static final String REPEALED = "repealed";
    /** 1 for an instrument with a full text in the index, 0 for a catalog record alone. */
    public static final String HAS_TEXT = "has_text";
    /** The instrument's versions, one per line: id, kind, source, language, content type, version date, title. */
    public static final String VERSIONS = "versions";
    /** Folded, unstemmed words of titles and texts: the dictionary "did you mean" draws on. */
    public static final String SPELL = "spell";
    /** A passage's place: the anchor and label of its article, and where it starts in the version's text. */
    public static final String ANCHOR = "anchor";
    public static final String LABEL = "label";
    public static final String OFFSET = "offset";
    /** A passage's headings, for naming its snippets (doc values only). */
    public static final String PARTS = "parts";
    /** A passage's place among its version's passages (0 is the preamble or the first article). */
    public static final String ORDINAL = "ordinal";

    /** The languages with their own analysis; "other" is folded words only. */
    public static final List<String> LANGUAGES = List.of("es", "en", "pt", "fr", "other");
    /** Facet dimensions, in display order. */
    public static final List<String> FACETS = List.of(COUNTRY, TYPE, TOPIC, LANGUAGE, YEAR, STATUS);

    /** Searched and stored, with offsets: passages, whose snippets are drawn from them. */
    private static final FieldType PASSAGE_TEXT = textType(true, true);
    /** Searched only (positions for phrases): an instrument's texts, whose snippets come from its passages. */
    private static final FieldType INSTRUMENT_TEXT = textType(false, false);

    private Schema() {
    }

    /** The field holding an instrument's text in a language ("text_es"). */
    public static String textField(String language) {
        return "text_" + lang(language);
    }

    /** The title analysed as each language, so "refugiados" finds a title saying "Refugiado". */
    public static String titleField(String language) {
        return "title_" + lang(language);
    }

    /** Article and section headings, in each language's analysis. */
    public static String headingsField(String language) {
        return "headings_" + lang(language);
    }

    /** A catalog record's summary, in each language's analysis. */
    public static String summaryField(String language) {
        return "summary_" + lang(language);
    }

    /** A passage's text in a language. */
    public static String passageField(String language) {
        return "ptext_" + lang(language);
    }

    /** A version's stored text in a language. */
    static String storedTextField(String language) {
        return "stored_" + lang(language);
    }

    private static String lang(String language) {
        return LANGUAGES.contains(language) ? language : "other";
    }

    public static List<String> textFields() {
        return LANGUAGES.stream().map(Schema::textField).toList();
    }

    public static List<String> titleFields() {
        return LANGUAGES.stream().map(Schema::titleField).toList();
    }

    public static List<String> headingsFields() {
        return LANGUAGES.stream().map(Schema::headingsField).toList();
    }

    public static List<String> summaryFields() {
        return LANGUAGES.stream().map(Schema::summaryField).toList();
    }

    public static List<String> passageFields() {
        return LANGUAGES.stream().map(Schema::passageField).toList();
    }

    /** Per-field analysis: language analyzers for texts, titles and headings, folded words for numbers and the rest. */
    public static Analyzer analyzer() {
        Map<String, Analyzer> perField = new HashMap<>();
        for (String lang : LANGUAGES) {
            Analyzer a = Analyzers.forLanguage(lang, false);
            perField.put(textField(lang), a);
            perField.put(titleField(lang), a);
            perField.put(headingsField(lang), a);
            perField.put(summaryField(lang), a);
            perField.put(passageField(lang), Analyzers.forLanguage(lang, true));
        }
        return new PerFieldAnalyzerWrapper(Analyzers.folded(), perField);
    }

    /** The analyzer of the passage fields of a language, which marks paragraph breaks ({@link Analyzers#PARAGRAPH}). */
    public static Analyzer passageAnalyzer(String language) {
        return Analyzers.forLanguage(language, true);
    }

    /** The token a passage field puts where a paragraph ends, for "in the same paragraph". */
    public static String paragraphBreak() {
        return Analyzers.PARAGRAPH;
    }

    /**
     * Lucene's BM25 with its standard parameters for every field. A lighter length normalisation for the long
     * texts of instruments (b from 0.3 to 0.9) moved nDCG@10 on the judged development queries by less than 0.01,
     * so nothing is gained by departing from the standard (docs/relevance.md).
     */
    public static Similarity similarity() {
        return new BM25Similarity();
    }

    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(TOPIC, true);
        config.setMultiValued(LANGUAGE, true);
        return config;
    }

    public static Query kind(String kind) {
        return new TermQuery(new Term(KIND, kind));
    }

    /**
     * Whether a field is indexed on instrument documents alone: their titles, texts, headings, summaries,
     * numbers, citations, anchors and facts. Versions and passages index other fields (a passage's text is
     * {@code ptext_}), so a query over these fields alone needs no filter on the kind.
     */
    public static boolean onInstrumentsOnly(String field) {
        return field.startsWith("title_") || field.startsWith("headings_") || field.startsWith("text_") || field.startsWith("summary_")
                || INSTRUMENT_FACTS.contains(field);
    }

    private static final Set<String> INSTRUMENT_FACTS = Set.of(NUMBER, CITATION, ANCHORS, COUNTRY, TYPE, TOPIC, LANGUAGE, YEAR, STATUS);

    /**
     * Whether a query can match instrument documents alone: every field it reads is {@link #onInstrumentsOnly}, and
     * it holds no leaf of unknown fields (such as a query for every document).
     */
    public static boolean matchesInstrumentsOnly(Query query) {
        boolean[] other = {false};
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                other[0] |= !onInstrumentsOnly(field);
                return true;
            }

            @Override
            public void visitLeaf(Query leaf) {
                other[0] = true; // a leaf that names no terms (all documents, a range, an unknown query): assume the worst
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return !other[0];
    }

    /** The version document and its passages, written together (replaced together by {@link #OWNER}). */
    public static List<Document> versionAndPassages(MilexDocument d) {
        List<Document> docs = new ArrayList<>();
        docs.add(version(d));
        int ordinal = 0;
        if (MilexDocument.RECORD.equals(d.kind())) {
            Document p = passageBase(d, ordinal);
            d.texts().forEach((lang, text) -> p.add(new Field(passageField(lang), text, PASSAGE_TEXT)));
            docs.add(p);
            return docs;
        }
        for (Passages.Passage passage : Passages.of(d.text(), d.articles())) {
            Document p = passageBase(d, ordinal++);
            // where the passage stands is kept in doc values, not stored: reading a stored field decompresses
            // its chunk of passage texts up to it, which made a page's landing articles cost megabytes
            if (passage.anchor() != null) {
                p.add(new StringField(ANCHOR, passage.anchor(), Field.Store.NO));
                p.add(new SortedDocValuesField(ANCHOR, new BytesRef(passage.anchor())));
                p.add(new BinaryDocValuesField(LABEL, new BytesRef(passage.label())));
            }
            p.add(new NumericDocValuesField(OFFSET, passage.offset()));
            List<Articles.Heading> parts = partsOf(d.articles(), passage.offset(), passage.offset() + passage.text().length());
            if (!parts.isEmpty()) {
                p.add(new BinaryDocValuesField(PARTS, new BytesRef(Articles.encode(parts))));
            }
            p.add(new Field(passageField(d.language()), passage.text(), PASSAGE_TEXT));
            docs.add(p);
        }
        return docs;
    }

    /**
     * The parts of its article a passage's snippets are named by ("§ 2º", "(1)"): the one in force where it starts
     * and those within it. Over them {@link Articles#at} gives the part it gives over the whole text's headings,
     * for any offset in the passage, or null where that is the article itself (the passage's own anchor and
     * label): a hit needs neither its version's whole article list nor the article headings again.
     */
    static List<Articles.Heading> partsOf(List<Articles.Heading> headings, int start, int end) {
        // headings come in text order: find the last offset at or before the start, then walk to the end
        int lo = 0;
        int hi = headings.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (headings.get(mid).offset() <= start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int first = lo;
        int inForce = lo > 0 ? headings.get(lo - 1).offset() : -1;
        while (first > 0 && headings.get(first - 1).offset() == inForce) {
            first--; // every heading at the offset in force, not only the last of them
        }
        List<Articles.Heading> out = new ArrayList<>();
        for (int i = first; i < headings.size() && headings.get(i).offset() < end; i++) {
            if (headings.get(i).level() > 0) {
                out.add(headings.get(i));
            }
        }
        return out;
    }

    private static Document passageBase(MilexDocument d, int ordinal) {
        Document p = new Document();
        p.add(new StringField(KIND, KIND_PASSAGE, Field.Store.NO));
        p.add(new StringField(OWNER, d.id(), Field.Store.YES));
        // a page's passages are grouped by version from doc values, without reading stored fields
        p.add(new SortedDocValuesField(OWNER, new BytesRef(d.id())));
        p.add(new StringField(INSTRUMENT, d.instrument(), Field.Store.YES));
        p.add(new SortedDocValuesField(INSTRUMENT, new BytesRef(d.instrument())));
        p.add(new StoredField(ORDINAL, ordinal));
        p.add(new NumericDocValuesField(ORDINAL, ordinal));
        return p;
    }

    private static Document version(MilexDocument d) {
        Document doc = new Document();
        doc.add(new StringField(ID, d.id(), Field.Store.YES));
        doc.add(new StringField(KIND, KIND_VERSION, Field.Store.NO));
        doc.add(new StringField(OWNER, d.id(), Field.Store.NO));
        doc.add(new SortedDocValuesField(OWNER, new BytesRef(d.id()))); // as its passages have it: one schema per field
        doc.add(new StringField(VERSION_KIND, d.kind(), Field.Store.YES));
        doc.add(new StringField(INSTRUMENT, d.instrument(), Field.Store.YES));
        // Lucene wants one doc-values type per field across documents: every kind has the instrument's
        doc.add(new SortedDocValuesField(INSTRUMENT, new BytesRef(d.instrument())));
        if (d.source() != null) {
            doc.add(new StringField(SOURCE, d.source(), Field.Store.YES));
        }
        if (d.sha256() != null) {
            doc.add(new StringField(SHA256, d.sha256(), Field.Store.YES));
        }
        if (d.catalogId() != null) {
            doc.add(new StringField(CATALOG_ID, d.catalogId(), Field.Store.YES));
        }
        // a version's facts are stored under names of their own: the instrument's fields of the same names are
        // searched and faceted, and Lucene wants each field indexed alike in every document
        stored(doc, v(TITLE), d.title());
        stored(doc, v(NUMBER), d.number());
        stored(doc, v(COUNTRY), d.country());
        stored(doc, v(TYPE), d.type());
        stored(doc, v(STAGE), d.stage());
        for (String topic : d.topics()) {
            doc.add(new StoredField(v(TOPIC), topic));
        }
        stored(doc, v(LANGUAGE), d.language());
        if (d.year() != null) {
            doc.add(new StoredField(v(YEAR), d.year()));
        }
        stored(doc, v(DATE), d.date());
        stored(doc, v(STATUS), d.status());
        stored(doc, v(CURRENT_TO), d.currentTo());
        stored(doc, v(CONTENT_TYPE), d.contentType());
        if (!d.articles().isEmpty()) {
            doc.add(new StoredField(v(ARTICLES), Articles.encode(d.articles())));
        }
        // the facts a hit shows are also packed in doc values, read without decompressing any text (VersionFacts)
        doc.add(new BinaryDocValuesField(VersionFacts.FIELD, VersionFacts.pack(doc)));
        // the texts last: facts(…) stops visiting at them (Lucene still decompresses a small document whole)
        d.texts().forEach((lang, text) -> doc.add(new StoredField(storedTextField(lang), text)));
        return doc;
    }

    /**
     * The named stored fields of a document, read up to its first text. Versions and passages store their texts
     * after every fact, and Lucene decompresses a large document slice by slice as it is read, so stopping there
     * spares the decompression of megabytes of a code's text to show its title and articles.
     */
    public static Document facts(StoredFields stored, int doc, Set<String> fields) throws IOException {
        DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor(fields) {
            @Override
            public Status needsField(FieldInfo field) throws IOException {
                boolean text = field.name.startsWith("stored_") || field.name.startsWith("ptext_");
                return text && !fields.contains(field.name) ? Status.STOP : super.needsField(field);
            }
        };
        stored.document(doc, visitor);
        return visitor.getDocument();
    }

    /** A version's stored fact. */
    public static String v(String field) {
        return "v_" + field;
    }

    public static MilexDocument fromLucene(Document doc) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            String t = doc.get(storedTextField(lang));
            if (t != null) {
                texts.put(lang, t);
            }
        }
        List<String> topics = new ArrayList<>();
        for (IndexableField f : doc.getFields(v(TOPIC))) {
            topics.add(f.stringValue());
        }
        IndexableField year = doc.getField(v(YEAR));
        return new MilexDocument(doc.get(ID), doc.get(VERSION_KIND), doc.get(SOURCE), doc.get(v(TITLE)), doc.get(v(NUMBER)),
                doc.get(v(COUNTRY)), doc.get(v(TYPE)), doc.get(v(STAGE)), topics, doc.get(v(LANGUAGE)),
                year == null ? null : year.numericValue().intValue(), doc.get(v(DATE)), doc.get(CATALOG_ID), doc.get(INSTRUMENT),
                doc.get(v(STATUS)), doc.get(v(CURRENT_TO)), doc.get(v(CONTENT_TYPE)), doc.get(SHA256), texts, Articles.decode(doc.get(v(ARTICLES))));
    }

    /** A version's facts, from doc values where the index has them ({@link VersionFacts}), else from stored fields. */
    public static MilexDocument versionFacts(IndexReader reader, StoredFields stored, int doc) throws IOException {
        Document packed = VersionFacts.read(reader, doc);
        return fromLucene(packed != null ? packed : facts(stored, doc, versionFields()));
    }

    /** The stored fields of a version other than its (large) text. */
    public static Set<String> versionFields() {
        return Set.of(ID, VERSION_KIND, INSTRUMENT, SOURCE, v(TITLE), v(NUMBER), v(COUNTRY), v(TYPE), v(STAGE), v(TOPIC), v(LANGUAGE),
                v(YEAR), v(DATE), CATALOG_ID, v(STATUS), v(CURRENT_TO), v(CONTENT_TYPE), SHA256, v(ARTICLES));
    }

    /** The instrument's search document. */
    public static Document instrument(Instrument i, FacetsConfig facets) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, instrumentId(i.key()), Field.Store.NO));
        doc.add(new StringField(KIND, KIND_INSTRUMENT, Field.Store.NO));
        doc.add(new StringField(INSTRUMENT, i.key(), Field.Store.YES));
        doc.add(new SortedDocValuesField(INSTRUMENT, new BytesRef(i.key())));
        stored(doc, TITLE, i.title());
        stored(doc, NUMBER, i.number());
        for (String t : i.titles()) {
            for (String lang : LANGUAGES) {
                doc.add(new Field(titleField(lang), t, INSTRUMENT_TEXT));
            }
            doc.add(new TextField(SPELL, t, Field.Store.NO));
        }
        for (String n : i.numbers()) {
            doc.add(new TextField(NUMBER, n, Field.Store.NO));
        }
        for (String c : i.citations()) {
            doc.add(new StringField(CITATION, c, Field.Store.YES));
        }
        keyword(doc, COUNTRY, i.country());
        keyword(doc, TYPE, i.type());
        stored(doc, STAGE, i.stage());
        for (String topic : i.topics()) {
            keyword(doc, TOPIC, topic);
        }
        for (String lang : i.languages()) {
            keyword(doc, LANGUAGE, lang);
        }
        if (i.year() != null) {
            keyword(doc, YEAR, String.valueOf(i.year()));
            doc.add(new IntPoint(YEAR_POINT, i.year()));
        }
        stored(doc, DATE, i.date());
        keyword(doc, STATUS, i.status());
        stored(doc, CURRENT_TO, i.currentTo());
        if (i.catalogId() != null) {
            doc.add(new StringField(CATALOG_ID, i.catalogId(), Field.Store.YES));
        }
        doc.add(new NumericDocValuesField(DATE_SORT, dateSortKey(i.year(), i.date())));
        doc.add(new NumericDocValuesField(HAS_TEXT, i.hasText() ? 1 : 0));
        doc.add(new StoredField(HAS_TEXT, i.hasText() ? 1 : 0));
        doc.add(new NumericDocValuesField(REPEALED, "repealed".equals(i.status()) ? 1 : 0));
        doc.add(new StoredField(VERSIONS, i.versionsEncoded()));
        i.texts().forEach((lang, texts) -> texts.forEach(t -> doc.add(new Field(textField(lang), t, INSTRUMENT_TEXT))));
        i.headings().forEach((lang, hs) -> hs.forEach(h -> doc.add(new Field(headingsField(lang), h, INSTRUMENT_TEXT))));
        i.summaries().forEach((lang, s) -> doc.add(new Field(summaryField(lang), s, INSTRUMENT_TEXT)));
        for (String a : i.anchors()) {
            doc.add(new StringField(ANCHORS, a, Field.Store.NO));
        }
        for (String s : i.spelling()) {
            doc.add(new TextField(SPELL, s, Field.Store.NO));
        }
        return facets.build(doc);
    }

    /** An instrument document's id: its key, kept apart from version ids (a record's id is both). */
    public static String instrumentId(String key) {
        return "i:" + key;
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

    private static FieldType textType(boolean stored, boolean offsets) {
        FieldType type = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED);
        type.setIndexOptions(offsets ? IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS : IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.freeze();
        return type;
    }
}
