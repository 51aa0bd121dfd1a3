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
    checkProblems('the map');

    const apiJson = async (query) => {
      const res = await fetch(base + query);
      if (!res.ok) fail('GET ' + query + ' answered HTTP ' + res.status);
      return res.json();
    };
    // Reloads the events with what the form says, and waits for the answer.
    const applyFilters = async (step) => {
      await page.evaluate(() => { document.getElementById('event-count').dataset.state = 'stale'; });
      await page.click('#apply-button');
      await page.waitForFunction(() => ['ready', 'error'].includes(document.getElementById('event-count').dataset.state))
        .catch(() => fail(step + ': the events did not reload'));
      await checkNoErrorShown(step);
      return page.evaluate(() => {
        const c = document.getElementById('event-count');
        const notice = document.getElementById('truncation');
        return { drawn: Number(c.dataset.count), total: Number(c.dataset.total), notice: notice.hidden ? null : notice.textContent };
      });
    };
    // Clears the form, which reloads every event, and waits for them.
    const resetFilters = async () => {
      await page.evaluate(() => { document.getElementById('event-count').dataset.state = 'stale'; });
      await page.click('#reset-button');
      await page.waitForFunction(() => document.getElementById('event-count').dataset.state === 'ready')
        .catch(() => fail('clearing the filters did not reload the events'));
      await checkNoErrorShown('clearing the filters');
    };
    const markerFacts = () => page.evaluate(() => window.sitrep.clusters.getLayers().map((m) => ({
      id: m.eventId, className: m.options.icon.options.className, size: m.options.icon.options.iconSize[0],
    })));

    // 6. Place names from the gazetteer: capitals at the first view, Bunia when zoomed on Ituri.
    const labelsAt = async (center, zoom, step) => {
      await page.evaluate((a) => window.sitrepMap.setView(a.center, a.zoom, { animate: false }), { center: center, zoom: zoom });
      await page.waitForFunction((z) => {
        const m = document.getElementById('map');
        return window.sitrepMap.getZoom() === z && /^\d+$/.test(m.dataset.labels || '') &&
          document.querySelectorAll('.leaflet-labels-pane .place-name').length === Number(m.dataset.labels);
      }, zoom).catch(() => fail(step + ': the place names did not load'));
      await checkNoErrorShown(step);
      const shown = await page.evaluate(() => Array.from(document.querySelectorAll('.leaflet-labels-pane .place-name'), (n) => {
        const r = n.getBoundingClientRect();
        return { name: n.textContent, capital: n.classList.contains('capital'), left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }));
      shown.forEach((a, i) => shown.slice(i + 1).forEach((b) => {
        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) {
          fail(step + ': the names ' + a.name + ' and ' + b.name + ' overlap');
        }
      }));
      return shown;
    };
    const world = await labelsAt([5, 20], 3, 'place names of Africa');
    if (world.length < 10 || world.length > 60) fail('zoom 3 over Africa shows ' + world.length + ' place names, not 10 to 60');
    for (const capital of ['Nairobi', 'Bamako', 'Addis Ababa']) {
      if (!world.some((l) => l.name === capital && l.capital)) fail('zoom 3 over Africa does not name the capital ' + capital);
    }
    if (world.some((l) => l.name === 'Bunia')) fail('zoom 3 over Africa already names Bunia: too many labels for that zoom');
    const ituri = await labelsAt([1.0, 30.3], 8, 'place names of Ituri');
    for (const town of ['Bunia', 'Beni', 'Kampala']) {
      if (!ituri.some((l) => l.name === town)) fail('zoom 8 over Ituri does not name ' + town + ': ' + ituri.map((l) => l.name).join(', '));
    }
    await page.screenshot({ path: path.join(artifactDir, 'labels-ituri.png') });
    console.log('browser: place names: ' + world.length + ' at zoom 3 over Africa, ' + ituri.length + ' at zoom 8 over Ituri');

    // 7. Markers by status and deaths: every marker's shape is its status's, its size grows
    // with the deaths; the legend shows the three shapes, each drawn differently.
    const stored = await apiJson('/v1/events?format=geojson&order=newest&limit=1000');
    const byId = new Map(stored.features.map((f) => [f.properties.id, f.properties]));
    const styleOf = { occurred: 'occurred', claimed: 'claimed', attempted: 'claimed', failed: 'claimed',
      feared: 'unrealised', planned: 'unrealised', negated: 'unrealised' };
    const markers = await markerFacts();
    const styles = new Set();
    for (const m of markers) {
      const p = byId.get(m.id);
      if (!p) fail('marker ' + m.id + ' is no event of the API');
      const want = 'status-' + styleOf[p.status];
      if (!m.className.split(' ').includes(want)) fail('the marker of a ' + p.status + ' event has class "' + m.className + '", not ' + want);
      styles.add(styleOf[p.status]);
      const deaths = p.fatalities || 0;
      for (const other of markers) {
        const q = byId.get(other.id);
        if ((q.fatalities || 0) > deaths && other.size <= m.size) {
          fail('an event with ' + q.fatalities + ' deaths has a marker no larger than one with ' + deaths);
        }
      }
    }
    if (styles.size < 3) fail('the stored events show only the status styles ' + Array.from(styles).join(', ') + '; the fixtures have all three');
    const legendStyles = await page.evaluate(() => Array.from(document.querySelectorAll('#map-legend .legend-status .event-shape'), (n) => {
      const cs = getComputedStyle(n);
      return [cs.borderTopStyle, cs.transform, cs.opacity, cs.backgroundColor].join(' ');
    }));
    if (legendStyles.length !== 3 || new Set(legendStyles).size !== 3) fail('the legend does not draw three distinct status shapes: ' + legendStyles.join(' | '));
    // The picture: Ituri close up, with the cluster of most markers opened, so that the shapes show.
    await page.evaluate(() => window.sitrepMap.setView([1.8, 30.4], 9, { animate: false }));
    await settle();
    await page.evaluate(() => {
      const seen = new Map();
      window.sitrep.clusters.getLayers().forEach((m) => {
        const parent = window.sitrep.clusters.getVisibleParent(m);
        if (parent && parent !== m && parent.spiderfy) seen.set(parent, (seen.get(parent) || 0) + 1);
      });
      const biggest = Array.from(seen.entries()).sort((a, b) => b[1] - a[1])[0];
      if (biggest) biggest[0].spiderfy();
    });
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(artifactDir, 'status-ituri.png') });
    // The control layer's colours are none of the event types'.
    const palettes = await page.evaluate(() => window.sitrep.palettes);
    const controlColors = await page.evaluate(() => Array.from(document.querySelectorAll('path.control-place'), (n) => n.getAttribute('stroke')));
    for (const c of controlColors) {
      if (!palettes.control.includes(c) || palettes.types.includes(c)) fail('a control circle is drawn in ' + c + ', not in the control palette apart from the event types\'');
    }
    console.log('browser: ' + markers.length + ' markers in the status styles ' + Array.from(styles).join(', ') +
      '; ' + controlColors.length + ' control circles in their own palette');

    // 8. Filters, each as the API takes it, and the export of what is shown.
    const all = await applyFilters('all events');
    if (all.total !== stored.total) fail('#event-count has total ' + all.total + ', the API ' + stored.total);
    // en_no_place.txt's events have no place: they match, and the notice counts them.
    const unlocated = all.total - all.drawn;
    const wantNotice = 'Showing ' + all.drawn + ' of ' + all.total + ' matching events: ' + unlocated + ' with no place on the map.';
    if (!(unlocated > 0) || all.notice !== wantNotice) {
      fail('with ' + all.drawn + ' of ' + all.total + ' events drawn the notice says ' + JSON.stringify(all.notice) + ', not "' + wantNotice + '"');
    }
    await page.locator('#filters-title').evaluate((n) => n.closest('section').scrollIntoView());
    await page.screenshot({ path: path.join(artifactDir, 'notice-unlocated.png') });
    console.log('browser: ' + all.notice);
    const filterCases = [
      { fields: { '#filter-country': 'Democratic Republic of Congo' }, query: 'country=CD' },
      { fields: { '#filter-fatalities': '5' }, query: 'min_fatalities=5' },
      { selects: { '#filter-status': 'claimed' }, query: 'status=claimed' },
      { selects: { '#filter-type': 'Battles' }, query: 'acled=Battles' },
      { selects: { '#filter-type': 'Battles', '#filter-subtype': 'Armed clash' }, query: 'acled=Armed%20clash' },
    ];
    for (const c of filterCases) {
      await resetFilters();
      for (const [sel, value] of Object.entries(c.fields || {})) await page.fill(sel, value);
      for (const [sel, value] of Object.entries(c.selects || {})) await page.selectOption(sel, value);
      const shown = await applyFilters('filter ' + c.query);
      const want = await apiJson('/v1/events?format=geojson&limit=1000&' + c.query);
      if (shown.total !== want.total || shown.drawn !== want.features.length) {
        fail('filter ' + c.query + ': the page draws ' + shown.drawn + ' of ' + shown.total + ', the API has ' + want.features.length + ' located of ' + want.total);
      }
      console.log('browser: filter ' + c.query + ': ' + shown.drawn + ' of ' + shown.total);
    }
    const subTypes = await page.evaluate(() => Array.from(document.querySelectorAll('#filter-subtype option'), (o) => o.value).filter(Boolean));
    if (subTypes.join('|') !== 'Armed clash|Government regains territory|Non-state actor overtakes territory') {
      fail('with type Battles the sub-types offered are ' + subTypes.join(', '));
    }
    // Events with no ACLED type are picked out by the page alone: no export claims to be them.
    await resetFilters();
    await page.selectOption('#filter-type', 'none');
    await applyFilters('filter type none');
    const noneLinks = await page.evaluate(() => ['export-csv', 'export-geojson'].map((id) => document.getElementById(id).hasAttribute('href')));
    if (noneLinks.some(Boolean)) fail('with type "none" the export links still export: the API cannot filter them so');
    // Export with a filter that leaves something: Congo's events.
    await resetFilters();
    await page.fill('#filter-country', 'CD');
    const congo = await applyFilters('filter country=CD');
    const links = await page.evaluate(() => ({ csv: document.getElementById('export-csv').href, geojson: document.getElementById('export-geojson').href }));
    const csvText = await (await fetch(links.csv)).text();
    const csvRows = csvText.trim().split('\n');
    if (!csvRows[0].startsWith('event_id_cnty')) fail('the CSV export is not in ACLED\'s columns: ' + csvRows[0].slice(0, 80));
    if (csvRows.length - 1 !== congo.total) fail('the CSV export has ' + (csvRows.length - 1) + ' rows for ' + congo.total + ' matching events');
    const exported = await (await fetch(links.geojson)).json();
    const exportedIds = exported.features.map((f) => f.properties.id).sort().join(',');
    const shownIds = (await markerFacts()).map((m) => m.id).sort().join(',');
    if (exportedIds !== shownIds) fail('the GeoJSON export holds other events than the map shows');
    console.log('browser: export of ' + congo.drawn + ' events of CD: CSV ' + (csvRows.length - 1) + ' rows, GeoJSON ' + exported.features.length + ' features');

    // 9. The histogram over what is drawn, and a brush across it that becomes the date filter.
    await resetFilters();
    const bars = await page.evaluate(() => Array.from(document.querySelectorAll('#histogram .histogram-bar title'),
      (t) => Number(/: (\d+) events?$/.exec(t.textContent)[1])));
    const drawnNow = await page.evaluate(() => Number(document.getElementById('event-count').dataset.count));
    const undated = await page.evaluate(() => Number(document.getElementById('histogram').dataset.undated));
    const barSum = bars.reduce((a, b) => a + b, 0);
    if (!bars.length || barSum + undated !== drawnNow) {
      fail('the histogram counts ' + barSum + ' events in ' + bars.length + ' bars and ' + undated + ' undated; ' + drawnNow + ' are drawn');
    }
    const rangeText = await page.textContent('#histogram-range');
    if (undated && !rangeText.includes(undated + ' undated')) fail('the histogram does not say that ' + undated + ' events are undated: ' + rangeText);
    await page.locator('#histogram').scrollIntoViewIfNeeded();
    const box = await page.locator('#histogram').boundingBox();
    await page.evaluate(() => { document.getElementById('event-count').dataset.state = 'stale'; });
    // From the middle to the right end: the later half of the dates.
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2, { steps: 5 });
    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 5 });
    const brushWidth = await page.evaluate(() => Number(document.querySelector('#histogram .histogram-brush').getAttribute('width')));
    if (!(brushWidth > 100)) fail('dragging across half the histogram draws a brush ' + brushWidth + ' wide');
    await page.locator('#filters-title').evaluate((n) => n.closest('section').scrollIntoView());
    await page.screenshot({ path: path.join(artifactDir, 'histogram-brush.png') });
    await page.mouse.up();
    await page.waitForFunction(() => document.getElementById('event-count').dataset.state === 'ready')
      .catch(() => fail('brushing the histogram did not reload the events'));
    await checkNoErrorShown('brushing the histogram');
    const brushed = await page.evaluate(() => ({ since: document.getElementById('filter-since').value,
      until: document.getElementById('filter-until').value, drawn: Number(document.getElementById('event-count').dataset.count) }));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(brushed.since) || !(brushed.until >= brushed.since)) fail('the brush set the dates ' + JSON.stringify(brushed));
    if (!(brushed.drawn >= 1 && brushed.drawn <= drawnNow)) fail('after brushing ' + brushed.drawn + ' events are drawn of ' + drawnNow);
    const inRange = await apiJson('/v1/events?format=geojson&limit=1000&since=' + brushed.since + '&until=' + brushed.until);
    if (inRange.features.length !== brushed.drawn) fail('the brushed range ' + brushed.since + '..' + brushed.until + ' draws ' + brushed.drawn + ' events, the API has ' + inRange.features.length);
    await page.locator('#filters-title').evaluate((n) => n.closest('section').scrollIntoView());
    await page.screenshot({ path: path.join(artifactDir, 'histogram-brushed.png') });
    console.log('browser: histogram of ' + barSum + ' events in ' + bars.length + ' bars (' + undated + ' undated); brushed to ' + brushed.since + '..' + brushed.until + ': ' + brushed.drawn);

    // 10. More events match than are drawn: the page says so.
    await page.goto(base + '/?limit=3', { waitUntil: 'load' });
    await page.waitForFunction(() => document.getElementById('event-count').dataset.state === 'ready')
      .catch(() => fail('the page with ?limit=3 did not load its events'));
    await checkNoErrorShown('the page with ?limit=3');
    const notice = await page.evaluate(() => {
      const n = document.getElementById('truncation');
      return { hidden: n.hidden, text: n.textContent, drawn: Number(document.getElementById('event-count').dataset.count) };
    });
    const m = /^Showing (\d+) of ([\d,]+) matching events/.exec(notice.text);
    if (notice.hidden || !m) fail('with 3 events loaded of ' + stored.total + ' the page says "' + notice.text + '"');
    if (Number(m[1]) !== notice.drawn || Number(m[2].replace(/,/g, '')) !== stored.total) {
      fail('the notice says "' + notice.text + '"; ' + notice.drawn + ' are drawn of ' + stored.total);
    }
    const newest = await apiJson('/v1/events?format=geojson&order=newest&limit=3');
    const drawnIds = (await markerFacts()).map((x) => x.id).sort().join(',');
    if (drawnIds !== newest.features.map((f) => f.properties.id).sort().join(',')) fail('with ?limit=3 the page does not draw the three newest events');
    await page.waitForFunction(() => document.querySelectorAll('.leaflet-countries-pane path').length > 50)
      .catch(() => fail('the page with ?limit=3 drew no country borders'));
    await page.screenshot({ path: path.join(artifactDir, 'truncation.png') });
    console.log('browser: ' + notice.text);

    checkProblems('at the end');
    console.log('browser: ok: ' + countries + ' country paths, ' + samples.length + ' samples stored, ' +
      events + ' events on the map, control ' + atMin.places + ' places at ' + atMin.at + ' and ' +
      atMax.places + ' at ' + atMax.at + ', ' + marks + ' marks in the evidence; screenshots in ' + artifactDir);
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
