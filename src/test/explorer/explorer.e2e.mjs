// End-to-end check of the claim explorer in a real browser (Debian's chromium, driven by playwright-core).
// Usage: node src/test/explorer/explorer.e2e.mjs BASE_URL SCREENSHOT.png
// BASE_URL is a running `claimgraph serve` holding the five demo seeds. Prints one "ok" line per check
// and exits 0, or prints "FAIL ..." and exits 1. Expected values come from the seeds (see the README's
// example chain), not from running the page.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// playwright-core is a devDependency of the explorer itself.
const require = createRequire(new URL('../../main/explorer/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const [base, screenshot] = process.argv.slice(2);
if (!base || !screenshot) {
  console.error('usage: explorer.e2e.mjs BASE_URL SCREENSHOT.png');
  process.exit(2);
}
const origin = new URL(base).origin;
const shots = dirname(screenshot);

let checks = 0;
function check(condition, what, detail = '') {
  if (!condition) throw new Error(`${what}${detail ? `: ${detail}` : ''}`);
  checks++;
  console.log(`ok - ${what}`);
}

async function stored(name, params = {}) {
  const url = new URL(`/claims/stored/${name}`, base);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  const response = await fetch(url, { headers: { Accept: 'application/sparql-results+json' } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()).results.bindings;
}

// launch() starts chromium with a fresh, empty profile directory of its own (--user-data-dir is refused).
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) problems.push(`request outside the server: ${r.url()}`);
  });

  // 1. The page at / and a search for "Qaani".
  await page.goto(new URL('/', base).href);
  await page.locator('.bigsearch input').fill('Qaani');
  await page.locator('.bigsearch button').click();
  await page.locator('.claim-card').first().waitFor();
  const cards = await page.locator('.claim-card').count();
  const expected = (await stored('claim-search', { term: 'Qaani' })).length;
  check(cards === expected && cards >= 10, 'search "Qaani" lists every matching claim', `${cards} cards, ${expected} rows`);
  const chips = await page.locator('.actor-chips .chip').allTextContents();
  check(chips.includes('Esmail Qaani'), 'search "Qaani" offers the actor Esmail Qaani', chips.join(', '));
  const spellings = await page.locator('.claim-card .claim-link').allTextContents();
  check(spellings.some((t) => t.includes('Khani')) && spellings.some((t) => t.includes('Qani’s')),
    'search "Qaani" also finds the spellings Khani and Qani');

  // 2. A claim of seed 000: sources → The National → Shafaq News (translation).
  await page.locator('.claim-card', { hasText: 'Ismail Qaani traveled to Lebanon several times' }).locator('.claim-link').click();
  await page.locator('svg.chain .chain-hop').first().waitFor();
  const hops = await page.locator('svg.chain .chain-hop').evaluateAll((nodes) =>
    nodes.map((n) => ({ depth: n.getAttribute('data-depth'), name: [...n.querySelectorAll('.node-title')].map((t) => t.textContent).join(' ') })));
  check(hops.length === 3, 'the chain diagram has three hop nodes', JSON.stringify(hops));
  check(JSON.stringify(hops.map((h) => h.name)) === JSON.stringify(['two political sources close to Hezbollah', 'The National', 'Shafaq News']),
    'the hops are the sources, The National, Shafaq News, in order', JSON.stringify(hops));
  const edgeLabels = await page.locator('svg.chain .edge-label').allTextContents();
  check(edgeLabels[0] === 'reported by' && edgeLabels[1] === 'translated by', 'the edges say reported by, translated by', edgeLabels.join(', '));
  check(await page.locator('svg.chain .chain-page').count() === 1, 'the chain ends at the page');
  const highlighted = (await page.locator('.article-scroll mark.hl-content').allTextContents()).join('');
  check(highlighted === 'Ismail Qaani traveled to Lebanon several times in recent months in order to meet with Hezbollah leader Hassan Nasrallah and discuss ways to continue pressure on Israel without entering into a wide-scale war',
    'the claim content is highlighted in the article text at its offsets', highlighted);
  check((await page.locator('.article-scroll mark.hl-cue').allTextContents()).join('') === 'According to', 'the cue is highlighted');
  check((await page.locator('.claim-meta.big .speaker').textContent()) === 'two political sources close to Hezbollah', 'the speaker is shown');
  await page.screenshot({ path: screenshot, fullPage: true });

  // 3. Contradictions side by side, each with both evidence spans.
  const pairsExpected = await stored('contradictions');
  await page.locator('nav a[data-nav="contradictions"]').click();
  await page.locator('.pair').first().waitFor();
  const pairs = await page.locator('.pair').count();
  check(pairs === pairsExpected.length && pairs >= 1, 'every contradiction is shown', `${pairs} shown, ${pairsExpected.length} stored`);
  const denial = page.locator('.pair', { hasText: 'explicit denial' }).filter({ hasText: 'Najib Mikati' }).first();
  const sides = await denial.locator('.side').evaluateAll((nodes) => nodes.map((n) => [...n.querySelectorAll('mark.hl-content')].map((m) => m.textContent).join('')));
  check(sides.length === 2 && sides.every((s) => s.includes('the US had asked Lebanon to declare a unilateral ceasefire')),
    'the Mikati denial shows both evidence spans side by side', JSON.stringify(sides));
  const emptySides = await page.locator('.pair .side').evaluateAll((nodes) => nodes.filter((n) => !n.querySelector('mark.hl-content')).length);
  check(emptySides === 0, 'every side of every pair shows its evidence span', `${emptySides} sides without`);
  await page.screenshot({ path: join(shots, 'explorer-contradictions.png') });

  // 4. The actor page of Esmail Qaani: spellings, claims by and about.
  await page.goto(new URL('/#/search/Qaani', base).href);
  await page.locator('.actor-chips .chip', { hasText: 'Esmail Qaani' }).click();
  await page.locator('h1.actor-name').waitFor();
  check((await page.locator('h1.actor-name').textContent()) === 'Esmail Qaani', 'the actor page opens');
  const aliases = await page.locator('.chip.alias').allTextContents();
  check(['Qani', 'Khani', 'Ismail Qaani'].every((a) => aliases.includes(a)), 'the actor page lists the spellings', aliases.join(', '));
  const about = await page.locator('.column').nth(1).locator('.claim-card').count();
  const aboutExpected = (await stored('actor-claims', { actor: 'https://w3id.org/claimgraph/id/actor/esmail-qaani' }))
    .filter((r) => r.relation.value === 'about').length;
  check(about === aboutExpected && about > 0, 'the actor page lists the claims about him', `${about} shown, ${aboutExpected} stored`);
  await page.screenshot({ path: join(shots, 'explorer-actor.png') });

  // 5. The timeline.
  await page.locator('nav a[data-nav="timeline"]').click();
  await page.locator('.timeline .event').first().waitFor();
  const dates = await page.locator('.timeline .event .when').allTextContents();
  const dated = dates.filter((d) => /^\d{4}/.test(d));
  check(dated.length > 0 && dated.every((d, i) => i === 0 || dated[i - 1] <= d), 'the timeline lists events in date order', dates.slice(0, 5).join(', '));

  check(problems.length === 0, 'no page errors and no request outside the server', problems.join('; '));
  console.log(`explorer e2e: all ${checks} checks passed; screenshot ${screenshot}`);
} catch (e) {
  failed = true;
  console.log(`FAIL ${e.message}`);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
