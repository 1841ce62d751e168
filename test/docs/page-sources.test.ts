// The HTML page's own script and styles are real files, runtime/html/page.js and page.css, that
// scripts/emit/html.ts inlines as they are. Their text must not close the element it sits in, and the
// script must cope with any permalink a visitor types (Chromium: Debian's, driven by playwright-core).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageSource } from "../../scripts/emit/html.js";
import { ROOT } from "../support/fixtures.js";

const PAGE = join(ROOT, "generated", "docs", "index.html");
const SOURCES = join(ROOT, "runtime", "html");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const html = readFileSync(PAGE, "utf8");

describe("the page's script and styles", () => {
  it("are inlined from runtime/html/ as they are, each inside its own element", () => {
    const css = readFileSync(join(SOURCES, "page.css"), "utf8");
    const js = readFileSync(join(SOURCES, "page.js"), "utf8");
    expect(html).toContain(`<style>\n${css}</style>`);
    expect(html).toContain(`${js}</script>`);
    expect(html.match(/<style>/g)).toHaveLength(1);
  });

  it("fail the build when they would close their element early, in any case", () => {
    expect(() => pageSource("page.js", 'const a = "</script>";')).toThrow(/runtime\/html\/page\.js: contains <\/script/);
    expect(() => pageSource("page.js", "// </SCRIPT")).toThrow(/page\.js/);
    expect(() => pageSource("page.css", "a::after{content:'</Style>'}")).toThrow(/runtime\/html\/page\.css: contains <\/style/);
    // The other element's closer is harmless: a stylesheet may mention </script.
    expect(pageSource("page.css", "/* </script> */")).toBe("/* </script> */");
  });
});

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI === "true") {
  it(`finds Chromium at ${CHROMIUM} (CI=true)`, () => {
    throw new Error(`${CHROMIUM} is missing: run .ci/setup-toolchains (apt-get install -y chromium)`);
  });
}

describe.skipIf(!haveChromium)("the page's script in headless Chromium", () => {
  type Playwright = typeof import("playwright-core");
  let browser: Awaited<ReturnType<Playwright["chromium"]["launch"]>>;

  beforeAll(async () => {
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  // A malformed escape, an element that is not a card, an empty fragment and an id no element has.
  for (const hash of ["#%E0%A4%A", "#q", "#", "#no-such-code"]) {
    it(`opens with the permalink ${JSON.stringify(hash)} without an error, every card shown`, async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => void errors.push(String(e)));
      page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
      await page.goto(`${pathToFileURL(PAGE).href}${hash}`);
      const cards = await page.locator("article.card").count();
      expect(cards).toBeGreaterThan(0);
      expect(await page.locator("article.card:not([hidden])").count()).toBe(cards);
      expect(await page.locator("#count").textContent()).toBe(`${cards} codes`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
