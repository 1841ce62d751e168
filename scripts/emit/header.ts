/** The line every generated file starts with (inside the target's comment syntax): where it comes from and which emitter wrote it. */
export function generatedBy(emitter: string): string {
  return `Generated from catalog/*.yaml by ${emitter} (npm run build); do not edit.`;
}
