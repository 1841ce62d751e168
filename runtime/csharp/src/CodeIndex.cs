// Every key a family's lookups accept, each with the member it finds: values, identifiers, aliases and older
// wire names, the priority between them applied when the keys were rendered (issue 20). Unknown or null
// keys find nothing; a lookup never throws.
namespace VpnErrorCodes
{
    using System;
    using System.Collections.Generic;
    using System.Globalization;

    /// <summary>How a key found its member.</summary>
    public enum MatchedBy
    {
        /// <summary>The member's identifier (in a name family, also its value).</summary>
        Name,

        /// <summary>An alias: a corrected spelling or another name the vendor uses.</summary>
        Alias,

        /// <summary>A name the code travelled under in an older release.</summary>
        LegacyName,

        /// <summary>The member's value, or its decimal text.</summary>
        Value,
    }

    /// <summary>The words of <see cref="MatchedBy"/> as every package spells them.</summary>
    public static class MatchedByWords
    {
        /// <summary>"name", "alias", "legacyName" or "value"; an undefined value gives its number.</summary>
        public static string Wire(this MatchedBy value)
        {
            switch (value)
            {
                case MatchedBy.Name: return "name";
                case MatchedBy.Alias: return "alias";
                case MatchedBy.LegacyName: return "legacyName";
                case MatchedBy.Value: return "value";
                default: return ((int)value).ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    /// <summary>A member a key found, how it found it, and the member's facts.</summary>
    /// <typeparam name="T">The family's enum.</typeparam>
    public sealed class CodeMatch<T> where T : struct
    {
        internal CodeMatch(T member, MatchedBy matchedBy, CodeFacts facts)
        {
            Member = member;
            MatchedBy = matchedBy;
            Facts = facts;
        }

        /// <summary>The member the key found.</summary>
        public T Member { get; }

        /// <summary>How the key found it.</summary>
        public MatchedBy MatchedBy { get; }

        /// <summary>The member's meaning, group, HTTP status, retry advice, action, stability and deprecation.</summary>
        public CodeFacts Facts { get; }

        /// <summary>The identifier and how the key found it: "Identifier by value".</summary>
        public override string ToString()
        {
            return Facts.Identifier + " by " + MatchedBy.Wire();
        }
    }

    /// <summary>One family's keys and facts; each family's lookup class holds one.</summary>
    /// <typeparam name="T">The family's enum.</typeparam>
    public sealed class CodeIndex<T> where T : struct
    {
        private readonly Dictionary<T, CodeFacts> facts = new Dictionary<T, CodeFacts>();
        private readonly Dictionary<string, CodeMatch<T>> byText = new Dictionary<string, CodeMatch<T>>(StringComparer.Ordinal);
        private readonly Dictionary<long, CodeMatch<T>> byNumber = new Dictionary<long, CodeMatch<T>>();

        /// <summary>A member and its facts; each member once.</summary>
        /// <exception cref="ArgumentException">The member was added already.</exception>
        public CodeIndex<T> Member(T member, CodeFacts memberFacts)
        {
            if (memberFacts == null) throw new ArgumentNullException("memberFacts");
            facts.Add(member, memberFacts);
            return this;
        }

        /// <summary>A text key of a member added before; the first key given for a text wins.</summary>
        /// <exception cref="KeyNotFoundException">The member was not added.</exception>
        public CodeIndex<T> Key(string key, MatchedBy matchedBy, T member)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (!byText.ContainsKey(key)) byText.Add(key, new CodeMatch<T>(member, matchedBy, facts[member]));
            return this;
        }

        /// <summary>An integer family's value of a member added before.</summary>
        /// <exception cref="KeyNotFoundException">The member was not added.</exception>
        public CodeIndex<T> Key(long value, T member)
        {
            if (!byNumber.ContainsKey(value)) byNumber.Add(value, new CodeMatch<T>(member, MatchedBy.Value, facts[member]));
            return this;
        }

        /// <summary>The member a text key names; null for an unknown or null key.</summary>
        public CodeMatch<T> Find(string key)
        {
            CodeMatch<T> match;
            return key != null && byText.TryGetValue(key, out match) ? match : null;
        }

        /// <summary>The member with this value, in an integer family; null otherwise.</summary>
        public CodeMatch<T> Find(long value)
        {
            CodeMatch<T> match;
            return byNumber.TryGetValue(value, out match) ? match : null;
        }

        /// <summary>A member's facts; null for a number no member has (an enum can hold any).</summary>
        public CodeFacts FactsOf(T member)
        {
            CodeFacts found;
            return facts.TryGetValue(member, out found) ? found : null;
        }
    }
}
