// Copied from runtime/csharp/src/CodeFacts.cs by npm run build: edit that file, not this copy.
// What every code answers at run time, as the catalog states it (issue 20): its meaning, group, HTTP status,
// retry advice, action, stability and deprecation. Each family's lookup class renders one per member; the
// runtime itself knows no code.
namespace VpnErrorCodes
{
    using System;

    /// <summary>A code's retry advice: what a client does about it, and where that advice comes from.</summary>
    public sealed class RetryAdvice
    {
        /// <summary>The advice as the catalog states it.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="basis"/> or <paramref name="note"/> is null.</exception>
        public RetryAdvice(RetryStrategy strategy, string basis, string note, string @override = null)
        {
            if (basis == null) throw new ArgumentNullException("basis");
            if (note == null) throw new ArgumentNullException("note");
            Strategy = strategy;
            Basis = basis;
            Note = note;
            Override = @override;
        }

        /// <summary>What a client does: back off, wait for the window, refresh credentials, and so on.</summary>
        public RetryStrategy Strategy { get; }

        /// <summary>"documented" when the vendor's page says so, "inferred" when the catalog infers it.</summary>
        public string Basis { get; }

        /// <summary>Why, in a sentence or two.</summary>
        public string Note { get; }

        /// <summary>Why the code's advice departs from its HTTP status's rule; null when it does not.</summary>
        public string Override { get; }
    }

    /// <summary>Why a code is deprecated, and what replaces it.</summary>
    public sealed class Deprecation
    {
        /// <summary>A deprecation as the catalog states it.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="reason"/> or <paramref name="note"/> is null.</exception>
        public Deprecation(string reason, string replacement, string note)
        {
            if (reason == null) throw new ArgumentNullException("reason");
            if (note == null) throw new ArgumentNullException("note");
            Reason = reason;
            Replacement = replacement;
            Note = note;
        }

        /// <summary>"renamed" or "obsoleted".</summary>
        public string Reason { get; }

        /// <summary>The identifier that replaces the code; null when nothing does.</summary>
        public string Replacement { get; }

        /// <summary>What the catalog says about it.</summary>
        public string Note { get; }
    }

    /// <summary>One code's facts, as the catalog states them.</summary>
    public sealed class CodeFacts
    {
        /// <summary>A code's facts; the family's lookup class renders one per member.</summary>
        /// <exception cref="ArgumentNullException">A required argument is null.</exception>
        public CodeFacts(string family, string identifier, object value, string group, string description, int? httpStatus, bool retryable, RetryAdvice retryAdvice, string action, string stability, Deprecation deprecation)
        {
            if (family == null) throw new ArgumentNullException("family");
            if (identifier == null) throw new ArgumentNullException("identifier");
            if (value == null) throw new ArgumentNullException("value");
            if (group == null) throw new ArgumentNullException("group");
            if (description == null) throw new ArgumentNullException("description");
            if (retryAdvice == null) throw new ArgumentNullException("retryAdvice");
            if (stability == null) throw new ArgumentNullException("stability");
            Family = family;
            Identifier = identifier;
            Value = value;
            Group = group;
            Description = description;
            HttpStatus = httpStatus;
            IsRetryable = retryable;
            RetryAdvice = retryAdvice;
            Action = action;
            Stability = stability;
            Deprecation = deprecation;
        }

        /// <summary>The family's name, such as "OperationalError".</summary>
        public string Family { get; }

        /// <summary>The catalog's identifier, verbatim: the vendor's spelling, misspellings included.</summary>
        public string Identifier { get; }

        /// <summary>The value as it travels: an int in an integer family, a string in a name family.</summary>
        public object Value { get; }

        /// <summary>The id of the catalog group the code belongs to.</summary>
        public string Group { get; }

        /// <summary>What the code means.</summary>
        public string Description { get; }

        /// <summary>The HTTP status the code is documented with; null when it has none.</summary>
        public int? HttpStatus { get; }

        /// <summary>Whether a retry, after the step the advice names, can succeed.</summary>
        public bool IsRetryable { get; }

        /// <summary>The code's retry advice.</summary>
        public RetryAdvice RetryAdvice { get; }

        /// <summary>What a client or user should do about the code; null when the catalog names nothing.</summary>
        public string Action { get; }

        /// <summary>"stable" or "experimental".</summary>
        public string Stability { get; }

        /// <summary>Why the code is deprecated, and what replaces it; null for a code in use.</summary>
        public Deprecation Deprecation { get; }

        /// <summary>The family and the identifier: "Family.Identifier".</summary>
        public override string ToString()
        {
            return Family + "." + Identifier;
        }
    }
}
