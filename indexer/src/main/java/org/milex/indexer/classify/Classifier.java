package org.milex.indexer.classify;

import java.util.List;
import java.util.Optional;
import org.milex.indexer.catalog.Catalog;
import org.milex.indexer.catalog.CatalogDocuments;
import org.milex.indexer.catalog.CatalogMatch;
import org.milex.indexer.catalog.CatalogRecord;
import org.milex.indexer.extract.ExtractedText;
import org.milex.indexer.extract.LanguageGuesser;
import org.milex.indexer.extract.LegalHeader;

/**
 * Classifies an extracted text: country, instrument type, topics and year of adoption, from the text and
 * the format's own metadata. The folder a file sits in is only a hint. Thread-safe.
 */
public final class Classifier {

    private final CountryClassifier countries = new CountryClassifier();
    private final TypeClassifier types = new TypeClassifier();
    private final TopicClassifier topics;
    private final YearFinder years = new YearFinder();
    private final CatalogMatch known;
    private final Translations translations;

    /**
     * @param catalog whose labelled records inform the topics (see {@link CatalogNeighbours}), whose
     *                constitutions date the chapters of them that do not print their year, and whose full texts
     *                let a translation be recognised (see {@link Translations})
     */
    public Classifier(Catalog catalog) {
        this.topics = new TopicClassifier(new CatalogNeighbours(catalog.records()));
        this.known = new CatalogMatch(catalog);
        this.translations = new Translations(catalog);
    }

    public Classification classify(ExtractedText extracted, String title, String folderHint) {
        return classify(extracted, title, folderHint, null);
    }

    /**
     * @param ownRecord the catalog record the text is known to belong to, kept out of the topic vote so that
     *                  the classifier is measured on what it reads, not on what the catalog already says
     */
    public Classification classify(ExtractedText extracted, String title, String folderHint, String ownRecord) {
        String text = extracted.text();
        List<String> tokens = Folding.tokens(text);
        String header = LegalHeader.find(text);
        boolean treatyText = TreatyMarkers.in(tokens);
        InstrumentType type = types.classify(title, extracted.hints().get(ExtractedText.Hints.KIND), header, treatyText, tokens);
        boolean international = type == InstrumentType.TREATY || type == InstrumentType.DECLARATION;

        String country = extracted.hints().get(ExtractedText.Hints.COUNTRY);
        if (country == null) {
            country = countries.classify(tokens, international, treatyText, folderHint);
        }
        var found = years.find(text, title, header, extracted.hints(), international, type == InstrumentType.CONSTITUTION);
        if (found.isEmpty() && type == InstrumentType.CONSTITUTION && country != null) {
            // a chapter or article of a constitution rarely prints its year: the state's constitution gives it
            found = known.constitutionOf(country, ownRecord).filter(r -> r.year() != null)
                    .map(r -> new YearFinder.Found(r.year(), null));
        }
        Classification guessed = new Classification(country, type.id(), extracted.hints().get(ExtractedText.Hints.STAGE),
                topics.classify(title, tokens, text, ownRecord), found.map(YearFinder.Found::year).orElse(null),
                found.map(YearFinder.Found::date).orElse(null));
        if (LanguageGuesser.OTHER.equals(extracted.language()) || country == null) {
            // what the lexicons cannot read, or read without finding its state, may be a catalogued instrument
            // in another language: then it is that instrument, and the catalog's facts are its facts
            Optional<CatalogRecord> original = translations.original(text, ownRecord);
            if (original.isPresent()) {
                return CatalogDocuments.overlay(original.get(), guessed);
            }
        }
        return guessed;
    }
}
