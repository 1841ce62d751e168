package io.github.vpnerrorcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenCodeTest {
    private enum Synthetic {
        KNOWN
    }

    @Test
    void keepsTheRawValueKnownOrNot() {
        OpenCode<Synthetic, Integer> known = new OpenCode<>(7, Synthetic.KNOWN);
        OpenCode<Synthetic, String> unknown = new OpenCode<>("LATER", null);
        assertEquals(Optional.of(Synthetic.KNOWN), known.known());
        assertTrue(known.isKnown());
        assertEquals(Integer.valueOf(7), known.raw());
        assertEquals(Optional.empty(), unknown.known());
        assertFalse(unknown.isKnown());
        assertEquals("LATER", unknown.toString());
        assertEquals("7", known.toString());
    }

    @Test
    void equalsAnotherWithTheSameRawValueAndMember() {
        assertEquals(new OpenCode<>(7, Synthetic.KNOWN), new OpenCode<>(7, Synthetic.KNOWN));
        assertEquals(new OpenCode<>(7, Synthetic.KNOWN).hashCode(), new OpenCode<>(7, Synthetic.KNOWN).hashCode());
        assertNotEquals(new OpenCode<>(7, Synthetic.KNOWN), new OpenCode<Synthetic, Integer>(7, null));
        assertNotEquals(new OpenCode<>(7, Synthetic.KNOWN), new OpenCode<>("7", Synthetic.KNOWN));
        assertThrows(NullPointerException.class, () -> new OpenCode<Synthetic, String>(null, null));
    }
}
