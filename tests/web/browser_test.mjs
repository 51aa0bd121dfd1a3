// Drives the map page in headless Chromium against a running `sitrep serve`:
//   node tests/web/browser_test.mjs BASE_URL SAMPLE_DIR ARTIFACT_DIR
// It stores every SAMPLE_DIR/*.txt through the page, so give the server an empty
// (throwaway) database. Exits non-zero with a message on the first failed check.
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const STEP_TIMEOUT_MS = 20000;
// Storing runs the whole coder on the server; give it longer than a page interaction.
const STORE_TIMEOUT_MS = 60000;

class Failure extends Error {}

function fail(message) {
  throw new Failure(message);
}

function usage() {
  console.error('usage: node tests/web/browser_test.mjs BASE_URL SAMPLE_DIR ARTIFACT_DIR');
  process.exit(2);
}

async function loadPlaywright() {
  try {
    return await import('playwright-core');
  } catch (err) {
    console.error('browser: playwright-core is not installed next to the project (node_modules); ' +
      'run scripts/setup.sh (' + err.message + ')');
    process.exit(2);
  }
}

function isFavicon(url) {
  return /\/favicon\.ico(\?|$)/.test(url);
}

// A server started just before the test may not listen yet.
async function waitForServer(base) {
  const deadline = Date.now() + 15000;
  let last = null;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(base + '/v1/health');
      if (res.ok) return;
      last = 'HTTP ' + res.status;
    } catch (err) {
      last = err.cause ? err.cause.code || err.cause.message : err.message;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  fail(base + '/v1/health did not answer within 15 s (' + last + ')');
}

async function main() {
  const [baseArg, sampleDir, artifactDir] = process.argv.slice(2);
  if (!baseArg || !sampleDir || !artifactDir) usage();
  const base = baseArg.replace(/\/+$/, '');

  const samples = (await readdir(sampleDir)).filter((f) => f.endsWith('.txt')).sort();
  if (!samples.length) fail('no .txt samples in ' + sampleDir);
  await mkdir(artifactDir, { recursive: true });

  await waitForServer(base);
  const { chromium } = await loadPlaywright();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  let page = null;
  // Anything the page logs as an error, throws, or fails to fetch fails the test.
  const problems = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    // Storing asks for the API token once (the server was started with SITREP_API_TOKEN).
    let tokenPrompts = 0;
    page.on('dialog', async (dialog) => {
      tokenPrompts += dialog.type() === 'prompt' ? 1 : 0;
      await dialog.accept(process.env.SITREP_API_TOKEN || '');
    });

    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const where = msg.location() && msg.location().url;
      if (where && isFavicon(where)) return;
      problems.push('console error: ' + msg.text() + (where ? ' (' + where + ')' : ''));
    });
    page.on('pageerror', (err) => problems.push('uncaught exception: ' + err.message));
    page.on('requestfailed', (req) => {
      if (!isFavicon(req.url())) problems.push('request failed: ' + req.method() + ' ' + req.url() + ' ' + (req.failure() ? req.failure().errorText : ''));
    });
    page.on('response', (res) => {
      if (res.status() >= 400 && !isFavicon(res.url())) {
        problems.push('HTTP ' + res.status() + ' for ' + res.request().method() + ' ' + res.url());
      }
    });
    const checkProblems = (step) => {
      if (problems.length) fail(step + ': ' + problems.join('; '));
    };
    const errorMessage = () => page.evaluate(() => {
      const m = document.getElementById('message');
      return m && !m.hidden && m.dataset.kind === 'error' ? m.textContent : null;
    });
    const checkNoErrorShown = async (step) => {
      const shown = await errorMessage();
      if (shown) fail(step + ': the page shows an error: ' + shown);
      checkProblems(step);
    };

    // 1. The page, the map and the country borders.
    const response = await page.goto(base + '/', { waitUntil: 'load' });
    if (!response || !response.ok()) fail('GET / answered ' + (response ? response.status() : 'nothing'));
    await page.waitForSelector('#map.leaflet-container');
    const countries = await page.waitForFunction(() => {
      const n = document.querySelectorAll('.leaflet-countries-pane path').length;
      return n > 50 ? n : false;
    }).then((h) => h.jsonValue()).catch(() => fail('the country borders did not render (fewer than 51 paths in the countries pane)'));
    await page.waitForFunction(() => {
      const c = document.getElementById('event-count');
      return c && (c.dataset.state === 'ready' || c.dataset.state === 'error');
    }).catch(() => fail('#event-count never showed the first load of events'));
    await checkNoErrorShown('loading the page');
    console.log('browser: page loaded, ' + countries + ' country paths');

    // 2a. Coding (without storing) shows events with highlighted evidence.
    const firstText = await readFile(path.join(sampleDir, samples[0]), 'utf8');
    await page.fill('#article-text', firstText);
    await page.click('#code-button');
    await page.waitForFunction(() => !document.getElementById('code-button').disabled &&
      (document.querySelector('#code-result li .evidence mark') ||
        (!document.getElementById('message').hidden && document.getElementById('message').dataset.kind === 'error')))
      .catch(() => fail('coding ' + samples[0] + ' showed no event with highlighted evidence in #code-result'));
    await checkNoErrorShown('coding ' + samples[0]);
    const coded = await page.locator('#code-result li').count();
    console.log('browser: coded ' + samples[0] + ': ' + coded + ' items in #code-result');

    // 2b. Storing every sample through the page, then the markers.
    for (const file of samples) {
      const text = await readFile(path.join(sampleDir, file), 'utf8');
      await page.fill('#article-text', text);
      await page.click('#store-button');
      // The page clears #message when the request starts and re-enables the buttons only
      // after it has reloaded the markers.
      await page.waitForFunction(() => {
        const m = document.getElementById('message');
        return !m.hidden && m.dataset.kind && !document.getElementById('store-button').disabled;
      }, null, { timeout: STORE_TIMEOUT_MS }).catch(() => fail('storing ' + file + ': no outcome message within ' + STORE_TIMEOUT_MS / 1000 + ' s'));
      await checkNoErrorShown('storing ' + file);
      console.log('browser: ' + file + ': ' + (await page.textContent('#message')));
    }
    if (tokenPrompts !== 1) fail('storing asked for the API token ' + tokenPrompts + ' times, not once');
    const eventCountText = (await page.textContent('#event-count')).trim();
    const events = parseInt(eventCountText, 10);
    if (!(events > 0)) fail('after storing the samples #event-count says "' + eventCountText + '"');
    const markerIcons = await page.locator('.leaflet-marker-pane .event-marker, .leaflet-marker-pane .marker-cluster').count();
    if (markerIcons < 1) fail('#event-count says ' + events + ' but no marker or cluster icon is on the map');

    // 3. The control slider, at both ends.
    if (!(await page.isChecked('#control-toggle'))) await page.check('#control-toggle');
    const range = await page.evaluate(() => {
      const s = document.getElementById('control-slider');
      return { min: Number(s.min), max: Number(s.max) };
    });
    if (!(range.max >= range.min)) fail('the control slider has no range: ' + JSON.stringify(range));
    const setSlider = async (value) => {
      const at = await page.evaluate((v) => {
        const s = document.getElementById('control-slider');
        s.value = String(v);
        s.dispatchEvent(new Event('input', { bubbles: true }));
        s.dispatchEvent(new Event('change', { bubbles: true }));
        return document.getElementById('control-date').textContent.trim();
      }, value);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(at)) fail('#control-date shows "' + at + '", not a date');
      await page.waitForFunction((day) => {
        const c = document.getElementById('control-count');
        return c.dataset.at === day && (c.dataset.state === 'ready' || c.dataset.state === 'error');
      }, at).catch(() => fail('#control-count did not update for ' + at));
      await checkNoErrorShown('control at ' + at);
      const text = (await page.textContent('#control-count')).trim();
      const m = /^(\d+) places?$/.exec(text);
      if (!m) fail('#control-count at ' + at + ' says "' + text + '"');
      const drawn = await page.locator('path.control-place').count();
      if (drawn !== Number(m[1])) fail('#control-count says ' + m[1] + ' at ' + at + ' but ' + drawn + ' circles are drawn');
      return { at: at, places: Number(m[1]) };
    };
    const atMax = await setSlider(range.max);
    const atMin = await setSlider(range.min);
    if (range.max > range.min && atMin.at >= atMax.at) fail('the slider\'s dates do not increase: ' + atMin.at + ' .. ' + atMax.at);
    // With documents that change who holds a town, the last day shows it.
    const wanted = Number(process.env.EXPECT_CONTROL_PLACES || 0);
    if (atMax.places < wanted) fail('the control layer shows ' + atMax.places + ' places at ' + atMax.at + ', expected at least ' + wanted);
    // Back to the latest state, which is what the screenshot should show.
    const atEnd = await setSlider(range.max);
    if (atEnd.places !== atMax.places || atEnd.at !== atMax.at) {
      fail('the control layer at ' + atMax.at + ' changed between two visits: ' + atMax.places + ' then ' + atEnd.places);
    }

    // 4. Click a marker the way a person would: through clusters until one is free.
    // Markers are only where they look during no zoom or pan animation, so each click
    // waits for the map to be still for a while first.
    const settle = () => page.evaluate(() => new Promise((resolve) => {
      const map = window.sitrepMap;
      const busy = () => map._animatingZoom || (map._panAnim && map._panAnim._inProgress);
      let timer = null;
      const restart = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          if (busy()) return restart();
          map.off('movestart zoomstart zoomanim move zoom', restart);
          resolve();
        }, 400);
      };
      map.on('movestart zoomstart zoomanim move zoom', restart);
      restart();
    }));
    const clickable = (selector) => page.evaluate((sel) => {
      const mapBox = document.getElementById('map').getBoundingClientRect();
      for (const node of document.querySelectorAll(sel)) {
        const r = node.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        if (r.width === 0 || x < mapBox.left || x > mapBox.right || y < mapBox.top || y > mapBox.bottom) continue;
        const hit = document.elementFromPoint(x, y);
        if (hit && (hit === node || node.contains(hit))) return { x: x, y: y };
      }
      return null;
    }, selector);
    let clicked = false;
    for (let attempt = 0; attempt < 10 && !clicked; attempt++) {
      await settle();
      const marker = await clickable('.leaflet-marker-pane .event-marker');
      if (marker) {
        await page.mouse.click(marker.x, marker.y);
        clicked = true;
        break;
      }
      const cluster = await clickable('.leaflet-marker-pane .marker-cluster');
      if (!cluster) break;
      await page.mouse.click(cluster.x, cluster.y);
      // Spiderfying is animated too, without moving the map.
      await page.waitForTimeout(500);
    }
    if (!clicked) {
      // Fall back on markercluster's own way to bring a marker into view.
      await page.evaluate(() => new Promise((resolve) => {
        const layers = window.sitrep.clusters.getLayers();
        if (!layers.length) resolve();
        else window.sitrep.clusters.zoomToShowLayer(layers[0], resolve);
      }));
      await settle();
      await page.waitForTimeout(500);
      const marker = await clickable('.leaflet-marker-pane .event-marker');
      if (!marker) fail('no event marker could be brought into view and clicked');
      await page.mouse.click(marker.x, marker.y);
    }
    await page.waitForSelector('#event-panel:not([hidden]) .evidence')
      .catch(() => fail('clicking a marker did not show #event-panel .evidence'));
    await checkNoErrorShown('opening an event');
    const marks = await page.locator('#event-panel .evidence mark').count();
    if (marks < 1) {
      const evidence = await page.textContent('#event-panel .evidence');
      fail('the event\'s evidence has no highlighted actor, predicate or place: "' + evidence + '"');
    }
    const eventTitle = (await page.textContent('#event-panel dl.facts')).replace(/\s+/g, ' ').trim();
    if (!/CAMEO/.test(eventTitle)) fail('#event-panel does not show the CAMEO code');

    // 5. The picture.
    const shot = path.join(artifactDir, 'map.png');
    await page.screenshot({ path: shot, fullPage: true });
    checkProblems('at the end');
    console.log('browser: ok: ' + countries + ' country paths, ' + samples.length + ' samples stored, ' +
      events + ' events on the map, control ' + atMin.places + ' places at ' + atMin.at + ' and ' +
      atMax.places + ' at ' + atMax.at + ', ' + marks + ' marks in the evidence; screenshot ' + shot);
  } catch (err) {
    // A timeout often has its cause among what the page reported.
    if (problems.length && !String(err.message).includes(problems[0])) {
      err.message += '; the page also reported: ' + problems.join('; ');
    }
    if (page) {
      await page.screenshot({ path: path.join(artifactDir, 'failure.png'), fullPage: true }).catch(() => {});
    }
    throw err;
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.error('browser: FAIL: ' + (err instanceof Failure ? err.message : (err && err.stack) || err));
  process.exit(1);
});
