// Copied from runtime/csharp/src/ReconnectAdvice.cs by npm run build: edit that file, not this copy.
// The answer of Reconnects.AdviseReconnect: reconnect after a delay, wait for the network, or stop with a
// reason (runtime/SPEC.md §12).
namespace VpnErrorCodes
{
    using System;
    using System.Globalization;

    /// <summary>The three answers of a reconnect decision.</summary>
    public enum ReconnectAction
    {
        /// <summary>Reconnect the tunnel after <see cref="ReconnectAdvice.Delay"/>.</summary>
        Reconnect,

        /// <summary>The device has no network: reconnect once it is back.</summary>
        WaitForNetwork,

        /// <summary>Do not reconnect; tell the user.</summary>
        Stop,
    }

    /// <summary>What set a reconnect's delay.</summary>
    public enum ReconnectBasis
    {
        /// <summary>The source says to reconnect at once.</summary>
        Immediate,

        /// <summary>The policy's backoff.</summary>
        Backoff,
    }

    /// <summary>Why the advice is to stop.</summary>
    public enum ReconnectStopReason
    {
        /// <summary>A new tunnel would fail the same way.</summary>
        NotReconnectable,

        /// <summary>The same error came back soon after each of the last times the tunnel came up.</summary>
        Flapping,

        /// <summary>The window's reconnects are used up.</summary>
        WindowExhausted,

        /// <summary>The family does not know the code, or the family is not an SDK family.</summary>
        UnknownCode,

        /// <summary>A success code.</summary>
        NotAnError,
    }

    /// <summary>The words of a reconnect decision as they travel.</summary>
    public static class ReconnectWords
    {
        /// <summary>"reconnect", "wait-for-network" or "stop"; an undefined value gives its number.</summary>
        public static string Wire(this ReconnectAction value)
        {
            switch (value)
            {
                case ReconnectAction.Reconnect: return "reconnect";
                case ReconnectAction.WaitForNetwork: return "wait-for-network";
                case ReconnectAction.Stop: return "stop";
                default: return Number((int)value);
            }
        }

        /// <summary>"immediate" or "backoff"; an undefined value gives its number.</summary>
        public static string Wire(this ReconnectBasis value)
        {
            switch (value)
            {
                case ReconnectBasis.Immediate: return "immediate";
                case ReconnectBasis.Backoff: return "backoff";
                default: return Number((int)value);
            }
        }

        /// <summary>The reason as the vectors print it ("window-exhausted"); an undefined value gives its number.</summary>
        public static string Wire(this ReconnectStopReason value)
        {
            switch (value)
            {
                case ReconnectStopReason.NotReconnectable: return "not-reconnectable";
                case ReconnectStopReason.Flapping: return "flapping";
                case ReconnectStopReason.WindowExhausted: return "window-exhausted";
                case ReconnectStopReason.UnknownCode: return "unknown-code";
                case ReconnectStopReason.NotAnError: return "not-an-error";
                default: return Number((int)value);
            }
        }

        /// <summary>The class as the catalog's reconnect table spells it ("reconnect-now"); an undefined value gives its number.</summary>
        public static string Wire(this ReconnectClass value)
        {
            switch (value)
            {
                case ReconnectClass.Reconnect: return "reconnect";
                case ReconnectClass.ReconnectNow: return "reconnect-now";
                case ReconnectClass.WaitForNetwork: return "wait-for-network";
                case ReconnectClass.Stop: return "stop";
                case ReconnectClass.NotAnError: return "not-an-error";
                default: return Number((int)value);
            }
        }

        private static string Number(int value)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>What to do about an SDK error; ToString() gives it in one line, as the reconnect vectors print it.</summary>
    public sealed class ReconnectAdvice
    {
        private ReconnectAdvice(ReconnectAction action, long delayMs, ReconnectBasis? basis, ReconnectStopReason? reason, string detail)
        {
            Action = action;
            DelayMs = delayMs;
            Basis = basis;
            Reason = reason;
            Detail = detail;
        }

        /// <summary>Reconnect, wait for the network, or stop.</summary>
        public ReconnectAction Action { get; }

        /// <summary>How long to wait before reconnecting, in milliseconds; 0 unless Action is Reconnect.</summary>
        public long DelayMs { get; }

        /// <summary>How long to wait before reconnecting (<c>await Task.Delay(advice.Delay)</c>); zero unless Action is Reconnect; TimeSpan.MaxValue for a wait longer than a TimeSpan holds.</summary>
        public TimeSpan Delay
        {
            get { return RetryDecision.Span(DelayMs); }
        }

        /// <summary>What set the delay, for Reconnect; null otherwise.</summary>
        public ReconnectBasis? Basis { get; }

        /// <summary>Why to stop, for Stop; null otherwise.</summary>
        public ReconnectStopReason? Reason { get; }

        /// <summary>One sentence for logs or the user on a Stop; empty otherwise.</summary>
        public string Detail { get; }

        /// <summary>"reconnect 1750 backoff", "wait-for-network" or "stop flapping".</summary>
        public override string ToString()
        {
            switch (Action)
            {
                case ReconnectAction.Reconnect: return "reconnect " + DelayMs.ToString(CultureInfo.InvariantCulture) + " " + Basis.Value.Wire();
                case ReconnectAction.WaitForNetwork: return "wait-for-network";
                default: return "stop " + Reason.Value.Wire();
            }
        }

        internal static ReconnectAdvice Reconnect(long delayMs, ReconnectBasis basis)
        {
            return new ReconnectAdvice(ReconnectAction.Reconnect, delayMs, basis, null, "");
        }

        internal static ReconnectAdvice WaitForNetwork()
        {
            return new ReconnectAdvice(ReconnectAction.WaitForNetwork, 0, null, null, "");
        }

        internal static ReconnectAdvice Stop(ReconnectStopReason reason, string detail)
        {
            return new ReconnectAdvice(ReconnectAction.Stop, 0, null, reason, detail);
        }
    }
}
