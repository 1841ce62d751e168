// Copied from runtime/csharp/src/HttpResponseMessageExtensions.cs by npm run build: edit that file, not this copy.
// The decision and the decoder for System.Net.Http's types. A class of their own, so that a caller who passes
// strings never loads System.Net.Http: resolving a call reads every overload's signature.
namespace VpnErrorCodes
{
    using System;
    using System.Net;
    using System.Net.Http;
    using System.Net.Http.Headers;
    using System.Threading;
    using System.Threading.Tasks;

    /// <summary><c>await response.AdviseRetryAsync()</c> and <c>await response.DecodeApiResponseAsync()</c> for a <see cref="System.Net.Http.HttpResponseMessage"/>.</summary>
    public static partial class HttpResponseMessageExtensions
    {
        /// <summary>
        /// What to do about a response that was not a success: reads its status, its headers and its
        /// content's, and its body (at most 1 MiB; a body that cannot be read counts as none). Only
        /// cancellation throws.
        /// </summary>
        /// <param name="response">The response.</param>
        /// <param name="options">The attempt, the token's state, the clock, the random source and the policy; null for the defaults.</param>
        /// <param name="cancellationToken">Stops reading the body.</param>
        /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
        /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
        public static async Task<RetryDecision> AdviseRetryAsync(this HttpResponseMessage response, RetryOptions options = null, CancellationToken cancellationToken = default(CancellationToken))
        {
            if (response == null) throw new ArgumentNullException("response");
            DecisionPolicy policy = Retries.PolicyOf(options);
            int status = (int)response.StatusCode;
            // A success is decided without its body, which stays the caller's to read.
            string body = status >= 200 && status < 300 ? null : await HttpBodies.ReadAsync(response.Content, cancellationToken).ConfigureAwait(false);
            return Retries.Advise(policy, status, HttpBodies.Headers(response), body, options);
        }

        /// <summary>What to do about a response given by its parts, as <see cref="HttpResponseMessage"/> has them.</summary>
        /// <param name="status">The HTTP status.</param>
        /// <param name="headers">The response's headers.</param>
        /// <param name="body">The response text, or null when there is none.</param>
        /// <param name="options">The attempt, the token's state, the clock, the random source and the policy; null for the defaults.</param>
        public static RetryDecision AdviseRetry(this HttpStatusCode status, HttpResponseHeaders headers, string body, RetryOptions options = null)
        {
            return Retries.Advise(Retries.PolicyOf(options), (int)status, headers, body, options);
        }

        /// <summary>The body of <paramref name="response"/> (at most 1 MiB, as UTF-8) as the envelope, with its status. Only cancellation throws.</summary>
        /// <param name="response">The response.</param>
        /// <param name="policy">What to check beyond the envelope's core; null for the package's.</param>
        /// <param name="cancellationToken">Stops reading the body.</param>
        /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
        /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
        public static async Task<DecodedResponse> DecodeApiResponseAsync(this HttpResponseMessage response, EnvelopePolicy policy = null, CancellationToken cancellationToken = default(CancellationToken))
        {
            if (response == null) throw new ArgumentNullException("response");
            if (policy == null) PackageEnvelope(ref policy);
            if (policy == null) throw new ArgumentNullException("policy", "no policy: pass an EnvelopePolicy");
            string body = await HttpBodies.ReadAsync(response.Content, cancellationToken).ConfigureAwait(false);
            return ApiResponses.Read(policy, body).WithStatus((int)response.StatusCode);
        }

        // The package's envelope, which the generated part supplies; the runtime alone has none.
        static partial void PackageEnvelope(ref EnvelopePolicy policy);
    }
}
