// Every key a family's lookups accept, each with the member it finds: values, identifiers, aliases and older
// wire names, the priority between them applied when the keys were rendered (issue 20). Unknown or null
// keys find nothing; a lookup never throws.
namespace VpnErrorCodes
{
    using System;
    using System.Collections.Generic;
    using System.Globalization;
    using System.Threading;

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
        /// <summary>A match, as a family's lookup class makes one.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
        public CodeMatch(T member, MatchedBy matchedBy, CodeFacts facts)
        {
            if (facts == null) throw new ArgumentNullException("facts");
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

    /// <summary>
    /// One family's facts by member position and its text keys, each finding a position; each family's
    /// lookup class holds one and turns positions into its members (a value finds its member by the enum's
    /// own number). Not generic, so that a cold start compiles its dictionary once for every family.
    /// </summary>
    public sealed class CodeIndex
    {
        private readonly CodeFacts[] facts;
        private readonly Func<int, CodeFacts> describe;

        // A text key's position times four plus its MatchedBy: one dictionary of ints rather than two.
        private readonly Dictionary<string, int> byText = new Dictionary<string, int>(StringComparer.Ordinal);

        private volatile Action<CodeIndex> addKeys;

        /// <summary>
        /// An index of <paramref name="count"/> members whose facts <paramref name="describe"/> makes from a
        /// position, each when first asked for, and whose text keys <paramref name="keys"/> adds when a text is
        /// first looked up: a first lookup by value makes one member's facts and no key table.
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="describe"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
        public CodeIndex(int count, Func<int, CodeFacts> describe, Action<CodeIndex> keys = null)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count");
            if (describe == null) throw new ArgumentNullException("describe");
            facts = new CodeFacts[count];
            this.describe = describe;
            addKeys = keys;
        }

        /// <summary>How many members the family has.</summary>
        public int Count
        {
            get { return facts.Length; }
        }

        /// <summary>The facts of the member at <paramref name="position"/>; null outside the family.</summary>
        public CodeFacts this[int position]
        {
            get
            {
                if (position < 0 || position >= facts.Length) return null;
                CodeFacts made = facts[position];
                if (made != null) return made;
                made = describe(position);
                if (made == null) throw new InvalidOperationException("no facts for position " + position.ToString(CultureInfo.InvariantCulture));
                // Two threads may make the same facts at once; every caller gets the one that was stored first.
                return Interlocked.CompareExchange(ref facts[position], made, null) ?? made;
            }
        }

        /// <summary>A text key of the member at <paramref name="position"/>; the first key given for a text wins.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is outside the family.</exception>
        public CodeIndex Key(string key, MatchedBy matchedBy, int position)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (position < 0 || position >= facts.Length) throw new ArgumentOutOfRangeException("position");
            if (matchedBy < MatchedBy.Name || matchedBy > MatchedBy.Value) throw new ArgumentOutOfRangeException("matchedBy");
            if (!byText.ContainsKey(key)) byText.Add(key, position * 4 + (int)matchedBy);
            return this;
        }

        /// <summary>The position a text key finds, and how; false for an unknown or null key.</summary>
        public bool TryFind(string key, out int position, out MatchedBy matchedBy)
        {
            int entry = 0;
            AddKeys();
            bool found = key != null && byText.TryGetValue(key, out entry);
            position = found ? entry / 4 : -1;
            matchedBy = found ? (MatchedBy)(entry % 4) : MatchedBy.Name;
            return found;
        }

        // The keys, once, before the first text is looked up; the lock makes a second thread wait for them.
        private void AddKeys()
        {
            if (addKeys == null) return;
            lock (byText)
            {
                Action<CodeIndex> keys = addKeys;
                if (keys == null) return;
                keys(this);
                addKeys = null;
            }
        }
    }
}
