package io.github.vpnerrorcodes.kotlin

import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertIs
import kotlin.test.assertNull

class EnvelopeTest {
    /** A details class as the package's api classes are: bean properties. */
    class Counted {
        var count: Long = 0
    }

    @Test
    fun givesEachKindAsItsCase() {
        assertEquals(1, assertIs<Envelope.Success>(envelopePolicy.decode("""{"success":true,"data":{"id":1}}""")).data["id"].intValue())
        val failure = assertIs<Envelope.Failure>(envelopePolicy.decode(failure("SYNTHETIC_OTHER")))
        assertEquals("SYNTHETIC_OTHER", failure.error.code())
        assertEquals(failure.error, failure.errorOrNull)
        assertIs<Envelope.Invalid>(envelopePolicy.decode(null))
        assertIs<Envelope.Invalid>(envelopePolicy.decode("<html></html>"))
        assertIs<Envelope.Invalid>(envelopePolicy.decode(failure("SYNTHETIC_SHAPED", """{"count":"x"}""")))
        assertNull(envelopePolicy.decode("{}").errorOrNull)
    }

    @Test
    fun readsDetailsAsATypeNamedOnce() {
        val error = envelopePolicy.decode(failure("SYNTHETIC_SHAPED", """{"count":3}""")).errorOrNull!!
        assertEquals(3L, error.detailsAs<Counted>()?.count)
        assertNull(envelopePolicy.decode(failure("SYNTHETIC_OTHER", """{"count":"many"}""")).errorOrNull!!.detailsAs<Counted>())
        assertNull(envelopePolicy.decode(failure("SYNTHETIC_OTHER")).errorOrNull!!.detailsAs<Counted>())
    }
}
