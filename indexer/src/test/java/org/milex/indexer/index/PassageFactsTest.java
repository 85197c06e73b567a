package org.milex.indexer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.milex.indexer.extract.Articles;
import org.junit.jupiter.api.Test;

/** What a hit reads of a version and its passages comes from doc values, equal to what the stored fields hold. */
class PassageFactsTest {

    private static final String TEXT = "Artículo 1. Objeto de la ley sobre migración y residencia de extranjeros en el país.\n"
            + "§ 1º Primer párrafo del artículo primero, con bastante texto para ser un pasaje.\n"
            + "§ 2º Segundo párrafo del artículo primero, también con texto suficiente.\n"
            + "Artículo 2. Derechos de las personas migrantes y de sus familias en el territorio.\n"
            + "Artículo 3. Deberes de las personas migrantes, con un texto que ocupa su propio pasaje.\n";

    private static MilexDocument version() {
        List<Articles.Heading> headings = Articles.find(TEXT, false);
        return new MilexDocument("v1", MilexDocument.TEXT, "x/ley.txt", "Ley de prueba", "Ley 1", "AR", "law", null,
                List.of("entry-stay", "rights"), "es", 2004, "2004-01-20", null, "ar-ley-1", null, null, "text/plain",
                "abc", Map.of("es", TEXT), headings);
    }

    @Test
    void aVersionsFactsAreReadFromDocValuesAsStored() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Schema.analyzer()))) {
                w.addDocuments(Schema.versionAndPassages(version()));
            }
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                IndexSearcher s = new IndexSearcher(r);
                int doc = s.search(new TermQuery(new Term(Schema.KIND, Schema.KIND_VERSION)), 1).scoreDocs[0].doc;
                Document packed = VersionFacts.read(r, doc);
                assertNotNull(packed);
                MilexDocument fromDocValues = Schema.fromLucene(packed);
                MilexDocument fromStored = Schema.fromLucene(Schema.facts(r.storedFields(), doc, Schema.versionFields()));
                assertEquals(fromStored.title(), fromDocValues.title());
                assertEquals(fromStored.topics(), fromDocValues.topics());
                assertEquals(2004, fromDocValues.year());
                assertEquals(fromStored.sha256(), fromDocValues.sha256());
                assertEquals(fromStored.contentType(), fromDocValues.contentType());
                assertTrue(fromDocValues.articles().isEmpty(), "the article list is not packed: passages carry their own");
                assertTrue(fromStored.articles().size() >= 2);
            }
        }
    }

    @Test
    void aPassagesHeadingsNameItsSnippetsAsTheWholeListWould() {
        List<Articles.Heading> all = version().articles();
        for (Passages.Passage p : Passages.of(TEXT, all)) {
            int end = p.offset() + p.text().length();
            List<Articles.Heading> parts = Schema.partsOf(all, p.offset(), end);
            for (int at = p.offset(); at < end; at++) {
                Articles.Heading whole = Articles.at(all, at);
                Articles.Heading part = Articles.at(parts, at);
                // no part: the snippet is named by the passage's article
                assertEquals(whole == null ? null : whole.anchor(), part != null ? part.anchor() : p.anchor(), "offset " + at);
                assertEquals(whole == null ? null : whole.label(), part != null ? part.label() : p.label(), "offset " + at);
            }
        }
        assertTrue(all.stream().anyMatch(h -> h.level() > 0), "the sample has paragraphs: " + all);
        assertTrue(Passages.of(TEXT, all).stream().anyMatch(p -> !Schema.partsOf(all, p.offset(), p.offset() + p.text().length()).isEmpty()));
    }

    @Test
    void versionsAndPassagesIndexNoFieldOfTheInstruments() {
        // the search leaves out its filter on the kind when a query reads instrument fields alone
        for (Document d : Schema.versionAndPassages(version())) {
            for (IndexableField f : d.getFields()) {
                if (f.fieldType().indexOptions() != IndexOptions.NONE) {
                    assertFalse(Schema.onInstrumentsOnly(f.name()), f.name() + " is indexed on a " + d.get(Schema.KIND) + " too");
                }
            }
        }
        assertTrue(Schema.matchesInstrumentsOnly(new TermQuery(new Term(Schema.textField("es"), "asilo"))));
        assertFalse(Schema.matchesInstrumentsOnly(new TermQuery(new Term(Schema.passageField("es"), "asilo"))));
        assertFalse(Schema.matchesInstrumentsOnly(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.textField("es"), "asilo")), BooleanClause.Occur.SHOULD)
                .add(new MatchAllDocsQuery(), BooleanClause.Occur.SHOULD).build()));
    }
}
