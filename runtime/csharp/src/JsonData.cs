// A JSON value as RFC 8259 defines it, read by the package's own reader (runtime/SPEC.md §8): numbers keep
// their text, so that no length or magnitude is refused, and a member repeated in an object keeps its last
// value. The package needs no JSON library of its users.
namespace VpnErrorCodes
{
    using System;
    using System.Collections.Generic;
    using System.Collections.ObjectModel;
    using System.Globalization;
    using System.Text;

    /// <summary>The six kinds of JSON value.</summary>
    public enum JsonType
    {
        /// <summary>null.</summary>
        Null,

        /// <summary>true or false.</summary>
        Boolean,

        /// <summary>A number, of any length or magnitude.</summary>
        Number,

        /// <summary>A string; it may hold a lone surrogate, as JSON allows.</summary>
        String,

        /// <summary>An array.</summary>
        Array,

        /// <summary>An object.</summary>
        Object,
    }

    /// <summary>
    /// One JSON value, immutable. Every accessor is total: asking an array for a member, or a string for
    /// its number, gives null rather than an exception.
    /// </summary>
    public sealed class JsonData
    {
        private static readonly IReadOnlyList<JsonData> NoItems = new ReadOnlyCollection<JsonData>(new JsonData[0]);
        private static readonly IReadOnlyList<string> NoNames = new ReadOnlyCollection<string>(new string[0]);

        private readonly object scalar;
        private readonly List<JsonData> items;
        private readonly List<string> names;
        private readonly Dictionary<string, JsonData> members;

        private JsonData(JsonType type, object scalar, List<JsonData> items, List<string> names, Dictionary<string, JsonData> members)
        {
            Type = type;
            this.scalar = scalar;
            this.items = items;
            this.names = names;
            this.members = members;
        }

        /// <summary>Which kind of value this is.</summary>
        public JsonType Type { get; }

        /// <summary>An array's items in order; empty for any other value.</summary>
        public IReadOnlyList<JsonData> Items
        {
            get { return items == null ? NoItems : items.AsReadOnly(); }
        }

        /// <summary>An object's member names in the order they first appeared; empty for any other value.</summary>
        public IReadOnlyList<string> Names
        {
            get { return names == null ? NoNames : names.AsReadOnly(); }
        }

        /// <summary>An object's member; null when absent or when this is no object. Names match exactly.</summary>
        public JsonData this[string name]
        {
            get
            {
                JsonData value;
                return TryGetMember(name, out value) ? value : null;
            }
        }

        /// <summary>An array's item; null when out of range or when this is no array.</summary>
        public JsonData this[int index]
        {
            get { return items != null && index >= 0 && index < items.Count ? items[index] : null; }
        }

        /// <summary>A number's text as it arrived, such as "1e400"; null for any other value.</summary>
        public string NumberText
        {
            get { return Type == JsonType.Number ? (string)scalar : null; }
        }

        /// <summary>
        /// Reads <paramref name="text"/> as exactly one JSON value with only SP, HTAB, LF and CR around it, to
        /// any depth; null when it is anything else. Never throws.
        /// </summary>
        public static JsonData Parse(string text)
        {
            return StrictJson.Parse(text);
        }

        /// <summary>An object's member, when this is an object that has it.</summary>
        public bool TryGetMember(string name, out JsonData value)
        {
            value = null;
            return members != null && name != null && members.TryGetValue(name, out value);
        }

        /// <summary>The string, for a string; null otherwise.</summary>
        public string AsString()
        {
            return Type == JsonType.String ? (string)scalar : null;
        }

        /// <summary>The boolean, for true or false; null otherwise.</summary>
        public bool? AsBoolean()
        {
            return Type == JsonType.Boolean ? (bool)scalar : (bool?)null;
        }

        /// <summary>
        /// A number as its nearest binary64, as JSON Schema judges it (runtime/SPEC.md §8): 1e400 is positive
        /// infinity. Null for any other value.
        /// </summary>
        public double? AsDouble()
        {
            return Type == JsonType.Number ? NumberValue((string)scalar) : (double?)null;
        }

        /// <summary>The value as compact JSON; a string's lone surrogate is written as its escape.</summary>
        public override string ToString()
        {
            var text = new StringBuilder();
            Write(text);
            return text.ToString();
        }

        internal static JsonData Null()
        {
            return new JsonData(JsonType.Null, null, null, null, null);
        }

        internal static JsonData Of(bool value)
        {
            return new JsonData(JsonType.Boolean, value, null, null, null);
        }

        internal static JsonData OfString(string value)
        {
            return new JsonData(JsonType.String, value, null, null, null);
        }

        internal static JsonData OfNumber(string text)
        {
            return new JsonData(JsonType.Number, text, null, null, null);
        }

        internal static JsonData NewArray()
        {
            return new JsonData(JsonType.Array, null, new List<JsonData>(), null, null);
        }

        internal static JsonData NewObject()
        {
            return new JsonData(JsonType.Object, null, null, new List<string>(), new Dictionary<string, JsonData>(StringComparer.Ordinal));
        }

        // Only the reader adds, while it builds the value.
        internal void Add(JsonData item)
        {
            items.Add(item);
        }

        internal void Set(string name, JsonData value)
        {
            if (!members.ContainsKey(name)) names.Add(name);
            members[name] = value;
        }

        /// <summary>A JSON string literal as JSON.stringify writes it: non-ASCII as it is, lone surrogates and control characters escaped.</summary>
        internal static void Quote(StringBuilder text, string value)
        {
            text.Append('"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                switch (c)
                {
                    case '"': text.Append("\\\""); continue;
                    case '\\': text.Append("\\\\"); continue;
                    case '\b': text.Append("\\b"); continue;
                    case '\f': text.Append("\\f"); continue;
                    case '\n': text.Append("\\n"); continue;
                    case '\r': text.Append("\\r"); continue;
                    case '\t': text.Append("\\t"); continue;
                }
                bool paired = char.IsHighSurrogate(c) ? i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]) : char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(value[i - 1]);
                if (c < 0x20 || (char.IsSurrogate(c) && !paired)) text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                else text.Append(c);
            }
            text.Append('"');
        }

        // Digits as a double; a valid number too large for one (Mono's parser refuses it) is infinite.
        private static double NumberValue(string text)
        {
            double value;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)) return value;
            return text.StartsWith("-", StringComparison.Ordinal) ? double.NegativeInfinity : double.PositiveInfinity;
        }

        // Iterative, like the reader, so that no depth can overflow the stack.
        private void Write(StringBuilder text)
        {
            var pending = new Stack<object>();
            pending.Push(this);
            while (pending.Count > 0)
            {
                object next = pending.Pop();
                var literal = next as string;
                if (literal != null)
                {
                    text.Append(literal);
                    continue;
                }
                var value = (JsonData)next;
                switch (value.Type)
                {
                    case JsonType.Null: text.Append("null"); break;
                    case JsonType.Boolean: text.Append((bool)value.scalar ? "true" : "false"); break;
                    case JsonType.Number: text.Append((string)value.scalar); break;
                    case JsonType.String: Quote(text, (string)value.scalar); break;
                    case JsonType.Array:
                        pending.Push("]");
                        for (int i = value.items.Count - 1; i >= 0; i--)
                        {
                            pending.Push(value.items[i]);
                            if (i > 0) pending.Push(",");
                        }
                        text.Append('[');
                        break;
                    default:
                        pending.Push("}");
                        for (int i = value.names.Count - 1; i >= 0; i--)
                        {
                            pending.Push(value.members[value.names[i]]);
                            var name = new StringBuilder();
                            if (i > 0) name.Append(',');
                            Quote(name, value.names[i]);
                            pending.Push(name.Append(':').ToString());
                        }
                        text.Append('{');
                        break;
                }
            }
        }
    }
}
