package org.planwatch.planimport.source;

import java.util.regex.Pattern;

/**
 * Pinyin that some portals print after each character (新材料产(chǎn)业(yè)): a reading aid, not text. Taken out
 * before anything is read, or a name keeps it (新引进(jìn)亿元以上项目) and no dictionary finds it.
 */
final class PinyinGlosses {
    private PinyinGlosses() {}

    /**
     * A syllable in brackets right after a Chinese character, with a tone mark (so 地区生产总值(GDP) and 单位(元) stay):
     * (chǎn), （yè）.
     */
    private static final Pattern GLOSS = Pattern.compile(
            "(?<=\\p{IsHan})[(（](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\\s?[)）]");

    /** {@code text} without its pinyin glosses. */
    static String removed(String text) {
        return GLOSS.matcher(text).replaceAll("");
    }
}
