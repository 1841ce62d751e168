// Copied from runtime/csharp/src/ApiResponses.cs by npm run build: edit that file, not this copy.
// Reading a response body as the API's envelope (runtime/SPEC.md §8–§10): a success with its data, the
// API's error, or a body that is not the envelope, never an exception.
namespace VpnErrorCodes
{
    using System;
    using System.Globalization;

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
        internal ApiError(ErrorCode code, string message, ErrorDetails details)
        {
            Code = code;
            Message = message;
            Details = details;
        }

        /// <summary>The code; Known gives the catalog's member when there is one.</summary>
        public ErrorCode Code { get; }

        /// <summary>Human-readable; branch on the code, not on this.</summary>
        public string Message { get; }

        /// <summary>
        /// The error's details, or null when there are none: for a code that documents them, already its own
        /// class (<c>error.Details as TokenExpiredDetails</c>, say); its <see cref="ErrorDetails.Raw"/> holds the JSON object either way.
        /// </summary>
        public ErrorDetails Details { get; }
    }

    /// <summary>A response body read by ApiResponses.Decode: a success with its data, the API's error, or a body that is not the envelope.</summary>
    public sealed class DecodedResponse
    {
        private DecodedResponse(ResponseKind kind, JsonData data, ApiError error, string problem)
        {
            Kind = kind;
            Data = data;
            Error = error;
            Problem = problem;
        }

        /// <summary>Success, Failure or Invalid.</summary>
        public ResponseKind Kind { get; }

        /// <summary>The envelope's data, for a Success (a JSON null is a JsonData of type Null); null otherwise.</summary>
        public JsonData Data { get; }

        /// <summary>The API's error, for a Failure; null otherwise.</summary>
        public ApiError Error { get; }

        /// <summary>What was wrong with the body, for Invalid, in one line for logs; null otherwise.</summary>
        public string Problem { get; }

        /// <summary>The HTTP status, when the body was decoded from a response; null otherwise.</summary>
        public int? Status { get; private set; }

        /// <summary>The data of a success; an <see cref="ApiException"/> for the API's error and an <see cref="InvalidResponseException"/> for anything else.</summary>
        /// <exception cref="ApiException">The body is the API's error.</exception>
        /// <exception cref="InvalidResponseException">The body is not the API's envelope.</exception>
        public JsonData EnsureSuccess()
        {
            if (Kind == ResponseKind.Success) return Data;
            if (Kind == ResponseKind.Failure) throw new ApiException(Status, Error);
            throw new InvalidResponseException(Status, Problem);
        }

        internal DecodedResponse WithStatus(int status)
        {
            var copy = new DecodedResponse(Kind, Data, Error, Problem);
            copy.Status = status;
            return copy;
        }

        /// <summary>The API's error, when the body was one.</summary>
        public bool TryGetError(out ApiError error)
        {
            error = Error;
            return error != null;
        }

        internal static DecodedResponse OfSuccess(JsonData data)
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

        /// <summary>
        /// An error's details on their own, as <see cref="Decode(EnvelopePolicy, string)"/> checks and types them
        /// in an envelope whose error.code is <paramref name="code"/>: the code known or shaped like one, the
        /// details an object, and for a code that documents them, its shape, giving its own class. For JSON
        /// libraries' adapters, which must accept exactly what the decoder accepts.
        /// </summary>
        /// <param name="policy">What to check beyond the envelope's core.</param>
        /// <param name="code">The error's code, as it travels.</param>
        /// <param name="details">The details as JSON.</param>
        /// <param name="typed">The details, typed as Decode types them; null when they are refused.</param>
        /// <param name="problem">What Decode would say is wrong, in one line; null when nothing is.</param>
        /// <returns>False when Decode would refuse an envelope with these details and this code.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
        public static bool TryDecodeDetails(EnvelopePolicy policy, string code, JsonData details, out ErrorDetails typed, out string problem)
        {
            if (policy == null) throw new ArgumentNullException("policy");
            typed = null;
            problem = details == null ? "/error/details are absent" : Check(policy, code, details, out typed);
            if (problem != null) typed = null;
            return problem == null;
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
        internal static DecodedResponse Read(EnvelopePolicy policy, string body)
        {
            string content = body == null ? "" : body.Trim(Blank.ToCharArray());
            if (content.Length == 0) return DecodedResponse.OfInvalid("the body is empty");
            if (body.Length > HttpBodies.MaxLength) return DecodedResponse.OfInvalid("the body is over 1 MiB, which is not read");
            JsonData envelope = StrictJson.Parse(body);
            if (envelope == null)
            {
                return DecodedResponse.OfInvalid(content.StartsWith("<", StringComparison.Ordinal) ? "the body is HTML, not JSON (a proxy or gateway page?)" : "the body is not valid JSON");
            }
            if (envelope.Type != JsonType.Object) return Wrong("the body must be an object");
            JsonData success = envelope["success"];
            if (success == null) return Wrong("the body must have required property 'success'");
            if (success.Type != JsonType.Boolean) return Wrong("/success must be a boolean");
            if (success.AsBoolean() == true)
            {
                JsonData data = envelope["data"];
                return data != null ? DecodedResponse.OfSuccess(data) : Wrong("the body must have required property 'data'");
            }
            JsonData error = envelope["error"];
            if (error == null) return Wrong("the body must have required property 'error'");
            if (error.Type != JsonType.Object) return Wrong("/error must be an object");
            JsonData code = error["code"], message = error["message"], details = error["details"];
            if (code == null) return Wrong("/error must have required property 'code'");
            if (code.Type != JsonType.String) return Wrong("/error/code must be a string");
            if (message == null) return Wrong("/error must have required property 'message'");
            if (message.Type != JsonType.String) return Wrong("/error/message must be a string");
            string codeText = code.AsString();
            ErrorDetails typed = null;
            if (policy != null)
            {
                string problem = Check(policy, codeText, details, out typed);
                if (problem != null) return Wrong(problem);
            }
            // Without the checks (which refuse them), details that are not an object are no details.
            else if (details != null && details.Type == JsonType.Object)
            {
                typed = new ErrorDetails(details);
            }
            return DecodedResponse.OfFailure(new ApiError(new ErrorCode(codeText), message.AsString(), typed));
        }

        // What the policy checks beyond the core, and the details as their code's class. A method of its own,
        // so that the decision, which reads the core alone, never loads the policy's regular expressions.
        private static string Check(EnvelopePolicy policy, string codeText, JsonData details, out ErrorDetails typed)
        {
            typed = null;
            bool isKnown = policy.IsKnown(codeText);
            if (!isKnown && !policy.IsCodeShaped(codeText)) return "/error/code is neither a known code nor shaped like one";
            if (details != null && details.Type != JsonType.Object) return "/error/details must be an object";
            DetailsShape shape;
            string problem = details != null && isKnown && policy.TryGetShape(codeText, out shape) ? DetailsProblem(policy, shape, details) : null;
            if (problem != null) return "/error/details" + problem;
            if (details != null) typed = policy.TypedDetails(codeText, details);
            return null;
        }

        // What differs from the code's documented details, or null when nothing does.
        private static string DetailsProblem(EnvelopePolicy policy, DetailsShape shape, JsonData details)
        {
            foreach (string name in shape.Required)
            {
                if (details[name] == null) return " must have required property '" + name + "'";
            }
            foreach (DetailsField field in shape.Fields)
            {
                JsonData value = details[field.Name];
                if (value == null) continue;
                if (field.Type.HasValue && !Is(value, field.Type.Value)) return "/" + field.Name + " must be " + Word(field.Type.Value);
                if (field.Minimum.HasValue && value.Type == JsonType.Number && value.AsDouble() < field.Minimum.Value) return "/" + field.Name + " must be >= " + field.Minimum.Value.ToString(CultureInfo.InvariantCulture);
                if (field.Format.HasValue && value.Type == JsonType.String && !policy.HasFormat(value.AsString(), field.Format.Value)) return "/" + field.Name + " must match format \"" + Word(field.Format.Value) + "\"";
                if (field.Items.HasValue && value.Type == JsonType.Array)
                {
                    foreach (JsonData item in value.Items)
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

        // Numbers are judged by their binary64 value (runtime/SPEC.md §10): 2.0 and 1e20 are integers, 1e400
        // (infinity) is not even a number.
        private static bool Is(JsonData value, JsonKind kind)
        {
            double? number = value.AsDouble();
            switch (kind)
            {
                case JsonKind.String: return value.Type == JsonType.String;
                case JsonKind.Integer: return number.HasValue && !double.IsInfinity(number.Value) && number.Value == Math.Floor(number.Value);
                case JsonKind.Number: return number.HasValue && !double.IsInfinity(number.Value);
                case JsonKind.Boolean: return value.Type == JsonType.Boolean;
                case JsonKind.Array: return value.Type == JsonType.Array;
                case JsonKind.Object: return value.Type == JsonType.Object;
                default: return false;
            }
        }
    }
}
