// Renders a DeepNvm report page (index.html) in headless Chromium, as a reader would see it:
// screenshots the page and every chart, collects console errors and failed requests, and reports every
// pair of text boxes of a chart that overlap, measured in the page (each <text>'s box in its own
// coordinates, carried through its transform to the screen, so rotated labels are compared as rotated
// rectangles), and every text box that sticks out of its chart.
//
//   npm ci                                   (once, in this folder)
//   node check.mjs REPORT_DIR [SHOTS_DIR]    (exit 0: clean; 1: problems found; 2: usage)
//
// The Chromium of @sparticuz/chromium unpacks into the temporary folder: this script points TMPDIR at a
// private folder of its own before loading it, so that nothing is shared with other users of /tmp.
import { mkdtempSync, mkdirSync, existsSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { pathToFileURL } from "node:url";

const [reportDir, shotsArg] = process.argv.slice(2);
if (!reportDir || !existsSync(join(reportDir, "index.html"))) {
  console.error("usage: node check.mjs REPORT_DIR [SHOTS_DIR]  (REPORT_DIR holds index.html)");
  process.exit(2);
}

const shots = resolve(shotsArg ?? join(reportDir, "screenshots"));
mkdirSync(shots, { recursive: true });
const privateTmp = mkdtempSync(join(process.env.TMPDIR ?? tmpdir(), "report-check-"));
process.env.TMPDIR = privateTmp;
const { default: chromium } = await import("@sparticuz/chromium");
const { default: puppeteer } = await import("puppeteer-core");

const browser = await puppeteer.launch({
  args: chromium.args,
  executablePath: await chromium.executablePath(),
  headless: true,
  defaultViewport: { width: 1400, height: 1000, deviceScaleFactor: 1 },
});

const problems = [];
try {
  const page = await browser.newPage();
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console error: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
  await page.goto(pathToFileURL(resolve(reportDir, "index.html")).href, { waitUntil: "load" });

  const charts = await page.evaluate(() => {
    // a text element's box as a quadrilateral in page coordinates
    const quad = (t) => {
      const b = t.getBBox();
      const m = t.getScreenCTM();
      return [[b.x, b.y], [b.x + b.width, b.y], [b.x + b.width, b.y + b.height], [b.x, b.y + b.height]]
        .map(([x, y]) => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f]);
    };
    const project = (q, nx, ny) => q.map(([x, y]) => x * nx + y * ny);
    // separating-axis test, with half a pixel of tolerance: touching is not overlapping
    const overlap = (a, b) => {
      for (const q of [a, b]) {
        for (let i = 0; i < 4; i++) {
          const [px, py] = q[i];
          const [qx, qy] = q[(i + 1) % 4];
          const len = Math.hypot(qx - px, qy - py) || 1;
          const nx = (qy - py) / len, ny = (px - qx) / len;
          const pa = project(a, nx, ny), pb = project(b, nx, ny);
          if (Math.max(...pa) - 0.5 <= Math.min(...pb) || Math.max(...pb) - 0.5 <= Math.min(...pa)) return false;
        }
      }
      return true;
    };
    return [...document.querySelectorAll("figure")].map((figure) => {
      const svg = figure.querySelector("svg");
      const frame = svg.getBoundingClientRect();
      const texts = [...svg.querySelectorAll("text")].filter((t) => t.textContent.trim().length > 0);
      const quads = texts.map(quad);
      const overlaps = [];
      for (let i = 0; i < texts.length; i++) {
        for (let j = i + 1; j < texts.length; j++) {
          if (overlap(quads[i], quads[j])) overlaps.push(`"${texts[i].textContent}" × "${texts[j].textContent}"`);
        }
      }
      const outside = texts.filter((t, i) => quads[i].some(([x, y]) => x < frame.left - 0.5 || x > frame.right + 0.5 || y < frame.top - 0.5 || y > frame.bottom + 0.5))
        .map((t) => `"${t.textContent}"`);
      return {
        id: figure.id,
        texts: texts.length,
        hovers: svg.querySelectorAll("g.hover title").length,
        font: getComputedStyle(texts[0] ?? svg).fontFamily,
        overlaps,
        outside,
      };
    });
  });

  const links = await page.evaluate(() => [...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")));
  for (const href of links) {
    if (/^[a-z]+:/i.test(href)) problems.push(`external link: ${href}`);
    else if (!existsSync(join(reportDir, href))) problems.push(`broken link: ${href}`);
  }

  for (const chart of charts) {
    const element = await page.$(`figure#${chart.id} svg`);
    await element.screenshot({ path: join(shots, `${chart.id}.png`) });
    for (const o of chart.overlaps) problems.push(`${chart.id}: overlapping text ${o}`);
    for (const o of chart.outside) problems.push(`${chart.id}: text outside the chart ${o}`);
  }

  await page.screenshot({ path: join(shots, "page.png"), fullPage: true });
  const fonts = [...new Set(charts.map((c) => c.font))];
  console.log(JSON.stringify({
    report: resolve(reportDir),
    charts: charts.map(({ id, texts, hovers, overlaps, outside }) => ({ id, texts, hovers, overlaps: overlaps.length, outside: outside.length })),
    links: links.length,
    fontStack: fonts,
    screenshots: shots,
    problems,
  }, null, 2));
} finally {
  await browser.close();
  rmSync(privateTmp, { recursive: true, force: true });
}

process.exit(problems.length === 0 ? 0 : 1);
