package org.planwatch.domain;

/** A catalogue row that cannot be read, with the file and line at fault. */
public final class CatalogueFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CatalogueFormatException(String location, String reason) {
        super(location + ": " + reason);
    }
}
