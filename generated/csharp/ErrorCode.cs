// Copied from runtime/csharp/src/ErrorCode.cs by npm run build: edit that file, not this copy.
// The envelope's error.code, open to codes the catalog does not know (runtime/SPEC.md §9). The package
// adds Known, the catalog's member for a code it knows.
namespace VpnErrorCodes
{
    using System;

    /// <summary>
    /// The envelope's error.code: a code the catalog knows, or one it does not know yet, kept as its string
    /// so that a response with a newer code still decodes.
    /// </summary>
    public sealed partial class ErrorCode : IEquatable<ErrorCode>
    {
        /// <summary>Any code, known or not.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
        public ErrorCode(string value)
        {
            if (value == null) throw new ArgumentNullException("value");
            Value = value;
        }

        /// <summary>The code as it travels.</summary>
        public string Value { get; }

        /// <summary>Whether <paramref name="other"/> is the same code.</summary>
        public bool Equals(ErrorCode other)
        {
            return other != null && string.Equals(other.Value, Value, StringComparison.Ordinal);
        }

        /// <summary>Whether <paramref name="obj"/> is the same code.</summary>
        public override bool Equals(object obj)
        {
            return Equals(obj as ErrorCode);
        }

        /// <summary>The code's hash.</summary>
        public override int GetHashCode()
        {
            return StringComparer.Ordinal.GetHashCode(Value);
        }

        /// <summary>The code as it travels.</summary>
        public override string ToString()
        {
            return Value;
        }
    }
}
