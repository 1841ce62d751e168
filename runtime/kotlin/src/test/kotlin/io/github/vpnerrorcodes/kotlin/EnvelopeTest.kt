package io.github.vpnerrorcodes.kotlin

import io.github.vpnerrorcodes.JsonNumber
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertIs
import kotlin.test.assertNull

class EnvelopeTest {
    @Test
    fun givesEachKindAsItsCase() {
        val success = assertIs<Envelope.Success>(envelopePolicy.decode("""{"success":true,"data":{"id":1}}"""))
        assertEquals(1, (success.data as Map<*, *>)["id"].let { (it as JsonNumber).toInt() })
        assertEquals("""{"id":1}""", success.dataJson)
        assertNull(assertIs<Envelope.Success>(envelopePolicy.decode("""{"success":true,"data":null}""")).data)
        val failure = assertIs<Envelope.Failure>(envelopePolicy.decode(failure("SYNTHETIC_OTHER")))
        assertEquals("SYNTHETIC_OTHER", failure.error.code())
        assertEquals(failure.error, failure.errorOrNull)
        assertIs<Envelope.Invalid>(envelopePolicy.decode(null))
        assertIs<Envelope.Invalid>(envelopePolicy.decode("<html></html>"))
        assertIs<Envelope.Invalid>(envelopePolicy.decode(failure("SYNTHETIC_SHAPED", """{"count":"x"}""")))
        assertNull(envelopePolicy.decode("{}").errorOrNull)
    }

    @Test
    fun readsDetailsAsTheirCodesClassInOneStep() {
        val error = envelopePolicy.decode(failure("SYNTHETIC_SHAPED", """{"count":100000000000000000000,"extra":1}""")).errorOrNull!!
        assertEquals("100000000000000000000", error.detailsAs<Counted>()?.count?.toString())
        assertEquals(error.detailsAs<Counted>(), error.typedDetailsOrNull)
        assertEquals(JsonNumber::class, error.detailsOrNull!!["extra"]!!::class)
        assertNull(error.detailsAs<String>())
        assertNull(envelopePolicy.decode(failure("SYNTHETIC_OTHER", """{"count":"many"}""")).errorOrNull!!.typedDetailsOrNull)
        assertNull(envelopePolicy.decode(failure("SYNTHETIC_OTHER")).errorOrNull!!.detailsOrNull)
    }
}
