package org.milex.indexer.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.milex.indexer.catalog.Catalog;
import org.milex.indexer.catalog.CatalogRecord;

/**
 * Recognises a translation of a catalogued instrument by the shape of its articles ({@link ArticleProfile}), for
 * texts in languages the lexicons cannot read: the Universal Declaration in Tajik or Upper Guinea Crioulo is still
 * the Universal Declaration, international and of 1948. The shapes of the catalog's full texts are kept in
 * {@code article-profiles.tsv}, as numbers only, and a test recomputes them from the texts.
 */
public final class Translations {

    /**
     * The least {@link ArticleProfile#agreement} that names an instrument: one chance in about 30,000 for an
     * unrelated text with as many articles. Chosen on the bulk set's unlabelled files: it recognises 326 of the
     * 328 translations of the Universal Declaration whose 30 articles are all headed by numbers, and of the 599
     * other files with numbered articles none but the nine copies of catalogued texts; the best unrelated one
     * reaches 3.1.
     */
    static final double MIN_AGREEMENT = 4;

    private record Shape(String record, ArticleProfile profile) {
    }

    private final List<Shape> shapes = new ArrayList<>();
    private final Catalog catalog;

    public Translations(Catalog catalog) {
        this.catalog = catalog;
        for (String[] row : TsvResource.rows("article-profiles.tsv")) {
            if (catalog.record(row[0]).isPresent()) {
                shapes.add(new Shape(row[0], ArticleProfile.parse(row[2])));
            }
        }
    }

    /**
     * The catalogued instrument the text is a translation of, when its articles have the shape of one of them.
     *
     * @param exclude a record that must not be found (the text's own, when it is being judged)
     */
    public Optional<CatalogRecord> original(String text, String exclude) {
        Optional<ArticleProfile> profile = ArticleProfile.of(text);
        if (profile.isEmpty()) {
            return Optional.empty();
        }
        Shape best = null;
        double bestAgreement = MIN_AGREEMENT;
        for (Shape s : shapes) {
            double agreement = s.profile().agreement(profile.get());
            if (agreement >= bestAgreement && !s.record().equals(exclude)) {
                best = s;
                bestAgreement = agreement;
            }
        }
        return best == null ? Optional.empty() : catalog.record(best.record());
    }
}
