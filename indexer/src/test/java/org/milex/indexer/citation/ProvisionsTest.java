package org.milex.indexer.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProvisionsTest {

    /** A reference as lawyers write it, ranges included, is one provision: the whole of it is taken out of the words. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            art. 37                 | art-37  | art. 37
            artículo 37             | art-37  | artículo 37
            s. 97(1)                | art-97-1 | s. 97(1)
            § 1158                  | art-1158 | § 1158
            arts. 30-32             | art-30  | arts. 30-32
            arts. 30 a 32           | art-30  | arts. 30 a 32
            ss. 95 to 116           | art-95  | ss. 95 to 116
            artigo 5º               | art-5   | artigo 5º
            """)
    void aProvisionIsFoundWhole(String text, String anchor, String whole) {
        List<Provisions.Found> found = Provisions.find("ver " + text + " y más");
        assertEquals(1, found.size(), text);
        assertEquals(anchor, found.get(0).anchor());
        assertEquals(whole, ("ver " + text + " y más").substring(found.get(0).start(), found.get(0).end()));
    }
}
