// RFC 8259 JSON and nothing more (runtime/SPEC.md §8): Json.NET alone would also read comments, single
// quotes, bare names and NaN, which a JSON Schema validator never sees as JSON.
namespace VpnErrorCodes
{
    using System;
    using System.IO;
    using Newtonsoft.Json;
    using Newtonsoft.Json.Linq;

    internal static class StrictJson
    {
        /// <summary>The value, or null when the text is not exactly one JSON value.</summary>
        internal static JToken Parse(string text)
        {
            int at = 0;
            if (text == null || !Value(text, ref at, 0) || Skip(text, at) != text.Length) return null;
            try
            {
                using (var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double })
                {
                    return JToken.ReadFrom(reader);
                }
            }
            catch (JsonException)
            {
                // Valid JSON that Json.NET cannot hold (1e400, an integer of over a thousand digits).
                return null;
            }
            catch (ArgumentException)
            {
                return null;
            }
        }

        private static int Skip(string s, int i)
        {
            while (i < s.Length && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) i++;
            return i;
        }

        private static bool Value(string s, ref int i, int depth)
        {
            // Deeper nesting is refused rather than followed: recursion must stay bounded.
            if (depth > 512) return false;
            i = Skip(s, i);
            if (i >= s.Length) return false;
            char c = s[i];
            if (c == '{')
            {
                i = Skip(s, i + 1);
                if (i < s.Length && s[i] == '}') { i++; return true; }
                while (true)
                {
                    i = Skip(s, i);
                    if (!ReadString(s, ref i)) return false;
                    i = Skip(s, i);
                    if (i >= s.Length || s[i] != ':') return false;
                    i++;
                    if (!Value(s, ref i, depth + 1)) return false;
                    i = Skip(s, i);
                    if (i < s.Length && s[i] == ',') { i++; continue; }
                    if (i < s.Length && s[i] == '}') { i++; return true; }
                    return false;
                }
            }
            if (c == '[')
            {
                i = Skip(s, i + 1);
                if (i < s.Length && s[i] == ']') { i++; return true; }
                while (true)
                {
                    if (!Value(s, ref i, depth + 1)) return false;
                    i = Skip(s, i);
                    if (i < s.Length && s[i] == ',') { i++; continue; }
                    if (i < s.Length && s[i] == ']') { i++; return true; }
                    return false;
                }
            }
            if (c == '"') return ReadString(s, ref i);
            foreach (string word in new[] { "true", "false", "null" })
            {
                if (string.CompareOrdinal(s, i, word, 0, word.Length) == 0) { i += word.Length; return true; }
            }
            return ReadNumber(s, ref i);
        }

        private static bool ReadString(string s, ref int i)
        {
            if (i >= s.Length || s[i] != '"') return false;
            i++;
            while (i < s.Length)
            {
                char c = s[i];
                if (c == '"') { i++; return true; }
                if (c < 0x20) return false;
                if (c == '\\')
                {
                    i++;
                    if (i >= s.Length) return false;
                    char e = s[i];
                    if (e == 'u')
                    {
                        if (i + 4 >= s.Length) return false;
                        for (int k = 1; k <= 4; k++)
                        {
                            if (!Uri.IsHexDigit(s[i + k])) return false;
                        }
                        i += 4;
                    }
                    else if ("\"\\/bfnrt".IndexOf(e) < 0) return false;
                }
                i++;
            }
            return false;
        }

        private static bool ReadNumber(string s, ref int i)
        {
            int start = i;
            if (i < s.Length && s[i] == '-') i++;
            if (i < s.Length && s[i] == '0') i++;
            else if (i < s.Length && s[i] >= '1' && s[i] <= '9') while (i < s.Length && char.IsDigit(s[i]) && s[i] <= '9') i++;
            else return false;
            if (i < s.Length && s[i] == '.')
            {
                i++;
                if (i >= s.Length || s[i] < '0' || s[i] > '9') return false;
                while (i < s.Length && s[i] >= '0' && s[i] <= '9') i++;
            }
            if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
            {
                i++;
                if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
                if (i >= s.Length || s[i] < '0' || s[i] > '9') return false;
                while (i < s.Length && s[i] >= '0' && s[i] <= '9') i++;
            }
            return i > start;
        }
    }
}
