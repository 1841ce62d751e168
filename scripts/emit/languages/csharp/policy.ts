// generated/csharp/Defaults.cs: the catalog's policies as values of the runtime's policy types
// (runtime/csharp/src/DecisionPolicy.cs, EnvelopePolicy.cs), rendered from runtimePolicy(model), and the
// one-line entry points that use them. The runtime's partial classes take these members in.
import type { FieldCheck } from "../../../catalog/details-checks.js";
import type { Model } from "../../../catalog/model.js";
import { runtimePolicy } from "../../../catalog/runtime-policy.js";
import { escapeMarkup, file, pascalName } from "../shared/common.js";
import { detailsClass } from "./details.js";
import { csharp, csharpNamespace, csString } from "./profile.js";

const header = csharp.header("scripts/emit/languages/csharp/policy.ts");

/** A C# enum member from a policy word: "wait-for-window" -> RetryStrategy.WaitForWindow. */
const member = (type: string, word: string) => `${type}.${pascalName(word)}`;

/** A number as C# source: integers as they are, with L when beyond int. */
function long(value: number): string {
  if (!Number.isSafeInteger(value)) throw new Error(`the C# policy expects a whole number, not ${value}`);
  return Math.abs(value) > 2 ** 31 - 1 ? `${value}L` : String(value);
}

function field(f: FieldCheck): string {
  const args = [csString(f.name)];
  if (f.type) args.push(`type: ${member("JsonKind", f.type)}`);
  if (f.minimum !== undefined) args.push(`minimum: ${f.minimum}`);
  if (f.format) args.push(`format: ${member("StringFormat", f.format)}`);
  if (f.items) args.push(`items: ${member("JsonKind", f.items)}`);
  return `new DetailsField(${args.join(", ")})`;
}

export function defaultsFile(model: Model): string {
  const policy = runtimePolicy(model);
  const d = policy.decision;
  const e = policy.envelope;
  const rest = model.restFamily.name;
  const publisher = escapeMarkup(model.retryPolicy.source.publisher ?? model.retryPolicy.source.title);
  const hex = (n: number) =>
    `0x${n
      .toString(16)
      .toUpperCase()
      .padStart(n > 0xffff ? 5 : 4, "0")}`;
  return file([
    header,
    `namespace ${csharpNamespace(model)}`,
    "{",
    "    using System;",
    "    using System.Collections.Generic;",
    "",
    "    // The catalog's retry policy. The runtime's part of each class documents it.",
    "    public sealed partial class DecisionPolicy",
    "    {",
    `        /// <summary>${publisher}'s retry policy, from the catalog's retryPolicy and its HTTP statuses.</summary>`,
    "        public static DecisionPolicy Default { get; } = new DecisionPolicy(",
    `            initialDelayMs: ${long(d.initialDelayMs)},`,
    `            multiplier: ${d.multiplier},`,
    `            jitterMinMs: ${long(d.jitterMinMs)},`,
    `            jitterMaxMs: ${long(d.jitterMaxMs)},`,
    `            maxRetries: ${d.maxRetries},`,
    `            maxDelayMs: ${long(d.maxDelayMs)},`,
    `            retryAfterHeader: ${csString(d.retryAfterHeader)},`,
    `            resetHeader: ${csString(d.resetHeader)},`,
    `            maxWaitMs: ${long(d.maxWaitMs)},`,
    `            resetMillisecondsFrom: ${d.resetMillisecondsFrom === undefined ? "null" : long(d.resetMillisecondsFrom)},`,
    `            mostCautious: ${d.mostCautious},`,
    "            statuses: new[]",
    "            {",
    ...d.statuses.map((s) => `                new KeyValuePair<int, RetryStrategy>(${s.status}, ${member("RetryStrategy", s.strategy)}),`),
    "            },",
    "            codes: new CodeAdvice[]",
    "            {",
    ...d.codes.map(
      (c) => `                new CodeAdvice(${csString(c.wire)}, ${member("RetryStrategy", c.strategy)}, ${c.httpStatus ?? "null"}, ${c.reason === undefined ? "null" : csString(c.reason)}),`,
    ),
    "            },",
    `            failingStrategies: new RetryStrategy[] { ${policy.failingStrategies.map((s) => member("RetryStrategy", s)).join(", ")} });`,
    "    }",
    "",
    "    // The catalog's envelope.",
    "    public sealed partial class EnvelopePolicy",
    "    {",
    "        /// <summary>What generated/schema/api-response.schema.json checks beyond the envelope's core.</summary>",
    "        public static EnvelopePolicy Default { get; } = new EnvelopePolicy(",
    "            knownCodes: new string[]",
    "            {",
    ...d.codes.map((c) => `                ${csString(c.wire)},`),
    "            },",
    `            unknownCodePattern: ${csString(e.unknownCodePattern)},`,
    "            details: new DetailsShape[]",
    "            {",
    ...e.details.flatMap((shape) => [
      `                new DetailsShape(${csString(shape.code)}, new string[] { ${shape.required.map(csString).join(", ")} }, new DetailsField[]`,
      "                {",
      ...shape.fields.map((f) => `                    ${field(f)},`),
      "                }),",
    ]),
    "            },",
    `            dateTimePattern: ${csString(e.dateTimePattern)},`,
    `            uriSchemePattern: ${csString(e.uriSchemePattern)},`,
    `            uriForbidden: new int[] { ${e.uriForbidden.map(hex).join(", ")} },`,
    "            detailsTypes: new Dictionary<string, Func<JsonData, ErrorDetails>>",
    "            {",
    ...e.details.map((shape) => `                { ${csString(shape.code)}, raw => new ${detailsClass(shape.code)}(raw) },`),
    "            });",
    "    }",
    "",
    "    // The retry decision under the catalog's policy, when RetryOptions names none.",
    "    public static partial class Retries",
    "    {",
    "        static partial void PackagePolicy(ref DecisionPolicy policy)",
    "        {",
    "            policy = DecisionPolicy.Default;",
    "        }",
    "",
    '        /// <summary><see cref="BackoffMs(DecisionPolicy, int, Func{double})"/> under <see cref="DecisionPolicy.Default"/>.</summary>',
    "        public static long BackoffMs(int attempt, Func<double> random)",
    "        {",
    "            return BackoffMs(DecisionPolicy.Default, attempt, random);",
    "        }",
    "    }",
    "",
    "    // The envelope decoder under the catalog's envelope.",
    "    public static partial class ApiResponses",
    "    {",
    '        /// <summary><see cref="Decode(EnvelopePolicy, string)"/> under <see cref="EnvelopePolicy.Default"/>: details of a documented shape come as their class.</summary>',
    "        public static DecodedResponse Decode(string body)",
    "        {",
    "            return Decode(EnvelopePolicy.Default, body);",
    "        }",
    "    }",
    "",
    "    // The envelope decoder for HttpResponseMessage under the catalog's envelope, when the caller names none.",
    "    public static partial class HttpResponseMessageExtensions",
    "    {",
    "        static partial void PackageEnvelope(ref EnvelopePolicy policy)",
    "        {",
    "            policy = EnvelopePolicy.Default;",
    "        }",
    "    }",
    "",
    `    // An error code and the catalog's ${rest}.`,
    "    public sealed partial class ErrorCode",
    "    {",
    "        /// <summary>A known code.</summary>",
    `        public ErrorCode(${rest} code) : this(code.Code())`,
    "        {",
    "        }",
    "",
    "        /// <summary>The member, for a code the catalog knows; null otherwise.</summary>",
    `        public ${rest}? Known`,
    "        {",
    "            get",
    "            {",
    `                ${rest} member;`,
    `                return ${rest}s.TryFromCode(Value, out member) ? member : (${rest}?)null;`,
    "            }",
    "        }",
    "    }",
    "}",
  ]);
}
