package org.planwatch.schema;

import org.apache.avro.util.ClassSecurityValidator;
import org.apache.avro.util.ClassSecurityValidator.ClassSecurityPredicate;

/**
 * Lets Avro instantiate PlanWatch's generated classes while decoding. Avro 1.12 only trusts
 * packages named in a system property that it reads once at class loading, which is too late to
 * set from code; its global validator can be extended at any time instead.
 */
final class TrustedPackages {
    private static final String OURS = TrustedPackages.class.getPackageName();
    private static boolean installed;

    private TrustedPackages() {}

    static synchronized void trust() {
        if (installed) {
            return;
        }
        ClassSecurityPredicate previous = ClassSecurityValidator.getGlobal();
        ClassSecurityPredicate ours = type -> OURS.equals(type.getPackageName());
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(ours, previous));
        installed = true;
    }
}
