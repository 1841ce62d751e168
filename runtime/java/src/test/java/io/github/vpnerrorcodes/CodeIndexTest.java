package io.github.vpnerrorcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vpnerrorcodes.CodeIndex.MatchedBy;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CodeIndexTest {
    private enum Synthetic implements CatalogCode {
        FIRST(CodeFacts.of("First", "one", true, 42, "the first", "wait", "documented", "why", "over", "act", "stable",
                new Deprecation("renamed", "Second", "renamed later"))),
        SECOND(CodeFacts.of("Second", "two", false, CodeFacts.NO_HTTP_STATUS, "the second", "stop", "inferred", "why not", null, null,
                "experimental", null));

        private final CodeFacts facts;

        Synthetic(CodeFacts facts) {
            this.facts = facts;
        }

        @Override
        public CodeFacts facts() {
            return facts;
        }
    }

    private static final CodeIndex<Synthetic> INDEX = CodeIndex.<Synthetic>builder()
            .key("First", MatchedBy.NAME, Synthetic.FIRST)
            .key("Uno", MatchedBy.ALIAS, Synthetic.FIRST)
            .key("Uno", MatchedBy.LEGACY_NAME, Synthetic.SECOND)
            .key("7", MatchedBy.VALUE, Synthetic.SECOND)
            .value(7, Synthetic.SECOND)
            .build();

    @Test
    void findsEachKindOfKeyAndKeepsTheFirstClaim() {
        assertEquals(Optional.of(MatchedBy.NAME), INDEX.find("First").map(CodeIndex.Match::matchedBy));
        assertEquals(Optional.of(Synthetic.FIRST), INDEX.find("Uno").map(CodeIndex.Match::member));
        assertEquals(Optional.of(MatchedBy.ALIAS), INDEX.find("Uno").map(CodeIndex.Match::matchedBy));
        assertEquals(Optional.of(Synthetic.SECOND), INDEX.find(7).map(CodeIndex.Match::member));
        assertEquals(Optional.of(MatchedBy.VALUE), INDEX.find("7").map(CodeIndex.Match::matchedBy));
    }

    @Test
    void givesTheMemberAloneAndByNameNotByValue() {
        assertEquals(Optional.of(Synthetic.FIRST), INDEX.member("Uno"));
        assertEquals(Optional.of(Synthetic.SECOND), INDEX.member("7"));
        assertEquals(Optional.of(Synthetic.SECOND), INDEX.member(7));
        assertEquals(Optional.of(Synthetic.FIRST), INDEX.named("First"));
        assertEquals(Optional.empty(), INDEX.named("7"));
        for (String key : new String[] {null, "", "first", "__proto__"}) {
            assertEquals(Optional.empty(), INDEX.member(key), String.valueOf(key));
            assertEquals(Optional.empty(), INDEX.named(key), String.valueOf(key));
        }
        assertEquals(Optional.empty(), INDEX.member(-1));
    }

    @Test
    void findsNothingForUnknownOrNullKeys() {
        for (String key : new String[] {null, "", " ", "first", "7.0", "0x7", "__proto__", "constructor"}) {
            assertFalse(INDEX.find(key).isPresent(), String.valueOf(key));
        }
        assertFalse(INDEX.find(-1).isPresent());
        assertFalse(INDEX.find(Long.MAX_VALUE).isPresent());
    }

    @Test
    void answersEachFactFromTheMember() {
        assertEquals("First", Synthetic.FIRST.identifier());
        assertEquals("the first", Synthetic.FIRST.description());
        assertEquals("one", Synthetic.FIRST.group());
        assertEquals(OptionalInt.of(42), Synthetic.FIRST.httpStatus());
        assertEquals(OptionalInt.empty(), Synthetic.SECOND.httpStatus());
        assertTrue(Synthetic.FIRST.retryable());
        assertEquals("wait", Synthetic.FIRST.retryAdvice().strategy());
        assertEquals(new RetryAdvice("stop", "inferred", "why not", null), Synthetic.SECOND.retryAdvice());
        assertSame(Synthetic.FIRST.retryAdvice(), Synthetic.FIRST.retryAdvice());
        assertEquals(Optional.of("over"), Synthetic.FIRST.retryAdvice().override());
        assertEquals(Optional.empty(), Synthetic.SECOND.retryAdvice().override());
        assertEquals(Optional.of("act"), Synthetic.FIRST.action());
        assertEquals(Optional.empty(), Synthetic.SECOND.action());
        assertEquals("experimental", Synthetic.SECOND.stability());
        assertEquals(Optional.of("Second"), Synthetic.FIRST.deprecation().flatMap(Deprecation::replacement));
        assertEquals(Optional.empty(), Synthetic.SECOND.deprecation());
        assertEquals("wait (documented): why", Synthetic.FIRST.retryAdvice().toString());
    }
}
