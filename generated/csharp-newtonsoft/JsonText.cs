// Copied from runtime/csharp/newtonsoft/src/JsonText.cs by npm run build: edit that file, not this copy.
// Between Json.NET's tokens and the core's JsonData: a value read from a JsonReader becomes JSON text for the
// core's own strict reader, so that the adapter accepts what the core decoder accepts and holds no rule of
// its own; a JsonData is written back token by token. Both walk without recursion: the core reads any depth.
namespace VpnErrorCodes.NewtonsoftJson
{
    using System;
    using System.Collections.Generic;
    using System.Globalization;
    using System.Text;
    using Newtonsoft.Json;

    internal static class JsonText
    {
        // A binary64 overflow as JSON the core reads back as the same infinity (Json.NET has no number text).
        private const string Infinity = "1e400";

        /// <summary>The value the reader is on, to its last token, as JSON text; the reader is left on that token.</summary>
        /// <exception cref="JsonSerializationException">A token JSON has no text for (NaN, bytes, a constructor).</exception>
        internal static string Read(JsonReader reader)
        {
            // A string shaped like a date stays the string it was: the core judges date-times itself.
            DateParseHandling dates = reader.DateParseHandling;
            reader.DateParseHandling = DateParseHandling.None;
            try
            {
                while (reader.TokenType == JsonToken.Comment || reader.TokenType == JsonToken.None)
                {
                    if (!Next(reader)) throw Refused(reader, "the JSON ends before its value");
                }
                var text = new StringBuilder();
                int depth = reader.Depth;
                bool afterValue = false;
                while (true)
                {
                    JsonToken token = reader.TokenType;
                    if (token != JsonToken.Comment)
                    {
                        bool closing = token == JsonToken.EndObject || token == JsonToken.EndArray;
                        if (afterValue && !closing) text.Append(',');
                        Append(text, reader);
                        afterValue = token != JsonToken.PropertyName && token != JsonToken.StartObject && token != JsonToken.StartArray;
                        if (reader.Depth == depth && token != JsonToken.StartObject && token != JsonToken.StartArray && token != JsonToken.PropertyName) return text.ToString();
                    }
                    if (!Next(reader)) throw Refused(reader, "the JSON ends inside its value");
                }
            }
            finally
            {
                reader.DateParseHandling = dates;
            }
        }

        // Json.NET 6's reader throws FormatException for a broken \u escape; Json.NET's own exception instead.
        private static bool Next(JsonReader reader)
        {
            try
            {
                return reader.Read();
            }
            catch (FormatException e)
            {
                throw new JsonReaderException(e.Message + " Path '" + reader.Path + "'.", e);
            }
            catch (OverflowException e)
            {
                throw new JsonReaderException(e.Message + " Path '" + reader.Path + "'.", e);
            }
        }

        /// <summary>Writes <paramref name="value"/> as Json.NET tokens, numbers as the text they arrived as.</summary>
        internal static void Write(JsonWriter writer, JsonData value)
        {
            // Each open object or array with the position of its next member or item.
            var open = new Stack<KeyValuePair<JsonData, int>>();
            JsonData next = value;
            while (true)
            {
                if (next != null)
                {
                    if (next.Type == JsonType.Object || next.Type == JsonType.Array)
                    {
                        if (next.Type == JsonType.Object) writer.WriteStartObject();
                        else writer.WriteStartArray();
                        open.Push(new KeyValuePair<JsonData, int>(next, 0));
                    }
                    else
                    {
                        WriteScalar(writer, next);
                    }
                }
                if (open.Count == 0) return;
                KeyValuePair<JsonData, int> top = open.Pop();
                JsonData container = top.Key;
                int at = top.Value;
                if (container.Type == JsonType.Object && at < container.Names.Count)
                {
                    string name = container.Names[at];
                    writer.WritePropertyName(name);
                    open.Push(new KeyValuePair<JsonData, int>(container, at + 1));
                    next = container[name];
                }
                else if (container.Type == JsonType.Array && at < container.Items.Count)
                {
                    open.Push(new KeyValuePair<JsonData, int>(container, at + 1));
                    next = container.Items[at];
                }
                else
                {
                    if (container.Type == JsonType.Object) writer.WriteEndObject();
                    else writer.WriteEndArray();
                    next = null;
                }
            }
        }

        /// <summary>Json.NET's exception for JSON the core refuses, with the reader's path as Json.NET gives it.</summary>
        internal static JsonSerializationException Refused(JsonReader reader, string problem)
        {
            return new JsonSerializationException(problem + ". Path '" + reader.Path + "'.");
        }

        private static void WriteScalar(JsonWriter writer, JsonData value)
        {
            switch (value.Type)
            {
                case JsonType.String:
                    writer.WriteValue(value.AsString());
                    break;
                case JsonType.Number:
                    writer.WriteRawValue(value.NumberText);
                    break;
                case JsonType.Boolean:
                    writer.WriteValue(value.AsBoolean() == true);
                    break;
                default:
                    writer.WriteNull();
                    break;
            }
        }

        private static void Append(StringBuilder text, JsonReader reader)
        {
            object value = reader.Value;
            switch (reader.TokenType)
            {
                case JsonToken.StartObject:
                    text.Append('{');
                    break;
                case JsonToken.EndObject:
                    text.Append('}');
                    break;
                case JsonToken.StartArray:
                    text.Append('[');
                    break;
                case JsonToken.EndArray:
                    text.Append(']');
                    break;
                case JsonToken.PropertyName:
                    text.Append(JsonConvert.ToString((string)value)).Append(':');
                    break;
                case JsonToken.String:
                    text.Append(JsonConvert.ToString((string)value));
                    break;
                case JsonToken.Integer:
                    text.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                    break;
                case JsonToken.Float:
                    text.Append(Number(reader, value));
                    break;
                case JsonToken.Boolean:
                    text.Append((bool)value ? "true" : "false");
                    break;
                case JsonToken.Null:
                    text.Append("null");
                    break;
                case JsonToken.Date:
                    // Its text is gone: Json.NET's date parsing accepts what RFC 3339 does not, and drops offsets.
                    throw Refused(reader, "Json.NET read this string as a date before the converter saw its text; read the JSON with DateParseHandling.None");
                default:
                    throw Refused(reader, "JSON has no " + reader.TokenType + " token");
            }
        }

        // A float as text that the core reads back as the same binary64 value, by which it judges numbers.
        private static string Number(JsonReader reader, object value)
        {
            if (value is decimal) return ((decimal)value).ToString(CultureInfo.InvariantCulture);
            double number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
            if (double.IsNaN(number)) throw Refused(reader, "NaN is not JSON");
            if (double.IsInfinity(number)) return number > 0 ? Infinity : "-" + Infinity;
            return number.ToString("R", CultureInfo.InvariantCulture);
        }
    }
}
