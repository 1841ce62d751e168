// Kotlin's profile, the package, where its sources go, and the Kotlin version tested with. The Kotlin
// package renders nothing from the catalog: it is runtime/kotlin's idioms over the Java package, whose
// enums Kotlin code uses as Java spells them.
import type { Model } from "../../../catalog/model.js";
import type { Profile } from "../shared/common.js";
import { javaProfile, runtimePomProperty } from "../shared/jvm.js";

export const kotlin: Profile = { ...javaProfile, language: "Kotlin" };

/** The Kotlin package, from package.json's languagePackages. */
export const kotlinPackage = (model: Model) => model.package.languages.kotlin.package;

/** The package's folder in Maven's layout for Kotlin, under generated/kotlin and runtime/kotlin alike. */
export const kotlinDir = (model: Model) => `src/main/kotlin/${kotlinPackage(model).replace(/\./g, "/")}`;

/** The Kotlin that runtime/kotlin is built and tested with. */
export const kotlinVersion = () => runtimePomProperty("kotlin", "kotlin.version");
