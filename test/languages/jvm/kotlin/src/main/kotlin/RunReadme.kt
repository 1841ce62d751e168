// Runs the README's example (readmeExample, which jvm.test.ts writes from generated/kotlin/README.md) on one
// response, so that the example is run and not only compiled.
// Usage: java RunReadmeKt <status> <body>
fun main(args: Array<String>) {
    readmeExample(args[0].toInt(), emptyMap(), args[1], 1, false)
}
