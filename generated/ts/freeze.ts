// Copied from runtime/ts/freeze.ts by npm run build: edit that file, not this copy.
// Shared catalog data is frozen through and through, so that no caller can change another's answers.

/** Freezes `value` and everything reachable from it; returns it. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
