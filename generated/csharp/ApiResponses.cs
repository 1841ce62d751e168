// Copied from runtime/csharp/src/ApiResponses.cs by npm run build: edit that file, not this copy.
// Reading a response body as the API's envelope (runtime/SPEC.md §8–§10): a success with its data, the
// API's error, or a body that is not the envelope, never an exception.
namespace VpnErrorCodes
{
    using System;
    using System.Globalization;
    using Newtonsoft.Json.Linq;

    /// <summary>Which of the three a response body was.</summary>
    public enum ResponseKind
    {
        /// <summary>The envelope of a success, with its data.</summary>
        Success,

        /// <summary>The envelope of the API's error.</summary>
        Failure,

        /// <summary>Not the envelope: empty, HTML from a proxy, broken JSON or the wrong shape.</summary>
        Invalid,
    }

    /// <summary>The error object of a failed response: its code (open to codes the catalog does not know), message and details.</summary>
    public sealed class ApiError
    {
        internal ApiError(ErrorCode code, string message, JObject details)
        {
            Code = code;
            Message = message;
            Details = details;
        }

        /// <summary>The code; Known gives the catalog's member when there is one.</summary>
        public ErrorCode Code { get; }

        /// <summary>Human-readable; branch on the code, not on this.</summary>
        public string Message { get; }

        /// <summary>The error's details object, or null; for a code that documents them, in that shape.</summary>
        public JObject Details { get; }
    }

    /// <summary>A response body read by ApiResponses.Decode: a success with its data, the API's error, or a body that is not the envelope.</summary>
    public sealed class DecodedResponse
    {
        private DecodedResponse(ResponseKind kind, JToken data, ApiError error, string problem)
        {
            Kind = kind;
            Data = data;
            Error = error;
            Problem = problem;
        }

        /// <summary>Success, Failure or Invalid.</summary>
        public ResponseKind Kind { get; }

        /// <summary>The envelope's data, for a Success (a JSON null is a JValue); null otherwise.</summary>
        public JToken Data { get; }

        /// <summary>The API's error, for a Failure; null otherwise.</summary>
        public ApiError Error { get; }

        /// <summary>What was wrong with the body, for Invalid, in one line for logs; null otherwise.</summary>
        public string Problem { get; }

        /// <summary>The API's error, when the body was one.</summary>
        public bool TryGetError(out ApiError error)
        {
            error = Error;
            return error != null;
        }

        internal static DecodedResponse OfSuccess(JToken data)
        {
            return new DecodedResponse(ResponseKind.Success, data, null, null);
        }

        internal static DecodedResponse OfFailure(ApiError error)
        {
            return new DecodedResponse(ResponseKind.Failure, null, error, null);
        }

        internal static DecodedResponse OfInvalid(string problem)
        {
            return new DecodedResponse(ResponseKind.Invalid, null, null, problem);
        }
    }

    /// <summary>
    /// Reads a response body as the API's envelope. It accepts exactly what the envelope's JSON Schema
    /// accepts under the policy; every other body (HTML from a proxy, a {"success":false} without its error,
    /// a wrong type, null) is Invalid, never an exception.
    /// </summary>
    public static partial class ApiResponses
    {
        // White space for telling an empty body from broken JSON: Unicode's space separators, HTAB, LF, VT,
        // FF, CR, the line and paragraph separators and the byte-order mark (runtime/SPEC.md §8).
        private const string Blank = "\t\n\u000B\u000C\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";

        /// <summary>The body as the envelope; null or blank text is Invalid.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
        public static DecodedResponse Decode(EnvelopePolicy policy, string body)
        {
            if (policy == null) throw new ArgumentNullException("policy");
            return Read(policy, body);
        }

        // The error's code as a retry decision reads it: from the envelope's core alone (success,
        // error.code and error.message), so that details of the wrong shape do not hide the code.
        internal static ErrorCode ErrorCodeOf(string body)
        {
            ApiError error;
            return Read(null, body).TryGetError(out error) ? error.Code : null;
        }

        private static DecodedResponse Wrong(string problem)
        {
            return DecodedResponse.OfInvalid("not the API's envelope: " + problem);
        }

        // With a policy, the whole envelope; without one, its core.
        private static DecodedResponse Read(EnvelopePolicy policy, string body)
        {
            string content = body == null ? "" : body.Trim(Blank.ToCharArray());
            if (content.Length == 0) return DecodedResponse.OfInvalid("the body is empty");
            JToken root = StrictJson.Parse(body);
            if (root == null)
            {
                return DecodedResponse.OfInvalid(content.StartsWith("<", StringComparison.Ordinal) ? "the body is HTML, not JSON (a proxy or gateway page?)" : "the body is not valid JSON");
            }
            var envelope = root as JObject;
            if (envelope == null) return Wrong("the body must be an object");
            JToken success;
            if (!envelope.TryGetValue("success", out success)) return Wrong("the body must have required property 'success'");
            if (success.Type != JTokenType.Boolean) return Wrong("/success must be a boolean");
            if ((bool)success)
            {
                JToken data;
                return envelope.TryGetValue("data", out data) ? DecodedResponse.OfSuccess(data) : Wrong("the body must have required property 'data'");
            }
            JToken errorToken;
            if (!envelope.TryGetValue("error", out errorToken)) return Wrong("the body must have required property 'error'");
            var error = errorToken as JObject;
            if (error == null) return Wrong("/error must be an object");
            JToken code, message, details;
            if (!error.TryGetValue("code", out code)) return Wrong("/error must have required property 'code'");
            if (code.Type != JTokenType.String) return Wrong("/error/code must be a string");
            if (!error.TryGetValue("message", out message)) return Wrong("/error must have required property 'message'");
            if (message.Type != JTokenType.String) return Wrong("/error/message must be a string");
            string codeText = (string)code;
            error.TryGetValue("details", out details);
            if (policy != null)
            {
                bool isKnown = policy.IsKnown(codeText);
                if (!isKnown && !policy.IsCodeShaped(codeText)) return Wrong("/error/code is neither a known code nor shaped like one");
                if (details != null && details.Type != JTokenType.Object) return Wrong("/error/details must be an object");
                DetailsShape shape;
                string problem = details != null && isKnown && policy.TryGetShape(codeText, out shape) ? DetailsProblem(policy, shape, (JObject)details) : null;
                if (problem != null) return Wrong("/error/details" + problem);
            }
            // Past the checks (which refuse them), details that are not an object are no details.
            return DecodedResponse.OfFailure(new ApiError(new ErrorCode(codeText), (string)message, details as JObject));
        }

        // What differs from the code's documented details, or null when nothing does.
        private static string DetailsProblem(EnvelopePolicy policy, DetailsShape shape, JObject details)
        {
            foreach (string name in shape.Required)
            {
                if (details.Property(name) == null) return " must have required property '" + name + "'";
            }
            foreach (DetailsField field in shape.Fields)
            {
                JToken value;
                if (!details.TryGetValue(field.Name, out value)) continue;
                if (field.Type.HasValue && !Is(value, field.Type.Value)) return "/" + field.Name + " must be " + Word(field.Type.Value);
                if (field.Minimum.HasValue && IsNumber(value) && NumberOf(value) < field.Minimum.Value) return "/" + field.Name + " must be >= " + field.Minimum.Value.ToString(CultureInfo.InvariantCulture);
                if (field.Format.HasValue && value.Type == JTokenType.String && !policy.HasFormat((string)value, field.Format.Value)) return "/" + field.Name + " must match format \"" + Word(field.Format.Value) + "\"";
                if (field.Items.HasValue && value.Type == JTokenType.Array)
                {
                    foreach (JToken item in value)
                    {
                        if (!Is(item, field.Items.Value)) return "/" + field.Name + " items must be " + Word(field.Items.Value);
                    }
                }
            }
            return null;
        }

        private static string Word(JsonKind kind)
        {
            return kind.ToString().ToLowerInvariant();
        }

        private static string Word(StringFormat format)
        {
            return format == StringFormat.DateTime ? "date-time" : "uri";
        }

        private static bool IsNumber(JToken value)
        {
            return value.Type == JTokenType.Integer || value.Type == JTokenType.Float;
        }

        // A JSON number as a double; an integer too long for one is beyond every double on its side.
        private static double NumberOf(JToken value)
        {
            try
            {
                return (double)value;
            }
            catch (OverflowException)
            {
                return value.ToString().StartsWith("-", StringComparison.Ordinal) ? double.NegativeInfinity : double.PositiveInfinity;
            }
        }

        private static bool Is(JToken value, JsonKind kind)
        {
            switch (kind)
            {
                case JsonKind.String: return value.Type == JTokenType.String;
                case JsonKind.Integer:
                    // A JSON Schema integer is a number with no fraction: 2.0 is one.
                    if (value.Type == JTokenType.Integer) return true;
                    if (value.Type != JTokenType.Float) return false;
                    double d = NumberOf(value);
                    return !double.IsInfinity(d) && !double.IsNaN(d) && d == Math.Floor(d);
                case JsonKind.Number: return IsNumber(value);
                case JsonKind.Boolean: return value.Type == JTokenType.Boolean;
                case JsonKind.Array: return value.Type == JTokenType.Array;
                case JsonKind.Object: return value.Type == JTokenType.Object;
                default: return false;
            }
        }
    }
}
