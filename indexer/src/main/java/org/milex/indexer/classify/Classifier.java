package org.milex.indexer.classify;

import java.util.List;
import org.milex.indexer.extract.ExtractedText;
import org.milex.indexer.extract.LegalHeader;

/**
 * Classifies an extracted text: country, instrument type, topics and year of adoption, from the text and
 * the format's own metadata. The folder a file sits in is only a hint. Thread-safe.
 */
public final class Classifier {

    private final CountryClassifier countries = new CountryClassifier();
    private final TypeClassifier types = new TypeClassifier();
    private final TopicClassifier topics = new TopicClassifier();
    private final YearFinder years = new YearFinder();

    public Classification classify(ExtractedText extracted, String title, String folderHint) {
        String text = extracted.text();
        List<String> tokens = Folding.tokens(text);
        String header = LegalHeader.find(text);
        boolean treatyText = TreatyMarkers.in(tokens);
        InstrumentType type = types.classify(title, extracted.hints().get(ExtractedText.Hints.KIND), header, treatyText);
        boolean international = type == InstrumentType.TREATY || type == InstrumentType.DECLARATION;

        String country = extracted.hints().get(ExtractedText.Hints.COUNTRY);
        if (country == null) {
            country = countries.classify(tokens, international, treatyText, folderHint);
        }
        var found = years.find(text, header, extracted.hints(), international);
        return new Classification(country, type.id(), topics.classify(title, tokens),
                found.map(YearFinder.Found::year).orElse(null), found.map(YearFinder.Found::date).orElse(null));
    }
}
