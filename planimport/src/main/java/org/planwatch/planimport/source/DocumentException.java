package org.planwatch.planimport.source;

/**
 * A document that cannot be read at all, as one line a user can act on: {@code file: reason}
 * (empty, encrypted, corrupt, not a document of any known form). Never carries a stack trace
 * to the user: the cause is kept for a debugger only.
 */
public final class DocumentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DocumentException(String file, String reason) {
        super(file + ": " + reason);
    }

    public DocumentException(String file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
    }
}
