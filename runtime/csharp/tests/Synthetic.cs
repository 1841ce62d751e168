// Small invented policies for the runtime's tests: no status, code, header or number here is the catalog's.
namespace VpnErrorCodes.Tests
{
    using System;
    using System.Collections.Generic;
    using System.Globalization;

    internal static class Synthetic
    {
        internal const string WaitHeader = "X-Test-Wait";
        internal const string WindowEndHeader = "X-Test-Window-End";

        // Statuses and the strategy the synthetic policy gives each.
        internal const int WindowStatus = 418;
        internal const int FlakyStatus = 599;
        internal const int RefreshStatus = 451;
        internal const int FinalStatus = 420;
        internal const int TunnelStatus = 555;
        internal const int UnlistedStatus = 499;
        internal const int SuccessStatus = 250;

        internal const string LimitCode = "SYNTHETIC_LIMIT";
        internal const string ExpiredCode = "SYNTHETIC_EXPIRED";
        internal const string FinalCode = "SYNTHETIC_FINAL";
        internal const string FloatingCode = "SYNTHETIC_FLOATING";
        internal const string DetailedCode = "SYNTHETIC_DETAILED";
        internal const string FinalReason = "the synthetic code never succeeds";

        internal static readonly DateTime Epoch = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        // 2026-01-01T00:00:00Z.
        internal static readonly long Now = (long)(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) - Epoch).TotalMilliseconds;

        // From this up a window end is milliseconds.
        internal const long MillisecondsFrom = 10000000000L;

        /// <summary>
        /// Backoff 100 ms × 3^(attempt − 1) plus 10–50 ms of jitter, at most 1,000 ms, three retries, waits
        /// of up to 60 s.
        /// </summary>
        internal static DecisionPolicy Decision(bool mostCautious = true, long maxDelayMs = 1000, double multiplier = 3, long? millisecondsFrom = MillisecondsFrom)
        {
            return new DecisionPolicy(
                initialDelayMs: 100,
                multiplier: multiplier,
                jitterMinMs: 10,
                jitterMaxMs: 50,
                maxRetries: 3,
                maxDelayMs: maxDelayMs,
                retryAfterHeader: WaitHeader,
                resetHeader: WindowEndHeader,
                maxWaitMs: 60 * 1000,
                resetMillisecondsFrom: millisecondsFrom,
                mostCautious: mostCautious,
                statuses: new Dictionary<int, RetryStrategy>
                {
                    { WindowStatus, RetryStrategy.WaitForWindow },
                    { FlakyStatus, RetryStrategy.Backoff },
                    { RefreshStatus, RetryStrategy.RefreshCredentials },
                    { FinalStatus, RetryStrategy.NoRetry },
                    { TunnelStatus, RetryStrategy.ReconnectTunnel },
                },
                codes: new[]
                {
                    new CodeAdvice(LimitCode, RetryStrategy.WaitForWindow, WindowStatus),
                    new CodeAdvice(ExpiredCode, RetryStrategy.RefreshCredentials, RefreshStatus),
                    new CodeAdvice(FinalCode, RetryStrategy.NoRetry, FinalStatus, FinalReason),
                    new CodeAdvice(FloatingCode, RetryStrategy.Backoff, null),
                },
                failingStrategies: new[] { RetryStrategy.NoRetry, RetryStrategy.NotApplicable, RetryStrategy.ReconnectTunnel });
        }

        internal const string DateTimePattern = "([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\\.[0-9]+)?(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))";

        /// <summary>Two known codes, one with details; unknown codes look like SYN_WORD.</summary>
        internal static EnvelopePolicy Envelope()
        {
            return new EnvelopePolicy(
                knownCodes: new[] { LimitCode, DetailedCode },
                unknownCodePattern: "^SYN_[A-Z]+$",
                details: new[]
                {
                    new DetailsShape(DetailedCode, new[] { "count", "when" }, new[]
                    {
                        new DetailsField("count", type: JsonKind.Integer, minimum: 0),
                        new DetailsField("when", type: JsonKind.String, format: StringFormat.DateTime),
                        new DetailsField("link", type: JsonKind.String, format: StringFormat.Uri),
                        new DetailsField("tags", type: JsonKind.Array, items: JsonKind.String),
                        new DetailsField("ratio", type: JsonKind.Number),
                        new DetailsField("anything"),
                    }),
                },
                dateTimePattern: DateTimePattern,
                uriSchemePattern: "[A-Za-z][A-Za-z0-9+.-]*",
                uriForbidden: new[] { 0x20, 0x3C, 0x3E, 0xA0, 0x1F600 },
                detailsTypes: new Dictionary<string, Func<JsonData, ErrorDetails>> { { DetailedCode, raw => new DetailedDetails(raw) } });
        }

        /// <summary>The detailed code's details, as the package renders a class for each documented shape.</summary>
        internal sealed class DetailedDetails : ErrorDetails
        {
            internal DetailedDetails(JsonData raw)
                : base(raw)
            {
                Count = Integer("count");
                When = Moment("when");
                Link = Text("link");
            }

            internal System.Numerics.BigInteger? Count { get; }

            internal DateTimeOffset? When { get; }

            internal string Link { get; }
        }

        internal static IEnumerable<KeyValuePair<string, IEnumerable<string>>> Headers(params string[] nameValuePairs)
        {
            var headers = new List<KeyValuePair<string, IEnumerable<string>>>();
            for (int i = 0; i + 1 < nameValuePairs.Length; i += 2)
            {
                headers.Add(new KeyValuePair<string, IEnumerable<string>>(nameValuePairs[i], new[] { nameValuePairs[i + 1] }));
            }
            return headers;
        }

        internal static string ErrorBody(string code)
        {
            return "{\"success\":false,\"error\":{\"code\":\"" + code + "\",\"message\":\"m\"}}";
        }

        internal static string Imf(long ms)
        {
            return Epoch.AddMilliseconds(ms).ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture);
        }

        internal static string Seconds(long ms)
        {
            return (ms / 1000).ToString(CultureInfo.InvariantCulture);
        }
    }
}
