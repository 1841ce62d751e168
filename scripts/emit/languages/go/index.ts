// generated/go: one package per family plus the quicktype envelope and catalog types; gofmt-clean,
// checked with go vet.
import type { Model } from "../../../catalog/model.js";
import { familyPackage } from "./enum.js";
import { apiPackage, catalogPackage, validateFile } from "./envelope.js";
import { goMod } from "./package.js";
import { goPackage } from "./profile.js";
import { readme } from "./readme.js";
import { policyFile, retryFile } from "./retry.js";

export async function emitGo(model: Model): Promise<Record<string, string>> {
  const files: Record<string, string> = {
    "go/README.md": readme(model),
    "go/go.mod": goMod(model),
    "go/api/validate.go": validateFile(model),
    "go/retry/policy.go": policyFile(model),
    "go/retry/retry.go": retryFile(model),
    "go/api/api.go": await apiPackage(model),
    "go/catalog/catalog.go": await catalogPackage(model),
  };
  for (const family of model.families) files[`go/${goPackage(family)}/${goPackage(family)}.go`] = familyPackage(family);
  return files;
}
