// The app's browser test (issue 18), driven by tests/it/browser.rs: a member of staff's
// walk through `iepress serve` in Chromium, with axe-core run on every page. Prints one line
// of JSON: the pages checked with their violations, and what the walk found.
//   node walk.mjs BASE_URL [DOWNLOADS_DIR]
import { createRequire } from 'module';
const dir = process.env.IEPRESS_BROWSER || `${process.env.HOME}/.cache/iepress/browser`;
const require = createRequire(`${dir}/node_modules/`);
const puppeteer = require('puppeteer-core');
const fs = require('fs');
const axeSource = fs.readFileSync(`${dir}/node_modules/axe-core/axe.min.js`, 'utf8');

const base = process.argv[2];
// Where the downloaded files go (optional).
const out = process.argv[3];
const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-gpu'],
});
const page = await browser.newPage();
const report = { pages: [], found: {} };

async function check(name) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () =>
    await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }));
  report.pages.push({
    name,
    url: page.url(),
    violations: result.violations.map(v => `${v.id}: ${v.help} (${v.nodes.length})`),
  });
}

try {
  // The pupils page, then a plan from it.
  await page.goto(base);
  await check('pupils');
  report.found.pupils = await page.$eval('table', t => t.tBodies[0].rows.length);
  await Promise.all([page.waitForNavigation(), page.click('a[href="/plans/zofia-nowak"]')]);
  await check('plan');
  // Its details edited and saved.
  await Promise.all([page.waitForNavigation(), page.click('a[href="/plans/zofia-nowak/edit"]')]);
  await check('plan details');
  await page.$eval('#pupil-class', e => { e.value = ''; });
  await page.type('#pupil-class', 'Willow');
  // A third carer added in the empty row, and an outside agency ticked.
  await page.type('[id="family.contacts.2:name"]', 'Ewa Nowak');
  await page.select('[id="family.contacts.2:as"]', 'relationship=grandmother');
  await page.click('[id="plan.agencies:educational-psychology"]');
  await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
  report.found.edited = page.url();

  // A plan with its review: each target's outcome is on its texts and targets page; one
  // changed there.
  await page.goto(`${base}plans/amira-khan/targets`);
  await check('texts and targets, with the review');
  await page.select('[id="review.outcomes.1:result"]', 'achieved');
  await Promise.all([page.waitForNavigation(), page.click('button[value="save"]')]);
  report.found.outcome = page.url();

  // A new plan, its target picked from the bank, its numbers given, saved.
  await page.goto(`${base}plans/new`);
  await check('new plan');
  await page.type('#pupil_name', 'Maja Kowalska');
  await page.type('#known_as', 'Maja');
  await page.select('#language', 'pl');
  await page.select('#print', '24');
  await page.$eval('#start', e => { e.value = '2026-12-01'; });
  await page.$eval('#review', e => { e.value = '2027-03-01'; });
  await page.click('#area-cognition-and-learning');
  // What she is good at, in the school's own words: the text a bilingual member of staff
  // translates below.
  await page.type('#about_text', 'Maja loves drawing horses and helping younger children.');
  await page.select('#target0', 'read-common-words');
  await page.select('#does0', 'precision-teaching');
  await page.select('#who_role0', 'teaching-assistant');
  await Promise.all([page.waitForNavigation(), page.click('button[value="next"]')]);
  await check('new plan, its numbers');
  await page.type('#p_target0_count', '20');
  await page.type('#p_target0_total', '30');
  await Promise.all([page.waitForNavigation(), page.click('button[value="save"]')]);
  report.found.saved = page.url();
  await check('the new plan');

  // Its texts and targets: a second target picked from the bank; the page asks for the
  // entry's number, then adds it.
  await page.goto(`${base}plans/maja-kowalska/targets`);
  await check('texts and targets');
  await page.select('[id="new.target:bank"]', 'count-objects-accurately');
  await page.select('[id="new.who:role"]', 'class-teacher');
  await Promise.all([page.waitForNavigation(), page.click('button[value="add"]')]);
  await check('texts and targets, a number asked for');
  await page.type('[id="new.target:param:count"]', '5');
  await Promise.all([page.waitForNavigation(), page.click('button[value="add"]')]);
  report.found.targets = await page.$$eval('legend', ls => ls.filter(l => /^Target \d/.test(l.textContent)).length);
  await check('texts and targets, saved');


  // The provision map: the school's (a wide table that scrolls), and a child's copy.
  await page.goto(`${base}provision`);
  await check('provision map');
  await page.goto(`${base}provision/copy?format=html`);
  await check("the school's provision map");
  await page.goto(`${base}provision/copy?pupil=amira-khan&format=html`);
  await check("a child's provision map, in Urdu");

  // The new plan's own words translated into Polish: the box beside its English.
  await page.goto(`${base}translations/pl`);
  await check('translations');
  const box = await page.$$eval('div.text', ds => {
    const d = ds.find(d => d.querySelector('p.source').textContent.startsWith('Maja loves drawing'));
    return d ? d.querySelector('textarea').id : null;
  });
  report.found.box = box;
  // What is typed survives a reload (kept in the browser until it is sent).
  await page.type(`#${box}`, 'Maja uwielbia rysować konie i pomagać młodszym dzieciom.');
  await page.reload();
  report.found.kept = await page.$eval(`#${box}`, e => e.value);
  await check('translations, restored');
  await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
  report.found.translated = page.url();
  // Sent and saved: nothing kept in the browser any more.
  report.found.left = await page.evaluate(() => Object.keys(localStorage).length);
  await check('translations saved');

  // The Polish large-print copy, previewed (with the translation), and downloaded as PDF
  // from the plan's page.
  await page.goto(`${base}plans/maja-kowalska`);
  await page.select('#lang', 'pl');
  await page.select('#size', '24');
  await page.select('#format', 'html');
  await Promise.all([page.waitForNavigation(), page.click('form[action="/plans/maja-kowalska/copy"] button[type="submit"]')]);
  report.found.preview = await page.$eval('html', e => e.lang + ' ' + document.body.innerText.includes('Maja uwielbia rysować konie'));
  await check('the Polish copy, previewed');
  const t0 = Date.now();
  const pdf = await page.evaluate(async (url) => {
    const r = await fetch(url);
    const bytes = new Uint8Array(await r.arrayBuffer());
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return { status: r.status, type: r.headers.get('content-type'), name: r.headers.get('content-disposition'), data: btoa(s) };
  }, `${base}plans/maja-kowalska/copy?lang=pl&size=24&format=pdf`);
  report.found.download_ms = Date.now() - t0;
  if (out) fs.writeFileSync(`${out}/maja.pdf`, Buffer.from(pdf.data, 'base64'));
  report.found.download = `${pdf.status} ${pdf.type} ${pdf.name}`;

  // A group learning plan's texts and targets.
  await page.goto(`${base}groups/listening-group/targets`);
  await check('a group plan, its texts and targets');

  // The parents' evening: every plan's copies and the print pack, made while the page
  // shows how far it is; the pack downloaded.
  await page.goto(`${base}evening`);
  await check('evening');
  const t1 = Date.now();
  await Promise.all([page.waitForNavigation(), page.click('button[value="every"]')]);
  await page.waitForSelector('#made', { timeout: 120000 });
  report.found.evening_ms = Date.now() - t1;
  report.found.evening = await page.$eval('#made', e => e.textContent);
  await check('evening, made');
  const pack = await page.$eval('a[href^="/evening/files/print-pack"]', a => a.href);
  const got = await page.evaluate(async (url) => {
    const r = await fetch(url);
    const bytes = new Uint8Array(await r.arrayBuffer());
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return { status: r.status, data: btoa(s) };
  }, pack);
  if (out) fs.writeFileSync(`${out}/print-pack.pdf`, Buffer.from(got.data, 'base64'));
  report.found.pack = `${got.status} ${pack.split('/').pop()}`;
} catch (e) {
  report.error = String(e);
}
await browser.close();
console.log(JSON.stringify(report));
