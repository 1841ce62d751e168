// Copied from runtime/csharp/src/StrictJson.cs by npm run build: edit that file, not this copy.
// RFC 8259 JSON, all of it and nothing more (runtime/SPEC.md §8): no comments, single quotes, bare names or
// NaN, which a JSON Schema validator never sees as JSON; and every valid text is read, whatever its depth
// (an explicit stack, not recursion), its numbers (kept as text) or its lone surrogates, so that a body a
// library would refuse cannot hide an error code.
namespace VpnErrorCodes
{
    using System.Collections.Generic;

    internal static class StrictJson
    {
        /// <summary>The value, or null when the text is not exactly one JSON value.</summary>
        internal static JsonData Parse(string s)
        {
            if (s == null) return null;
            var open = new Stack<JsonData>();
            var pendingNames = new Stack<string>();
            int i = Skip(s, 0);
            while (true)
            {
                // A value starts at i.
                JsonData value;
                if (i >= s.Length) return null;
                char c = s[i];
                if (c == '{' || c == '[')
                {
                    bool isObject = c == '{';
                    i = Skip(s, i + 1);
                    if (i < s.Length && s[i] == (isObject ? '}' : ']'))
                    {
                        i++;
                        value = isObject ? JsonData.NewObject() : JsonData.NewArray();
                    }
                    else
                    {
                        open.Push(isObject ? JsonData.NewObject() : JsonData.NewArray());
                        if (isObject)
                        {
                            string name;
                            if (!Name(s, ref i, out name)) return null;
                            pendingNames.Push(name);
                        }
                        continue;
                    }
                }
                else if (!Scalar(s, ref i, out value)) return null;

                // A value is complete: it joins its container, which may complete in turn.
                while (true)
                {
                    i = Skip(s, i);
                    if (open.Count == 0) return i == s.Length ? value : null;
                    JsonData container = open.Peek();
                    bool isObject = container.Type == JsonType.Object;
                    if (isObject) container.Set(pendingNames.Pop(), value);
                    else container.Add(value);
                    if (i >= s.Length) return null;
                    if (s[i] == ',')
                    {
                        i = Skip(s, i + 1);
                        if (isObject)
                        {
                            string name;
                            if (!Name(s, ref i, out name)) return null;
                            pendingNames.Push(name);
                        }
                        break;
                    }
                    if (s[i] != (isObject ? '}' : ']')) return null;
                    i++;
                    value = open.Pop();
                }
            }
        }

        private static int Skip(string s, int i)
        {
            while (i < s.Length && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) i++;
            return i;
        }

        // A member's name, its colon and the white space up to its value.
        private static bool Name(string s, ref int i, out string name)
        {
            if (!ReadString(s, ref i, out name)) return false;
            i = Skip(s, i);
            if (i >= s.Length || s[i] != ':') return false;
            i = Skip(s, i + 1);
            return true;
        }

        private static bool Scalar(string s, ref int i, out JsonData value)
        {
            value = null;
            char c = s[i];
            if (c == '"')
            {
                string text;
                if (!ReadString(s, ref i, out text)) return false;
                value = JsonData.OfString(text);
                return true;
            }
            if (Word(s, ref i, "true")) value = JsonData.Of(true);
            else if (Word(s, ref i, "false")) value = JsonData.Of(false);
            else if (Word(s, ref i, "null")) value = JsonData.Null();
            else
            {
                int start = i;
                if (!ReadNumber(s, ref i)) return false;
                value = JsonData.OfNumber(s.Substring(start, i - start));
            }
            return true;
        }

        private static bool Word(string s, ref int i, string word)
        {
            if (string.CompareOrdinal(s, i, word, 0, word.Length) != 0) return false;
            i += word.Length;
            return true;
        }

        private static bool ReadString(string s, ref int i, out string text)
        {
            text = null;
            if (i >= s.Length || s[i] != '"') return false;
            i++;
            System.Text.StringBuilder escaped = null;
            int run = i;
            while (i < s.Length)
            {
                char c = s[i];
                if (c == '"')
                {
                    text = escaped == null ? s.Substring(run, i - run) : escaped.Append(s, run, i - run).ToString();
                    i++;
                    return true;
                }
                if (c < 0x20) return false;
                if (c != '\\')
                {
                    i++;
                    continue;
                }
                if (escaped == null) escaped = new System.Text.StringBuilder();
                escaped.Append(s, run, i - run);
                if (++i >= s.Length) return false;
                char e = s[i++];
                switch (e)
                {
                    case '"': escaped.Append('"'); break;
                    case '\\': escaped.Append('\\'); break;
                    case '/': escaped.Append('/'); break;
                    case 'b': escaped.Append('\b'); break;
                    case 'f': escaped.Append('\f'); break;
                    case 'n': escaped.Append('\n'); break;
                    case 'r': escaped.Append('\r'); break;
                    case 't': escaped.Append('\t'); break;
                    case 'u':
                        int unit = 0;
                        for (int k = 0; k < 4; k++, i++)
                        {
                            int digit = i < s.Length ? Hex(s[i]) : -1;
                            if (digit < 0) return false;
                            unit = unit * 16 + digit;
                        }
                        // A lone surrogate stays a code unit of its own (runtime/SPEC.md §8).
                        escaped.Append((char)unit);
                        break;
                    default: return false;
                }
                run = i;
            }
            return false;
        }

        private static int Hex(char c)
        {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        }

        private static bool Digit(string s, int i)
        {
            return i < s.Length && s[i] >= '0' && s[i] <= '9';
        }

        private static bool ReadNumber(string s, ref int i)
        {
            if (i < s.Length && s[i] == '-') i++;
            if (i < s.Length && s[i] == '0') i++;
            else if (Digit(s, i) && s[i] != '0') while (Digit(s, i)) i++;
            else return false;
            if (i < s.Length && s[i] == '.')
            {
                i++;
                if (!Digit(s, i)) return false;
                while (Digit(s, i)) i++;
            }
            if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
            {
                i++;
                if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
                if (!Digit(s, i)) return false;
                while (Digit(s, i)) i++;
            }
            return true;
        }
    }
}
