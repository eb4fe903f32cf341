package org.planwatch.planimport;

import java.util.Objects;
import java.util.Optional;

/**
 * What the user tells an import beyond the documents themselves.
 *
 * @param region the GB/T 2260 code (or PlanWatch's own, {@code CN}, {@code 442000-torch}) of the
 *     region every imported plan belongs to, as given with {@code --region CODE}: for documents
 *     whose titles name no region the dictionary knows. Empty: each plan's region is read from its
 *     title or issuer.
 */
public record ImportOptions(Optional<String> region) {
    public ImportOptions {
        Objects.requireNonNull(region, "region");
    }

    /** Every region read from the documents. */
    public static ImportOptions defaults() {
        return new ImportOptions(Optional.empty());
    }

    public static ImportOptions region(String code) {
        return new ImportOptions(Optional.of(code));
    }
}
