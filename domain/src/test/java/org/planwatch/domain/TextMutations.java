package org.planwatch.domain;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Edits of a real input for the fuzz tests: a character replaced, inserted or dropped, a span
 * repeated or cut, the characters drawn from those the input's grammar turns on.
 */
public final class TextMutations {
    private final String grammar;

    public TextMutations(String grammar) {
        this.grammar = grammar;
    }

    /** {@code texts}, each with 1 to {@code most} edits. */
    public Arbitrary<String> of(Arbitrary<String> texts, int most) {
        return Combinators.combine(texts, Arbitraries.integers().between(1, most), Arbitraries.longs())
                .as((text, edits, seed) -> apply(text, edits, new Random(seed)));
    }

    String apply(String text, int edits, Random random) {
        StringBuilder s = new StringBuilder(text);
        for (int e = 0; e < edits && s.length() > 0; e++) {
            int at = random.nextInt(s.length());
            char c = grammar.charAt(random.nextInt(grammar.length()));
            switch (random.nextInt(5)) {
                case 0 -> s.setCharAt(at, c);
                case 1 -> s.insert(at, c);
                case 2 -> s.deleteCharAt(at);
                case 3 -> s.insert(at, s.substring(at, Math.min(s.length(), at + 1 + random.nextInt(60))));
                default -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(60)));
            }
        }
        return s.toString();
    }
}
