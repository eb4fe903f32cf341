package org.planwatch.producer;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One delimited row's cells by column name, as a read-only map over the row's values and the
 * header's column index, built once per file: a message of a million rows costs no hash map per
 * row. {@link #only} gives the same row restricted to some columns (an SDMX row's dimensions).
 */
final class RowCells extends AbstractMap<String, String> {
    private final Map<String, Integer> index;
    private final Set<String> keys;
    private final String[] values;

    private RowCells(Map<String, Integer> index, Set<String> keys, String[] values) {
        this.index = index;
        this.keys = keys;
        this.values = values;
    }

    /** Each column's position, the last where a header names a column twice (as a map of the row would keep). */
    static Map<String, Integer> index(List<String> columns) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i), i);
        }
        return index;
    }

    static RowCells of(Map<String, Integer> index, String[] values) {
        return new RowCells(index, index.keySet(), values);
    }

    /** The same row's cells of {@code columns} alone; a column the header lacks is there, null. */
    RowCells only(Set<String> columns) {
        return new RowCells(index, columns, values);
    }

    @Override
    public String get(Object key) {
        if (!keys.contains(key)) {
            return null;
        }
        Integer at = index.get(key);
        return at == null ? null : values[at];
    }

    @Override
    public boolean containsKey(Object key) {
        return keys.contains(key);
    }

    @Override
    public Set<String> keySet() {
        return keys;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                Iterator<String> it = keys.iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public Entry<String, String> next() {
                        String key = it.next();
                        return new SimpleImmutableEntry<>(key, get(key));
                    }
                };
            }

            @Override
            public int size() {
                return keys.size();
            }
        };
    }
}
