import { fileURLToPath } from "node:url";

/** The repository root (this file is bench/lib/paths.ts). */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
