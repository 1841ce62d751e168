// The exceptions of DecodedResponse.EnsureSuccess, for code where exceptions are the norm: the API's error,
// with its code and typed details, or a body that is not the API's envelope.
namespace VpnErrorCodes
{
    using System;

    /// <summary>The API answered with its error envelope.</summary>
    public sealed class ApiException : Exception
    {
        /// <summary>An exception for the API's error.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
        public ApiException(int? status, ApiError error)
            : base(Describe(status, error))
        {
            Status = status;
            Error = error;
        }

        /// <summary>The HTTP status, when the response was decoded with it.</summary>
        public int? Status { get; }

        /// <summary>The error: its code, message and details.</summary>
        public ApiError Error { get; }

        /// <summary>The error's code; Known gives the catalog's member when there is one.</summary>
        public ErrorCode Code
        {
            get { return Error.Code; }
        }

        /// <summary>The error's details, typed for a code that documents them; null when there are none.</summary>
        public ErrorDetails Details
        {
            get { return Error.Details; }
        }

        private static string Describe(int? status, ApiError error)
        {
            if (error == null) throw new ArgumentNullException("error");
            return error.Code + (status.HasValue ? " (" + status.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")" : "") + ": " + error.Message;
        }
    }

    /// <summary>The body is not the API's envelope: HTML from a proxy, broken JSON or the wrong shape.</summary>
    public sealed class InvalidResponseException : Exception
    {
        /// <summary>An exception for a body that is not the envelope.</summary>
        public InvalidResponseException(int? status, string problem)
            : base(problem ?? "not the API's envelope")
        {
            Status = status;
            Problem = problem;
        }

        /// <summary>The HTTP status, when the response was decoded with it.</summary>
        public int? Status { get; }

        /// <summary>What was wrong with the body, in one line.</summary>
        public string Problem { get; }
    }
}
