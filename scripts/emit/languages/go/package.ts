// go.mod: the module every family package lives in.
import { file } from "../shared/common.js";
import type { Model } from "../../../catalog/model.js";
import { GO_VERSION, go, goModule } from "./profile.js";

export function goMod(model: Model): string {
  return file([go.header("scripts/emit/languages/go/package.ts"), `module ${goModule(model)}`, "", `go ${GO_VERSION}`]);
}
