// Copied from runtime/java/src/main/java/io/github/vpnerrorcodes/Json.java by npm run build: edit that file, not this copy.
package io.github.vpnerrorcodes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON reader (RFC 8259, exactly; runtime/SPEC.md §8) into plain Java values: an object is an
 * immutable {@code Map<String, Object>} in the body's order, an array an immutable {@code List<Object>} (both
 * {@link JsonValues}, safe to hash, compare and print at any depth),
 * a string a {@code String}, a number a {@link JsonNumber}, {@code true}/{@code false} a {@code Boolean}, and
 * {@code null} a Java null. It reads any depth (an explicit stack, no recursion), numbers of any length or
 * magnitude, lone surrogate escapes, and duplicate names (the last one counts), so no valid JSON loses the
 * error code; and it loads no class beyond the JDK's, so the first decision starts as fast as the JVM does.
 */
final class Json {
    private Json() {}

    /** A parsed text: its value, and where in the text each member at depth one and two lies. */
    static final class Parsed {
        final Object root;
        private final Map<List<String>, int[]> spans;
        private final String text;

        Parsed(Object root, Map<List<String>, int[]> spans, String text) {
            this.root = root;
            this.spans = spans;
            this.text = text;
        }

        /** The exact JSON text of the member at {@code path} from the root ("data"; "error", "details"), or null. */
        String source(String... path) {
            int[] span = spans.get(List.of(path));
            return span == null ? null : text.substring(span[0], span[1]);
        }
    }

    /** An object or array being read, with the name its next value takes and its path when spans are kept. */
    private static final class Frame {
        final LinkedHashMap<String, Object> object;
        final List<Object> array;
        final int start;
        final List<String> path;
        String name;

        Frame(LinkedHashMap<String, Object> object, List<Object> array, int start, List<String> path) {
            this.object = object;
            this.array = array;
            this.start = start;
            this.path = path;
        }
    }

    /** Thrown inside the reader only; carries no stack trace. */
    private static final class Syntax extends Exception {
        private static final long serialVersionUID = 1L;

        Syntax() {
            super(null, null, false, false);
        }
    }

    private static final Syntax SYNTAX = new Syntax();

    /**
     * The text as JSON.
     *
     * @return the value and spans, or null when the text is not one JSON value with only JSON whitespace around it
     */
    static Parsed parse(String text) {
        try {
            return new Json.Reader(text).read();
        } catch (Syntax e) {
            return null;
        }
    }

    private static final class Reader {
        private final String s;
        private int pos;
        private final Map<List<String>, int[]> spans = new HashMap<>();

        Reader(String s) {
            this.s = s;
        }

        Parsed read() throws Syntax {
            ArrayDeque<Frame> stack = new ArrayDeque<>();
            Object value;
            int start;
            while (true) {
                skipSpace();
                start = pos;
                char c = peek();
                if (c == '{' || c == '[') {
                    pos++;
                    Frame parent = stack.peek();
                    List<String> path = parent == null ? List.of() : childPath(parent, stack.size());
                    Frame frame = c == '{' ? new Frame(new LinkedHashMap<>(), null, start, path) : new Frame(null, new ArrayList<>(), start, path);
                    stack.push(frame);
                    skipSpace();
                    if (peek() == (c == '{' ? '}' : ']')) {
                        pos++;
                        stack.pop();
                        value = close(frame);
                    } else {
                        if (c == '{') memberName(frame);
                        continue;
                    }
                } else {
                    value = scalar(c);
                }
                // A value is complete: hand it to its container, closing every container that ends here.
                while (true) {
                    Frame top = stack.peek();
                    if (top == null) {
                        skipSpace();
                        if (pos != s.length()) throw SYNTAX;
                        return new Parsed(value, spans, s);
                    }
                    if (top.object != null) {
                        top.object.remove(top.name); // a repeated name moves to where it last appears
                        top.object.put(top.name, value);
                        if (top.path != null) spans.put(with(top.path, top.name), new int[] {start, pos});
                    } else {
                        top.array.add(value);
                    }
                    skipSpace();
                    char next = peek();
                    pos++;
                    if (next == ',') {
                        if (top.object != null) memberName(top);
                        break;
                    }
                    if (next != (top.object != null ? '}' : ']')) throw SYNTAX;
                    stack.pop();
                    value = close(top);
                    start = top.start;
                }
            }
        }

        /** Spans are kept for the members of the root and of the root's objects only. */
        private static List<String> childPath(Frame parent, int depth) {
            return parent.object != null && parent.path != null && depth < 2 ? with(parent.path, parent.name) : null;
        }

        private static List<String> with(List<String> path, String name) {
            List<String> out = new ArrayList<>(path);
            out.add(name);
            return out;
        }

        private static Object close(Frame frame) {
            return frame.object != null ? new JsonValues.JsonObject(frame.object) : new JsonValues.JsonArray(frame.array);
        }

        private void memberName(Frame frame) throws Syntax {
            skipSpace();
            if (peek() != '"') throw SYNTAX;
            frame.name = string();
            skipSpace();
            if (peek() != ':') throw SYNTAX;
            pos++;
        }

        private Object scalar(char c) throws Syntax {
            switch (c) {
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                default:
                    return number();
            }
        }

        private Object literal(String word, Object value) throws Syntax {
            if (!s.startsWith(word, pos)) throw SYNTAX;
            pos += word.length();
            return value;
        }

        private JsonNumber number() throws Syntax {
            int start = pos;
            if (at('-')) pos++;
            if (at('0')) pos++;
            else if (digitsAt() == 0) throw SYNTAX;
            if (at('.')) {
                pos++;
                if (digitsAt() == 0) throw SYNTAX;
            }
            if (at('e') || at('E')) {
                pos++;
                if (at('+') || at('-')) pos++;
                if (digitsAt() == 0) throw SYNTAX;
            }
            return new JsonNumber(s.substring(start, pos));
        }

        /** Skips the digits at the position and says how many there were. */
        private int digitsAt() {
            int start = pos;
            while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') pos++;
            return pos - start;
        }

        private String string() throws Syntax {
            pos++; // the opening quote
            StringBuilder out = null;
            int run = pos;
            while (true) {
                if (pos >= s.length()) throw SYNTAX;
                char c = s.charAt(pos);
                if (c == '"') {
                    String text = out == null ? s.substring(run, pos) : out.append(s, run, pos).toString();
                    pos++;
                    return text;
                }
                if (c < 0x20) throw SYNTAX;
                if (c != '\\') {
                    pos++;
                    continue;
                }
                if (out == null) out = new StringBuilder();
                out.append(s, run, pos);
                pos++;
                if (pos >= s.length()) throw SYNTAX;
                char e = s.charAt(pos++);
                switch (e) {
                    case '"':
                    case '\\':
                    case '/':
                        out.append(e);
                        break;
                    case 'b':
                        out.append('\b');
                        break;
                    case 'f':
                        out.append('\f');
                        break;
                    case 'n':
                        out.append('\n');
                        break;
                    case 'r':
                        out.append('\r');
                        break;
                    case 't':
                        out.append('\t');
                        break;
                    case 'u':
                        // Any code unit, a lone surrogate included: the string holds it as it came.
                        out.append((char) hex4());
                        break;
                    default:
                        throw SYNTAX;
                }
                run = pos;
            }
        }

        private int hex4() throws Syntax {
            if (pos + 4 > s.length()) throw SYNTAX;
            int value = 0;
            for (int i = 0; i < 4; i++) {
                int digit = Character.digit(s.charAt(pos++), 16);
                if (digit < 0 || s.charAt(pos - 1) > 'f') throw SYNTAX;
                value = value * 16 + digit;
            }
            return value;
        }

        private boolean at(char c) {
            return pos < s.length() && s.charAt(pos) == c;
        }

        private char peek() throws Syntax {
            if (pos >= s.length()) throw SYNTAX;
            return s.charAt(pos);
        }

        private void skipSpace() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return;
                pos++;
            }
        }
    }
}
