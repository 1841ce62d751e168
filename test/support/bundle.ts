import { build } from "esbuild";
import { gzipSync } from "node:zlib";

/** Minified ESM bundle of `source`, resolved from `resolveDir` as a user's bundler would. */
export async function bundle(source: string, resolveDir: string): Promise<{ text: string; bytes: number; gzip: number }> {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    write: false,
    logLevel: "silent",
  });
  const text = result.outputFiles[0]!.text;
  return { text, bytes: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
}

/** The imports whose bundle size is budgeted and reported. */
export const SIZE_CASES = {
  "one enum (OperationalError)": `import { OperationalError } from "vpn-error-codes"; console.log(OperationalError.TrafficLeak);`,
  "one enum (HttpStatus)": `import { HttpStatus } from "vpn-error-codes"; console.log(HttpStatus.TooManyRequests);`,
  "isRetryable alone": `import { isRetryable } from "vpn-error-codes"; console.log(isRetryable(8199));`,
  "one family's lookup": `import { operationalErrorByValue } from "vpn-error-codes/operational-error"; console.log(operationalErrorByValue(8199));`,
  everything: `import * as all from "vpn-error-codes"; console.log(all);`,
} as const;
