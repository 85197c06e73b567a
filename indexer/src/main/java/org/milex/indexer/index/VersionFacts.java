package org.milex.indexer.index;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * A version's facts (those {@link #NAMES} names) packed into one binary doc value, beside the
 * stored fields that also hold its text. Every hit shows its version's facts, and reading them from stored
 * fields decompressed the text stored with them (and the passages before it in its chunk): on the bulk set that
 * was seven tenths of the stored-field pages a search touched. Doc values are read without decompressing texts.
 */
public final class VersionFacts {

    static final String FIELD = "v_facts";
    /**
     * The facts packed: all a version's but its article list, which is the bulk of them (a code's thousands of
     * headings) and which a hit does not need: its passages carry their own headings ({@link Schema#PARTS}).
     */
    static final Set<String> NAMES = Schema.versionFields().stream().filter(f -> !f.equals(Schema.v(Schema.ARTICLES)))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final byte TEXT = 0;
    private static final byte NUMBER = 1;

    private VersionFacts() {
    }

    /** The facts of a version document being built, packed. */
    static BytesRef pack(Document version) {
        List<IndexableField> facts = version.getFields().stream()
                .filter(f -> NAMES.contains(f.name()) && f.fieldType().stored()).toList();
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeVInt(facts.size());
            for (IndexableField f : facts) {
                out.writeString(f.name());
                if (f.numericValue() != null) {
                    out.writeByte(NUMBER);
                    out.writeZLong(f.numericValue().longValue());
                } else {
                    out.writeByte(TEXT);
                    out.writeString(f.stringValue());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory", e);
        }
        return new BytesRef(out.toArrayCopy());
    }

    /** The facts of the version document {@code doc}, as stored fields would give them; null where not packed. */
    public static Document read(IndexReader reader, int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        if (leaf.reader().getFieldInfos().fieldInfo(FIELD) == null) {
            return null; // written before schema 6
        }
        BinaryDocValues values = DocValues.getBinary(leaf.reader(), FIELD);
        if (!values.advanceExact(doc - leaf.docBase)) {
            return null;
        }
        BytesRef bytes = values.binaryValue();
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        Document out = new Document();
        int n = in.readVInt();
        for (int i = 0; i < n; i++) {
            String name = in.readString();
            if (in.readByte() == NUMBER) {
                long v = in.readZLong();
                out.add(v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? new StoredField(name, (int) v) : new StoredField(name, v));
            } else {
                out.add(new StoredField(name, in.readString()));
            }
        }
        return out;
    }
}
