// What an envelope decoder checks beyond the envelope's core, as a value (runtime/SPEC.md §9, §10): the
// known codes, the pattern of a code the catalog does not know, each code's details shape and the two
// string formats. The package supplies the catalog's as EnvelopePolicy.Default.
namespace VpnErrorCodes
{
    using System;
    using System.Collections.Generic;
    using System.Collections.ObjectModel;
    using System.Globalization;
    using System.Linq;
    using System.Text;
    using System.Text.RegularExpressions;

    /// <summary>A JSON type, as a JSON Schema's "type" names it.</summary>
    public enum JsonKind
    {
        /// <summary>A string.</summary>
        String,

        /// <summary>A number with no fraction (2.0 is one).</summary>
        Integer,

        /// <summary>Any number.</summary>
        Number,

        /// <summary>true or false.</summary>
        Boolean,

        /// <summary>An array.</summary>
        Array,

        /// <summary>An object.</summary>
        Object,
    }

    /// <summary>A string format, as a JSON Schema's "format" names it.</summary>
    public enum StringFormat
    {
        /// <summary>An RFC 3339 date-time.</summary>
        DateTime,

        /// <summary>An absolute URI.</summary>
        Uri,
    }

    /// <summary>One property of a details shape.</summary>
    public sealed class DetailsField
    {
        /// <summary>A property and what its value must be; null for a check the shape does not make.</summary>
        /// <param name="name">The property's name.</param>
        /// <param name="type">The value's JSON type.</param>
        /// <param name="minimum">The least value of a number.</param>
        /// <param name="format">The format of a string.</param>
        /// <param name="items">The JSON type of an array's items.</param>
        public DetailsField(string name, JsonKind? type = null, double? minimum = null, StringFormat? format = null, JsonKind? items = null)
        {
            if (name == null) throw new ArgumentNullException("name");
            Name = name;
            Type = type;
            Minimum = minimum;
            Format = format;
            Items = items;
        }

        /// <summary>The property's name.</summary>
        public string Name { get; }

        /// <summary>The value's JSON type, or null.</summary>
        public JsonKind? Type { get; }

        /// <summary>The least value of a number, or null.</summary>
        public double? Minimum { get; }

        /// <summary>The format of a string, or null.</summary>
        public StringFormat? Format { get; }

        /// <summary>The JSON type of an array's items, or null.</summary>
        public JsonKind? Items { get; }
    }

    /// <summary>The details object a code documents.</summary>
    public sealed class DetailsShape
    {
        /// <summary>A code's details shape.</summary>
        /// <param name="code">The code as it travels.</param>
        /// <param name="required">The properties the details must have.</param>
        /// <param name="fields">The properties the shape checks when present; others may appear.</param>
        public DetailsShape(string code, IEnumerable<string> required, IEnumerable<DetailsField> fields)
        {
            if (code == null) throw new ArgumentNullException("code");
            if (required == null) throw new ArgumentNullException("required");
            if (fields == null) throw new ArgumentNullException("fields");
            Code = code;
            Required = new ReadOnlyCollection<string>(required.ToArray());
            Fields = new ReadOnlyCollection<DetailsField>(fields.ToArray());
            if (Required.Contains(null)) throw new ArgumentNullException("required", "a required name is null");
            if (Fields.Contains(null)) throw new ArgumentNullException("fields", "a field is null");
        }

        /// <summary>The code as it travels.</summary>
        public string Code { get; }

        /// <summary>The properties the details must have, in order.</summary>
        public IReadOnlyList<string> Required { get; }

        /// <summary>The properties the shape checks when present, in order.</summary>
        public IReadOnlyList<DetailsField> Fields { get; }
    }

    /// <summary>What <see cref="ApiResponses.Decode(EnvelopePolicy, string)"/> checks beyond the envelope's core.</summary>
    public sealed partial class EnvelopePolicy
    {
        private readonly HashSet<string> known;
        private readonly Dictionary<string, DetailsShape> shapes;
        private readonly Regex unknownCode;
        private readonly Regex dateTime;
        private readonly Regex uriScheme;
        private readonly HashSet<int> uriForbidden;
        private readonly Dictionary<string, Func<JsonData, ErrorDetails>> detailsTypes;

        /// <summary>A policy; the patterns are compiled once, here.</summary>
        /// <param name="knownCodes">Every code the catalog knows, as it travels.</param>
        /// <param name="unknownCodePattern">What any other code must match, as a JSON Schema pattern.</param>
        /// <param name="details">Each detailed code's details shape.</param>
        /// <param name="dateTimePattern">An RFC 3339 date-time whose nine groups are year, month, day, hour, minute, second, offset sign, offset hour and offset minute.</param>
        /// <param name="uriSchemePattern">A URI's scheme, before its colon.</param>
        /// <param name="uriForbidden">The code points a URI may not hold after its scheme.</param>
        /// <param name="detailsTypes">For codes whose details have a class of their own, what makes one from details that passed the code's check; other details are an <see cref="ErrorDetails"/>.</param>
        /// <exception cref="ArgumentException">A pattern is not a regular expression.</exception>
        public EnvelopePolicy(IEnumerable<string> knownCodes, string unknownCodePattern, IEnumerable<DetailsShape> details, string dateTimePattern, string uriSchemePattern, IEnumerable<int> uriForbidden, IEnumerable<KeyValuePair<string, Func<JsonData, ErrorDetails>>> detailsTypes = null)
        {
            if (knownCodes == null) throw new ArgumentNullException("knownCodes");
            if (unknownCodePattern == null) throw new ArgumentNullException("unknownCodePattern");
            if (details == null) throw new ArgumentNullException("details");
            if (dateTimePattern == null) throw new ArgumentNullException("dateTimePattern");
            if (uriSchemePattern == null) throw new ArgumentNullException("uriSchemePattern");
            if (uriForbidden == null) throw new ArgumentNullException("uriForbidden");
            known = new HashSet<string>(knownCodes, StringComparer.Ordinal);
            if (known.Contains(null)) throw new ArgumentNullException("knownCodes", "a known code is null");
            shapes = new Dictionary<string, DetailsShape>(StringComparer.Ordinal);
            foreach (DetailsShape shape in details)
            {
                if (shape == null) throw new ArgumentNullException("details", "a shape is null");
                shapes.Add(shape.Code, shape);
            }
            unknownCode = new Regex(SchemaPattern(unknownCodePattern), RegexOptions.CultureInvariant);
            dateTime = new Regex("^(?:" + dateTimePattern + @")\z", RegexOptions.CultureInvariant);
            uriScheme = new Regex("^(?:" + uriSchemePattern + "):", RegexOptions.CultureInvariant);
            this.uriForbidden = new HashSet<int>(uriForbidden);
            this.detailsTypes = new Dictionary<string, Func<JsonData, ErrorDetails>>(StringComparer.Ordinal);
            foreach (var entry in detailsTypes ?? new KeyValuePair<string, Func<JsonData, ErrorDetails>>[0])
            {
                if (entry.Key == null || entry.Value == null) throw new ArgumentNullException("detailsTypes", "a code or its factory is null");
                this.detailsTypes.Add(entry.Key, entry.Value);
            }
            UnknownCodePattern = unknownCodePattern;
            DateTimePattern = dateTimePattern;
            UriSchemePattern = uriSchemePattern;
        }

        /// <summary>What a code the catalog does not know must match.</summary>
        public string UnknownCodePattern { get; }

        /// <summary>The RFC 3339 date-time pattern.</summary>
        public string DateTimePattern { get; }

        /// <summary>A URI's scheme, before its colon.</summary>
        public string UriSchemePattern { get; }

        /// <summary>Whether the catalog knows <paramref name="code"/>.</summary>
        public bool IsKnown(string code)
        {
            return code != null && known.Contains(code);
        }

        /// <summary>Whether <paramref name="code"/>, unknown to the catalog, is shaped like a code.</summary>
        public bool IsCodeShaped(string code)
        {
            return code != null && unknownCode.IsMatch(code);
        }

        /// <summary>The details shape <paramref name="code"/> documents; false when it documents none.</summary>
        public bool TryGetShape(string code, out DetailsShape shape)
        {
            shape = null;
            return code != null && shapes.TryGetValue(code, out shape);
        }

        /// <summary>Whether <paramref name="text"/> has <paramref name="format"/>.</summary>
        public bool HasFormat(string text, StringFormat format)
        {
            if (text == null) return false;
            return format == StringFormat.Uri ? IsUri(text) : IsDateTime(text);
        }

        // The details as their code's class when it has one, else as they came; a factory that fails gives the latter.
        internal ErrorDetails TypedDetails(string code, JsonData details)
        {
            Func<JsonData, ErrorDetails> make;
            if (detailsTypes.TryGetValue(code, out make))
            {
                try
                {
                    ErrorDetails typed = make(details);
                    if (typed != null) return typed;
                }
                catch (Exception)
                {
                    // Never the decoder's exception (runtime/SPEC.md §11): the JSON is still there.
                }
            }
            return new ErrorDetails(details);
        }

        // A scheme, its colon, then none of the forbidden code points (runtime/SPEC.md §10).
        private bool IsUri(string text)
        {
            Match scheme = uriScheme.Match(text);
            if (!scheme.Success) return false;
            for (int i = scheme.Length; i < text.Length; i++)
            {
                int codePoint = text[i];
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
                    i++;
                }
                if (uriForbidden.Contains(codePoint)) return false;
            }
            return true;
        }

        // The pattern's shape, then each field's range: month 1–12, the month's days, hour 0–23, minute 0–59,
        // second 0–59, an offset of at most 23:59; second 60 only where it is 23:59 UTC, a leap second, as the
        // schema's date-time (ajv-formats) says (runtime/SPEC.md §10).
        private bool IsDateTime(string text)
        {
            Match m = dateTime.Match(text);
            if (!m.Success) return false;
            int year, month, day, hour, minute, second;
            if (!Group(m, 1, out year) || !Group(m, 2, out month) || !Group(m, 3, out day) || !Group(m, 4, out hour) || !Group(m, 5, out minute) || !Group(m, 6, out second)) return false;
            if (day < 1 || day > CivilCalendar.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 60) return false;
            int offsetHour = 0, offsetMinute = 0, sign = 1;
            if (m.Groups[7].Success)
            {
                if (!Group(m, 8, out offsetHour) || !Group(m, 9, out offsetMinute) || offsetHour > 23 || offsetMinute > 59) return false;
                if (m.Groups[7].Value == "-") sign = -1;
            }
            if (second < 60) return true;
            int utcMinute = minute - offsetMinute * sign;
            int utcHour = hour - offsetHour * sign - (utcMinute < 0 ? 1 : 0);
            return (utcHour == 23 || utcHour == -1) && (utcMinute == 59 || utcMinute == -1);
        }

        private static bool Group(Match m, int group, out int value)
        {
            return int.TryParse(m.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }

        // A JSON Schema pattern is an ECMA-262 regular expression, whose $ is the end of the text; .NET's $
        // also matches before a final newline, so each $ outside a class and not escaped becomes \z.
        internal static string SchemaPattern(string pattern)
        {
            var converted = new StringBuilder(pattern.Length + 4);
            bool inClass = false;
            for (int i = 0; i < pattern.Length; i++)
            {
                char c = pattern[i];
                if (c == '\\' && i + 1 < pattern.Length)
                {
                    converted.Append(c).Append(pattern[++i]);
                    continue;
                }
                if (inClass && c == ']') inClass = false;
                else if (!inClass && c == '[') inClass = true;
                if (!inClass && c == '$') converted.Append(@"\z");
                else converted.Append(c);
            }
            return converted.ToString();
        }
    }
}
