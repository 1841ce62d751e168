import com.fasterxml.jackson.module.kotlin.jacksonObjectMapper
import io.github.vpnerrorcodes.jackson.VpnErrorCodesModule
import java.io.File

/**
 * The Jackson checks of AdapterChecks through jackson-module-kotlin's mapper, as a Kotlin app builds it:
 * KotlinModule and the adapter's module on one ObjectMapper.
 */
fun main(args: Array<String>) {
    val mapper = AdapterChecks.anySize(jacksonObjectMapper()).registerModule(VpnErrorCodesModule())
    AdapterChecks.run(AdapterChecks.JacksonMapper("kotlin-jackson", mapper), AdapterChecks.PLAIN.readTree(File(args[0]))) { println(it) }
}
