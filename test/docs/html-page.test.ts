// generated/docs/index.html: it holds every code of the catalog, its search is src/search.ts's, and in a
// headless Chromium (Debian's, driven by playwright-core; no browser is downloaded) it finds, filters and
// links codes without a request leaving the page or an error on the console.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Catalog } from "../../scripts/catalog/model.js";
import { searchScript, type PageData } from "../../scripts/emit/html.js";
import { matchTerms, searchTerms } from "../../src/search.js";
import { ROOT } from "../support/fixtures.js";

const PAGE = join(ROOT, "generated", "docs", "index.html");
const OUT = join(ROOT, "test-results", "docs-page");
// CHROMIUM_PATH only to check the missing-browser paths; the test uses Debian's /usr/bin/chromium.
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const catalog = JSON.parse(readFileSync(join(ROOT, "generated", "catalog.json"), "utf8")) as Catalog;
const html = readFileSync(PAGE, "utf8");

/** Every code of the catalog, flattened, with its permalink id. */
const codes = catalog.families.flatMap((f) => f.codes.map((c) => ({ ...c, family: f.name, role: f.role, id: `${f.name}.${c.name}` })));
type Flat = (typeof codes)[number];
const idsWhere = (test: (c: Flat) => boolean) =>
  codes
    .filter(test)
    .map((c) => c.id)
    .sort();
const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
const namesOf = (c: Flat) => [c.name, ...(c.aliases ?? []), ...(c.legacyNames ?? []).map((l) => l.name)];
/** A value or an HTTP status, as a search for that number finds it. */
const byNumber = (n: number) => idsWhere((c) => c.value === n || c.httpStatus === n);

function embedded(): PageData {
  const json = /<script type="application\/json" id="data">([\s\S]*?)<\/script>/.exec(html)?.[1];
  expect(json).toBeDefined();
  return JSON.parse(json!) as PageData;
}

describe("the HTML reference page", () => {
  it("embeds every code of the catalog and renders a card with a permalink for each", () => {
    const data = embedded();
    expect(data.codes.map((c) => c.id).sort()).toEqual(codes.map((c) => c.id).sort());
    for (const c of codes) expect(html).toContain(`<article class="card" id="${c.id}"`);
    expect(html.match(/<article class="card"/g)).toHaveLength(codes.length);
    // The data block ends at its own </script>: "</" inside it is written "<\/".
    const start = html.indexOf('<script type="application/json" id="data">');
    expect(html.slice(start).indexOf("</")).toBe(html.slice(start).indexOf("</script>"));
    expect(html).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//);
  });

  it("searches as src/search.ts does", async () => {
    const data = embedded();
    expect(html).toContain(await searchScript());
    const keysOf = (c: Flat) => [...namesOf(c), ...(typeof c.value === "number" ? [c.value, String(c.value)] : [])];
    for (const c of data.codes) {
      const code = codes.find((x) => x.id === c.id)!;
      expect(c.terms, c.id).toEqual(searchTerms(code, keysOf(code)));
    }
    const sandbox: Record<string, unknown> = { DATA: data };
    runInNewContext(`${await searchScript()}; this.pageMatch = Search.matchTerms;`, sandbox);
    const pageMatch = sandbox.pageMatch as typeof matchTerms;
    const terms = data.codes.map((c) => c.terms);
    const queries = ["8199", "0x2007", "0X2007", "token expired", "Token-Expired", "leak", "429", "", "  ", "Сommon", "connection", "zzz", ...codes.map((c) => c.name)];
    for (const query of queries) expect(JSON.parse(JSON.stringify(pageMatch(query, terms))), query).toEqual(matchTerms(query, terms));
  });
});

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  if (process.env.CI === "true") {
    it(`finds Chromium at ${CHROMIUM} (CI=true)`, () => {
      throw new Error(`${CHROMIUM} is missing: run .ci/setup-toolchains (apt-get install -y chromium)`);
    });
  } else {
    console.warn(`test/docs/html-page.test.ts: SKIPPING the browser test, ${CHROMIUM} is missing (apt-get install -y chromium, or .ci/setup-toolchains)`);
  }
}

describe.skipIf(!haveChromium)("the HTML reference page in headless Chromium", () => {
  // playwright-core's types, loaded only when the browser test runs.
  type Playwright = typeof import("playwright-core");
  let browser: Awaited<ReturnType<Playwright["chromium"]["launch"]>>;
  let page: Awaited<ReturnType<typeof browser.newPage>>;
  const requests: string[] = [];
  const errors: string[] = [];
  const url = pathToFileURL(PAGE).href;

  beforeAll(async () => {
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("request", (r) => void requests.push(r.url()));
    page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
    page.on("pageerror", (e) => void errors.push(String(e)));
    await page.goto(url);
    mkdirSync(OUT, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const visible = async () => (await page.locator("article.card:not([hidden])").evaluateAll((els) => els.map((e) => e.id))).sort();
  const count = () => page.locator("#count").textContent();
  const search = async (text: string) => {
    await page.fill("#q", "");
    await page.locator("#q").pressSequentially(text);
  };

  it("shows every card before any search", async () => {
    expect(await visible()).toEqual(codes.map((c) => c.id).sort());
    expect(await count()).toBe(`${codes.length} codes`);
  });

  it("finds a value in decimal and in hex", async () => {
    const expected = byNumber(8199);
    expect(expected).toEqual(["OperationalError.TrafficLeak"]);
    await search("8199");
    expect(await visible()).toEqual(expected);
    expect(await count()).toBe("1 code");
    await search("0x2007");
    expect(await visible()).toEqual(expected);
    expect(await page.locator(`[id="OperationalError.TrafficLeak"] h2`).textContent()).toContain("8199 · 0x2007");
  });

  it("finds a name typed loosely", async () => {
    const expected = idsWhere((c) => namesOf(c).some((n) => fold(n) === "tokenexpired"));
    expect(expected).toContain("RestErrorCode.TOKEN_EXPIRED");
    await search("token expired");
    expect(await visible()).toEqual(expected);
  });

  it("finds words of the meaning", async () => {
    const expected = idsWhere((c) => /\bleak/i.test(c.description) || namesOf(c).some((n) => /leak/i.test(n)));
    expect(expected.length).toBeGreaterThan(0);
    await search("leak");
    expect(await visible()).toEqual(expected);
  });

  it("finds an HTTP status and the REST codes that use it, and lists those on the status's card", async () => {
    const expected = byNumber(429);
    const rest = codes.filter((c) => c.role === "rest-code" && c.httpStatus === 429);
    expect(rest.length).toBeGreaterThan(0);
    await search("429");
    expect(await visible()).toEqual(expected);
    expect(await count()).toBe(`${expected.length} codes`);
    const status = codes.find((c) => c.role === "http-status" && c.value === 429)!;
    const card = page.locator(`[id="${status.id}"]`);
    for (const r of rest) expect(await card.locator(`a[href="#${r.id}"]`).count()).toBe(1);
    await page.screenshot({ path: join(OUT, "search-429-laptop.png"), fullPage: false });
  });

  it("follows a permalink, even to a card the filters hide", async () => {
    await page.click(`[id="RestErrorCode.RATE_LIMITED"] h2 a`);
    expect(new URL(page.url()).hash).toBe("#RestErrorCode.RATE_LIMITED");
    await page.selectOption("#f-family", "HttpStatus");
    await search("");
    expect(await page.locator(`[id="OperationalError.TrafficLeak"]`).isHidden()).toBe(true);
    await page.goto(`${url}#OperationalError.TrafficLeak`);
    expect(await page.locator(`[id="OperationalError.TrafficLeak"]`).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.querySelector(":target")?.id)).toBe("OperationalError.TrafficLeak");
    // The sticky search bar does not cover the card it scrolled to.
    const [cardTop, barBottom] = await page.evaluate(() => [
      document.getElementById("OperationalError.TrafficLeak")!.getBoundingClientRect().top,
      document.querySelector(".controls")!.getBoundingClientRect().bottom,
    ]);
    expect(cardTop).toBeGreaterThanOrEqual(barBottom);
  });

  it("filters by family, group, HTTP status and retry strategy", async () => {
    await page.click("#reset");
    for (const family of catalog.families) {
      await page.selectOption("#f-family", family.name);
      expect(await visible()).toEqual(idsWhere((c) => c.family === family.name));
    }
    await page.selectOption("#f-family", "");
    await page.selectOption("#f-strategy", "backoff");
    expect(await visible()).toEqual(idsWhere((c) => c.retry.strategy === "backoff"));
    await page.selectOption("#f-status", "401");
    expect(await visible()).toEqual(idsWhere((c) => c.retry.strategy === "backoff" && (c.httpStatus ?? (c.role === "http-status" ? c.value : undefined)) === 401));
    await page.click("#reset");
    await page.selectOption("#f-group", "OperationalError/hydra");
    expect(await visible()).toEqual(idsWhere((c) => c.family === "OperationalError" && c.group === "hydra"));
    await page.click("#reset");
    expect(await visible()).toHaveLength(codes.length);
  });

  it("is keyboard-usable: / focuses the search, labels name every control", async () => {
    await page.locator("body").press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("q");
    const unlabelled = await page.evaluate(() =>
      Array.from(document.querySelectorAll("input, select"))
        .filter((e) => !document.querySelector(`label[for="${e.id}"]`))
        .map((e) => e.id),
    );
    expect(unlabelled).toEqual([]);
  });

  it("fits a phone's width", async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await search("leak");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: join(OUT, "search-leak-phone.png") });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.screenshot({ path: join(OUT, "search-leak-phone-dark.png") });
  });

  it("sent no request off the page and logged no error", () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((r) => !r.startsWith("file:"))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
