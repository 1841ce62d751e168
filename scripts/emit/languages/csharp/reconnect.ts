// generated/csharp/ReconnectDefaults.cs: the catalog's reconnect policy as a value of the runtime's
// ReconnectPolicy (runtime/csharp/src/ReconnectPolicy.cs), each SDK code's class from reconnectFacts(model),
// and the typed entry points that use it. Nothing here decides: runtime/csharp/src/Reconnects.cs does.
import type { Model } from "../../../catalog/model.js";
import { reconnectFacts } from "../../../catalog/reconnect-classes.js";
import { escapeMarkup, file, pascalName } from "../shared/common.js";
import { lookupClass } from "./enum.js";
import { csharp, csharpNamespace, csString } from "./profile.js";

const header = csharp.header("scripts/emit/languages/csharp/reconnect.ts");

/** A whole number of milliseconds as a TimeSpan. */
function span(ms: number): string {
  if (!Number.isSafeInteger(ms)) throw new Error(`the C# reconnect policy expects whole milliseconds, not ${ms}`);
  return `TimeSpan.FromMilliseconds(${ms})`;
}

/** undefined when the catalog has no reconnect policy: the runtime then answers every call with a stop. */
export function reconnectFile(model: Model): string | undefined {
  const facts = reconnectFacts(model);
  if (!facts) return undefined;
  const { backoff, window, flapping, source } = facts.policy;
  const publisher = escapeMarkup(source.publisher ?? source.title);
  const families = facts.families.map((f) => {
    const family = model.families.find((m) => m.name === f.family);
    if (!family) throw new Error(`reconnectFacts names ${f.family}, which the model does not have`);
    return { ...f, lookups: lookupClass(family) };
  });
  return file([
    header,
    `namespace ${csharpNamespace(model)}`,
    "{",
    "    using System;",
    "",
    "    // The catalog's reconnect policy. The runtime's part of the class documents it.",
    "    public sealed partial class ReconnectPolicy",
    "    {",
    `        /// <summary>${publisher}'s SDK reconnect policy, from the catalog's reconnectPolicy and each SDK code's retry advice.</summary>`,
    "        public static ReconnectPolicy Default { get; } = new ReconnectPolicy(",
    `            initialDelay: ${span(backoff.initialDelayMs)},`,
    `            multiplier: ${backoff.multiplier},`,
    `            maxDelay: ${span(backoff.maxDelayMs)},`,
    `            jitterRatio: ${backoff.jitterRatio},`,
    `            window: ${span(window.durationMs)},`,
    `            maxReconnects: ${window.maxReconnects},`,
    `            flappingWithin: ${span(flapping.withinMs)},`,
    `            flappingTimes: ${flapping.times},`,
    "            families: new[]",
    "            {",
    ...families.flatMap((f) => [
      `                ReconnectFamily.Of<${f.family}>(${csString(f.family)}, ${f.lookups}.Lookup, ${f.lookups}.Identifier, new[]`,
      "                {",
      ...f.codes.map((c) => `                    new ReconnectCode(${csString(c.name)}, ReconnectClass.${pascalName(c.class)}${c.class === "stop" ? `, ${csString(c.reason)}` : ""}),`),
      "                }),",
    ]),
    "            });",
    "    }",
    "",
    "    // The reconnect decision under the catalog's policy, when ReconnectOptions names none.",
    "    public static partial class Reconnects",
    "    {",
    "        static partial void PackagePolicy(ref ReconnectPolicy policy)",
    "        {",
    "            policy = ReconnectPolicy.Default;",
    "        }",
    ...families.flatMap((f) => [
      "",
      `        /// <summary>What to do about <paramref name="code"/>, an error of the SDK's ${f.family}, given the history.</summary>`,
      '        /// <param name="code">The error.</param>',
      '        /// <param name="history">What happened before; null for nothing.</param>',
      '        /// <param name="options">The policy, the clock and the random source; null for the defaults.</param>',
      `        public static ReconnectAdvice AdviseReconnect(${f.family} code, ReconnectHistory history = null, ReconnectOptions options = null)`,
      "        {",
      `            return AdviseReconnect(${csString(f.family)}, code.Code(), history, options);`,
      "        }",
    ]),
    "    }",
    "",
    "    // An earlier error by its member.",
    "    public sealed partial class ReconnectError",
    "    {",
    ...families.flatMap((f, i) => [
      ...(i > 0 ? [""] : []),
      `        /// <summary>An earlier ${f.family}.</summary>`,
      '        /// <param name="at">When it was reported.</param>',
      '        /// <param name="code">The error.</param>',
      `        public ReconnectError(DateTimeOffset at, ${f.family} code) : this(at, ${csString(f.family)}, code.Code())`,
      "        {",
      "        }",
    ]),
    "    }",
    "}",
  ]);
}
