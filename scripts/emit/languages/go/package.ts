// go.mod: the module every family package lives in.
import { file } from "../shared/common.js";
import { GO_MODULE, GO_VERSION, go } from "./profile.js";

export function goMod(): string {
  return file([go.header("scripts/emit/languages/go/package.ts"), `module ${GO_MODULE}`, "", `go ${GO_VERSION}`]);
}
