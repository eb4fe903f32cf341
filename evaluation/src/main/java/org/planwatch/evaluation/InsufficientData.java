package org.planwatch.evaluation;

/** The figures held do not yet allow a judgement; the message says which are missing, in Chinese and English. */
final class InsufficientData extends Exception {
    final String zh;
    final String en;

    InsufficientData(String zh, String en) {
        super(en, null, false, false);
        this.zh = zh;
        this.en = en;
    }
}
