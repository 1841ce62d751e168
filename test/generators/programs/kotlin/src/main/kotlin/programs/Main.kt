// Decodes envelopes and an OperationalError with quicktype's Kotlin output (package quicktype, Jackson).
package programs

import com.fasterxml.jackson.module.kotlin.readValue
import java.io.File
import quicktype.APIResponse
import quicktype.OperationalError
import quicktype.RESTErrorCode
import quicktype.mapper

fun describe(path: String): String {
    val envelope = APIResponse.fromJson(File(path).readText())
    val error = envelope.error
    if (envelope.success || error == null) return "success"
    val details = error.details?.keys?.sorted()?.joinToString(",") ?: "-"
    // quicktype types error.code as a String; RESTErrorCode is a separate enum.
    val tokenExpired = error.code == RESTErrorCode.TokenExpired.value
    return "failure ${error.code} token-expired=$tokenExpired details=$details"
}

fun main(args: Array<String>) {
    args.dropLast(1).forEach { println(describe(it)) }
    // quicktype types an integer enum as Long (a typealias): there is no member name to print.
    val value = mapper.readValue<OperationalError>(File(args.last()).readText())
    println("operational $value -")
}
