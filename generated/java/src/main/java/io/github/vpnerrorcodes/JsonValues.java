// Copied from runtime/java/src/main/java/io/github/vpnerrorcodes/JsonValues.java by npm run build: edit that file, not this copy.
package io.github.vpnerrorcodes;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;

/**
 * The objects and arrays {@link Json} reads: immutable, and safe at any depth. The JDK's collections compute
 * {@code hashCode}, {@code equals} and {@code toString} by recursion, so a body nested some thousands deep
 * (valid JSON, well under the size limit) would overflow the stack when logged or compared; these cache their
 * hash as they are built from the inside out, and compare and print with an explicit stack.
 */
final class JsonValues {
    private JsonValues() {}

    /** A JSON object: its members in the body's order; {@code toString} gives it as compact JSON. */
    static final class JsonObject extends AbstractMap<String, Object> {
        private final Map<String, Object> members;
        private final int hash;

        JsonObject(LinkedHashMap<String, Object> members) {
            this.members = Collections.unmodifiableMap(members);
            int h = 0;
            // Each member's value is complete, its own hash cached: no recursion.
            for (Map.Entry<String, Object> e : members.entrySet()) h += e.getKey().hashCode() ^ Objects.hashCode(e.getValue());
            this.hash = h;
        }

        @Override
        public Set<Map.Entry<String, Object>> entrySet() {
            return members.entrySet();
        }

        @Override
        public Object get(Object key) {
            return members.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return members.containsKey(key);
        }

        @Override
        public int size() {
            return members.size();
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return equal(this, other);
        }

        @Override
        public String toString() {
            return text(this);
        }
    }

    /** A JSON array; {@code toString} gives it as compact JSON. */
    static final class JsonArray extends AbstractList<Object> implements RandomAccess {
        private final Object[] items;
        private final int hash;

        JsonArray(List<Object> items) {
            this.items = items.toArray();
            int h = 1;
            for (Object item : this.items) h = 31 * h + Objects.hashCode(item);
            this.hash = h;
        }

        @Override
        public Object get(int index) {
            return items[index];
        }

        @Override
        public int size() {
            return items.length;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return equal(this, other);
        }

        @Override
        public String toString() {
            return text(this);
        }
    }

    /** Map and List equality as the JDK defines it, walked with a stack instead of recursion. */
    static boolean equal(Object a, Object b) {
        ArrayDeque<Object[]> pending = new ArrayDeque<>();
        pending.push(new Object[] {a, b});
        while (!pending.isEmpty()) {
            Object[] pair = pending.pop();
            Object x = pair[0];
            Object y = pair[1];
            if (x == y) continue;
            if (x == null || y == null) return false;
            if (x instanceof List && y instanceof List) {
                List<?> l = (List<?>) x;
                List<?> r = (List<?>) y;
                if (l.size() != r.size() || (x instanceof JsonArray && y instanceof JsonArray && x.hashCode() != y.hashCode())) return false;
                Iterator<?> li = l.iterator();
                Iterator<?> ri = r.iterator();
                while (li.hasNext() && ri.hasNext()) pending.push(new Object[] {li.next(), ri.next()});
            } else if (x instanceof Map && y instanceof Map) {
                Map<?, ?> l = (Map<?, ?>) x;
                Map<?, ?> r = (Map<?, ?>) y;
                if (l.size() != r.size() || (x instanceof JsonObject && y instanceof JsonObject && x.hashCode() != y.hashCode())) return false;
                for (Map.Entry<?, ?> e : l.entrySet()) {
                    if (!r.containsKey(e.getKey())) return false;
                    pending.push(new Object[] {e.getValue(), r.get(e.getKey())});
                }
            } else if (x instanceof List || x instanceof Map || y instanceof List || y instanceof Map || !x.equals(y)) {
                return false;
            }
        }
        return true;
    }

    /** Punctuation queued between the values {@link #text} writes. */
    private static final class Token {
        final String text;

        Token(String text) {
            this.text = text;
        }
    }

    private static final Token COMMA = new Token(",");
    private static final Token CLOSE_ARRAY = new Token("]");
    private static final Token CLOSE_OBJECT = new Token("}");

    /** A value as compact JSON, written with a stack instead of recursion. */
    static String text(Object root) {
        StringBuilder out = new StringBuilder();
        ArrayDeque<Object> pending = new ArrayDeque<>();
        pending.push(new Object[] {root});
        while (!pending.isEmpty()) {
            Object next = pending.pop();
            if (next instanceof Token) {
                out.append(((Token) next).text);
                continue;
            }
            // Values are queued boxed in a one-element array, so that a null value and a Token stay apart.
            Object value = ((Object[]) next)[0];
            if (value instanceof List) {
                List<?> list = (List<?>) value;
                out.append('[');
                pending.push(CLOSE_ARRAY);
                for (int i = list.size() - 1; i >= 0; i--) {
                    pending.push(new Object[] {list.get(i)});
                    if (i > 0) pending.push(COMMA);
                }
            } else if (value instanceof Map) {
                out.append('{');
                pending.push(CLOSE_OBJECT);
                Object[] entries = ((Map<?, ?>) value).entrySet().toArray();
                for (int i = entries.length - 1; i >= 0; i--) {
                    Map.Entry<?, ?> e = (Map.Entry<?, ?>) entries[i];
                    pending.push(new Object[] {e.getValue()});
                    pending.push(new Token(quote(String.valueOf(e.getKey())) + ":"));
                    if (i > 0) pending.push(COMMA);
                }
            } else if (value instanceof String) {
                out.append(quote((String) value));
            } else {
                out.append(value);
            }
        }
        return out.toString();
    }

    /** A string as JSON writes it, escaping what JSON.stringify escapes (lone surrogates included). */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lone = Character.isHighSurrogate(c) ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '\b':
                    out.append("\\b");
                    break;
                case '\f':
                    out.append("\\f");
                    break;
                default:
                    if (c < 0x20 || lone) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
