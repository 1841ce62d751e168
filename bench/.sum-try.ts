import { summarize } from "./lib/cpuprofile.js";
import { readdirSync, statSync } from "node:fs";
const dir = process.argv[2]!;
const f = readdirSync(dir).map((n) => dir + "/" + n).sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
const s = summarize(f, "/work/main/");
console.log("total", s.totalMs.toFixed(0));
for (const p of s.places.slice(0, 12)) console.log(p.place.padEnd(50), p.selfMs.toFixed(0));
for (const p of s.functions.slice(0, 25)) console.log(p.name.padEnd(40), p.where.padEnd(70), p.selfMs.toFixed(0));
