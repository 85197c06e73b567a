package org.milex.search;

/** A query or parameter the user got wrong; the message says what and is shown to them as is. */
public final class BadRequest extends RuntimeException {

    public BadRequest(String message) {
        super(message);
    }
}
