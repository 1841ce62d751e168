// Copied from runtime/java/src/main/java/io/github/vpnerrorcodes/CodeIndex.java by npm run build: edit that file, not this copy.
package io.github.vpnerrorcodes;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every key a family's lookups accept, each with the member it finds: values, identifiers, aliases and older
 * wire names, the priority between them already applied when the keys were rendered. Unknown or null keys
 * find nothing; a lookup never throws.
 *
 * @param <E> the family's enum
 */
public final class CodeIndex<E extends Enum<E> & CatalogCode> {
    /** How a key found its member. */
    public enum MatchedBy {
        /** The member's identifier (in a name family, also its value). */
        NAME("name"),
        /** An alias: a corrected spelling or another name the vendor uses. */
        ALIAS("alias"),
        /** A name the code travelled under in an older release. */
        LEGACY_NAME("legacyName"),
        /** The member's value, or its decimal text. */
        VALUE("value");

        private final String wire;

        MatchedBy(String wire) {
            this.wire = wire;
        }

        /**
         * The kind as every package spells it.
         *
         * @return the word
         */
        public String wire() {
            return wire;
        }
    }

    /**
     * A member and how the key found it.
     *
     * @param <E> the family's enum
     */
    public static final class Match<E extends Enum<E> & CatalogCode> {
        private final E member;
        private final MatchedBy matchedBy;

        Match(E member, MatchedBy matchedBy) {
            this.member = member;
            this.matchedBy = matchedBy;
        }

        /**
         * The member the key found.
         *
         * @return the member
         */
        public E member() {
            return member;
        }

        /**
         * How the key found it.
         *
         * @return the kind of key
         */
        public MatchedBy matchedBy() {
            return matchedBy;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Match && ((Match<?>) other).member == member && ((Match<?>) other).matchedBy == matchedBy;
        }

        @Override
        public int hashCode() {
            return Objects.hash(member, matchedBy);
        }

        @Override
        public String toString() {
            return member.name() + " by " + matchedBy.wire();
        }
    }

    private final Map<String, Match<E>> byText;
    private final Map<Long, Match<E>> byNumber;

    private CodeIndex(Map<String, Match<E>> byText, Map<Long, Match<E>> byNumber) {
        this.byText = byText;
        this.byNumber = byNumber;
    }

    /**
     * An empty builder.
     *
     * @param <E> the family's enum
     * @return the builder
     */
    public static <E extends Enum<E> & CatalogCode> Builder<E> builder() {
        return new Builder<>();
    }

    /**
     * The member a text key names.
     *
     * @param key an identifier, alias, older wire name, or (in an integer family) a value's decimal text
     * @return the match, or empty for an unknown or null key
     */
    public Optional<Match<E>> find(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(byText.get(key));
    }

    /**
     * The member with this value, in an integer family.
     *
     * @param value the value as it travels
     * @return the match, or empty
     */
    public Optional<Match<E>> find(long value) {
        return Optional.ofNullable(byNumber.get(value));
    }

    // The member-only lookups below are written without Optional.map and method references: a lookup is
    // often a process's first call, and the first lambda starts the JVM's invokedynamic machinery.

    /**
     * The member a text key names.
     *
     * @param key an identifier, alias, older wire name, or (in an integer family) a value's decimal text
     * @return the member, or empty for an unknown or null key
     */
    public Optional<E> member(String key) {
        Match<E> match = key == null ? null : byText.get(key);
        return match == null ? Optional.empty() : Optional.of(match.member);
    }

    /**
     * The member with this value, in an integer family.
     *
     * @param value the value as it travels
     * @return the member, or empty
     */
    public Optional<E> member(long value) {
        Match<E> match = byNumber.get(value);
        return match == null ? Optional.empty() : Optional.of(match.member);
    }

    /**
     * The member a name names: an identifier, alias or older wire name, not a value's decimal text.
     *
     * @param name the name
     * @return the member, or empty for an unknown or null name
     */
    public Optional<E> named(String name) {
        Match<E> match = name == null ? null : byText.get(name);
        return match == null || match.matchedBy == MatchedBy.VALUE ? Optional.empty() : Optional.of(match.member);
    }

    /**
     * Collects the keys of one family; the first key given for a text or number wins.
     *
     * @param <E> the family's enum
     */
    public static final class Builder<E extends Enum<E> & CatalogCode> {
        private final Map<String, Match<E>> byText = new HashMap<>();
        private final Map<Long, Match<E>> byNumber = new HashMap<>();

        private Builder() {}

        /**
         * A text key.
         *
         * @param key the key
         * @param matchedBy what kind of key it is
         * @param member the member it finds
         * @return this builder
         * @throws NullPointerException when an argument is null
         */
        public Builder<E> key(String key, MatchedBy matchedBy, E member) {
            byText.putIfAbsent(Objects.requireNonNull(key, "key"), new Match<>(Objects.requireNonNull(member, "member"), Objects.requireNonNull(matchedBy, "matchedBy")));
            return this;
        }

        /**
         * A number key: an integer family's value.
         *
         * @param value the value
         * @param member the member it finds
         * @return this builder
         * @throws NullPointerException when member is null
         */
        public Builder<E> value(long value, E member) {
            byNumber.putIfAbsent(value, new Match<>(Objects.requireNonNull(member, "member"), MatchedBy.VALUE));
            return this;
        }

        /**
         * The index.
         *
         * @return the index
         */
        public CodeIndex<E> build() {
            return new CodeIndex<>(Map.copyOf(byText), Map.copyOf(byNumber));
        }
    }
}
