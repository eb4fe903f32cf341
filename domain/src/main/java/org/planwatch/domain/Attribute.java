package org.planwatch.domain;

import java.util.regex.Pattern;

/** A target's legal weight, as the plan's 属性 column states it. */
public enum Attribute {
    /** 预期性: a goal the government works towards. */
    ANTICIPATORY("预期性"),
    /** 约束性: an obligation; a miss is more serious. */
    BINDING("约束性"),
    /** The plan prints no attribute (running text, tables without the column). */
    UNSTATED("");

    /** A dash in the 属性 column; compiled once, since every target decoded asks. */
    private static final Pattern DASH = Pattern.compile("[—\\-–/]+");

    private final String zh;

    Attribute(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    /** 预期性, 约束性, or empty; the English names are accepted too. */
    public static Attribute of(String text) {
        String t = text == null ? "" : text.strip();
        if (DASH.matcher(t).matches()) {
            return UNSTATED; // a dash in the 属性 column: none printed
        }
        for (Attribute a : values()) {
            if (a.zh.equals(t) || a.name().equalsIgnoreCase(t)) {
                return a;
            }
        }
        throw new IllegalArgumentException("attribute '" + t + "' is neither 约束性 nor 预期性");
    }
}
