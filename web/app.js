// sitrep map page: plain ES2019, no build step. Leaflet, leaflet.markercluster and
// topojson-client are loaded by index.html from /vendor and are globals here.
(function () {
  'use strict';

  // ACLED's event types in their usual order; colours picked to stay apart on a pale map.
  const ACLED_TYPES = [
    { name: 'Battles', color: '#d62728' },
    { name: 'Explosions/Remote violence', color: '#ff7f0e' },
    { name: 'Violence against civilians', color: '#8e44ad' },
    { name: 'Protests', color: '#2ca02c' },
    { name: 'Riots', color: '#8c564b' },
    { name: 'Strategic developments', color: '#1f77b4' },
  ];
  const NO_TYPE = { name: 'none', label: 'No ACLED type', color: '#7f8c8d' };
  // ACLED's sub-event types under each type (src/lexicon/acled.cc), for the sub-type filter.
  const ACLED_SUB_TYPES = {
    'Battles': ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
    'Explosions/Remote violence': ['Chemical weapon', 'Air/drone strike', 'Suicide bomb',
      'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade'],
    'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
    'Protests': ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
    'Riots': ['Violent demonstration', 'Mob violence'],
    'Strategic developments': ['Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use',
      'Headquarters or base established', 'Looting/property destruction', 'Non-violent transfer of territory', 'Other'],
  };
  // Who holds a place is drawn in colours of its own, none near an event type's, so that a
  // control circle is never read as an event of some type.
  const CONTROL_COLORS = ['#17becf', '#e377c2', '#bcbd22', '#0b5563', '#c9a400', '#3b3b3b', '#b8a6e8', '#7a0f3b'];
  // How each status is drawn: what happened is solid; what is only said to have happened is a
  // dashed ring; what has not (or not yet) happened is a pale diamond.
  const STATUS_STYLES = [
    { style: 'occurred', label: 'occurred', statuses: ['occurred'] },
    { style: 'claimed', label: 'claimed, attempted or failed', statuses: ['claimed', 'attempted', 'failed'] },
    { style: 'unrealised', label: 'feared, planned or denied', statuses: ['feared', 'planned', 'negated'] },
  ];
  // The API's largest page. A page URL's ?limit= asks for fewer (the browser test does, to see
  // the notice of events left out).
  const EVENT_LIMIT = Math.min(1000, Math.max(1, Number(new URLSearchParams(location.search).get('limit')) || 1000));
  const DAY_MS = 86400000;

  const $ = (id) => document.getElementById(id);
  const ui = {
    health: $('health'),
    message: $('message'),
    filters: $('filters'),
    since: $('filter-since'),
    until: $('filter-until'),
    country: $('filter-country'),
    actor: $('filter-actor'),
    type: $('filter-type'),
    subtype: $('filter-subtype'),
    status: $('filter-status'),
    fatalities: $('filter-fatalities'),
    eventCount: $('event-count'),
    truncation: $('truncation'),
    exportCsv: $('export-csv'),
    exportGeojson: $('export-geojson'),
    histogram: $('histogram'),
    histogramRange: $('histogram-range'),
    controlToggle: $('control-toggle'),
    controlSlider: $('control-slider'),
    controlDate: $('control-date'),
    controlCount: $('control-count'),
    controlLegend: $('control-legend'),
    eventPanel: $('event-panel'),
    eventTitle: $('event-title'),
    eventBody: $('event-body'),
    eventClose: $('event-close'),
    articleText: $('article-text'),
    articleLang: $('article-lang'),
    articleDate: $('article-date'),
    codeButton: $('code-button'),
    storeButton: $('store-button'),
    codeResult: $('code-result'),
  };

  // ---------------------------------------------------------------- DOM helpers
  // Every piece of server text goes through textContent, never innerHTML: evidence is
  // news text and may contain anything.

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach((key) => {
        const value = attrs[key];
        if (value === null || value === undefined || value === false) return;
        if (key === 'class') node.className = value;
        else if (key === 'text') node.textContent = value;
        else if (key === 'color') node.style.backgroundColor = value;
        else node.setAttribute(key, value === true ? '' : String(value));
      });
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    if (children === null || children === undefined || children === false) return node;
    if (Array.isArray(children)) {
      children.forEach((child) => append(node, child));
    } else if (children instanceof Node) {
      node.appendChild(children);
    } else {
      node.appendChild(document.createTextNode(String(children)));
    }
    return node;
  }

  function swatch(color) {
    return el('span', { class: 'swatch', color: color, 'aria-hidden': 'true' });
  }

  function plural(n, one, many) {
    return n + ' ' + (n === 1 ? one : many);
  }

  // ---------------------------------------------------------------- messages

  function showMessage(text, kind) {
    ui.message.textContent = text;
    ui.message.className = kind;
    ui.message.dataset.kind = kind;
    ui.message.hidden = false;
  }

  function showError(err) {
    showMessage(err && err.message ? err.message : String(err), 'error');
  }

  function clearMessage() {
    ui.message.hidden = true;
    ui.message.textContent = '';
    ui.message.className = '';
    delete ui.message.dataset.kind;
  }

  // ---------------------------------------------------------------- API

  async function api(path, options) {
    const method = (options && options.method) || 'GET';
    let response;
    try {
      response = await fetch(path, options);
    } catch (err) {
      throw new Error('Cannot reach the server (' + method + ' ' + path + '): ' + err.message);
    }
    const body = await response.text();
    let data = null;
    if (body) {
      try {
        data = JSON.parse(body);
      } catch (err) {
        if (response.ok) throw new Error(method + ' ' + path + ': the answer is not JSON');
      }
    }
    if (!response.ok) {
      const detail = data && typeof data.error === 'string' ? data.error : response.statusText || 'failed';
      const error = new Error(detail + ' (' + method + ' ' + path.split('?')[0] + ', HTTP ' + response.status + ')');
      error.status = response.status;
      throw error;
    }
    return data;
  }

  function postJson(path, body, headers) {
    return api(path, {
      method: 'POST',
      headers: Object.assign({ 'Content-Type': 'application/json' }, headers),
      body: JSON.stringify(body),
    });
  }

  // Storing needs the server's API token when /v1/health says `"writes": "token"` (docs/API.md):
  // asked for before the first write, and kept for this tab only; a refused one is forgotten.
  const TOKEN_KEY = 'sitrep-api-token';
  let serverWrites = 'token';

  async function postWrite(path, body) {
    let token = sessionStorage.getItem(TOKEN_KEY);
    if (serverWrites === 'token' && !token) {
      token = (window.prompt('Storing needs this server\'s API token (SITREP_API_TOKEN):') || '').trim();
      if (!token) throw new Error('Nothing was stored: storing needs the server\'s API token.');
      sessionStorage.setItem(TOKEN_KEY, token);
    }
    try {
      return await postJson(path, body, token ? { Authorization: 'Bearer ' + token } : {});
    } catch (err) {
      if (err.status === 401) sessionStorage.removeItem(TOKEN_KEY);
      throw err;
    }
  }

  // ---------------------------------------------------------------- dates

  function dayNumber(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
    return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS : NaN;
  }

  function isoDay(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
  }

  // Today as the user's calendar has it, counted like dayNumber counts.
  function today() {
    const now = new Date();
    return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / DAY_MS;
  }

  function formatDateRange(start, end) {
    if (!start) return 'undated';
    return !end || end === start ? start : start + ' – ' + end;
  }

  // ---------------------------------------------------------------- colours

  function typeColor(type) {
    const found = ACLED_TYPES.find((t) => t.name === type);
    return found ? found.color : NO_TYPE.color;
  }

  // FNV-1a: the same actor code keeps its colour across reloads, dates and sessions.
  function controllerColor(code) {
    let h = 0x811c9dc5;
    const s = String(code || '?');
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return CONTROL_COLORS[h % CONTROL_COLORS.length];
  }

  function statusStyle(status) {
    const found = STATUS_STYLES.find((s) => s.statuses.indexOf(status) >= 0);
    return found ? found.style : 'occurred';
  }

  // A marker's diameter in pixels: its area grows with the deaths, up to a cap that keeps a
  // massacre from hiding its neighbours.
  function markerSize(fatalities) {
    const deaths = Number(fatalities) > 0 ? Number(fatalities) : 0;
    return Math.round(Math.min(40, 14 + 4 * Math.sqrt(deaths)));
  }

  // ---------------------------------------------------------------- evidence

  // Finds each term in the sentence and wraps it in <mark>. Terms earlier in the list win
  // an overlap; a term that is not in the text (a report from another document, say) is
  // simply left out.
  function highlightedEvidence(text, terms) {
    const sentence = text || '';
    const ranges = [];
    const lower = sentence.toLowerCase();
    // Lower-casing must not shift offsets for the case-blind fallback to be usable.
    const caseBlind = lower.length === sentence.length;
    terms.forEach((term) => {
      const needle = term.text && term.text.trim();
      if (!needle) return;
      const found = findFree(sentence, needle, ranges) ||
        (caseBlind ? findFree(lower, needle.toLowerCase(), ranges) : null);
      if (found) ranges.push({ start: found.start, end: found.end, cls: term.cls });
    });
    ranges.sort((a, b) => a.start - b.start);

    const p = el('p', { class: 'evidence' });
    let pos = 0;
    ranges.forEach((r) => {
      append(p, sentence.slice(pos, r.start));
      append(p, el('mark', { class: r.cls, text: sentence.slice(r.start, r.end) }));
      pos = r.end;
    });
    append(p, sentence.slice(pos));
    if (!sentence) append(p, el('em', { text: 'No evidence text.' }));
    return p;
  }

  function findFree(haystack, needle, taken) {
    let from = 0;
    for (;;) {
      const start = haystack.indexOf(needle, from);
      if (start < 0) return null;
      const end = start + needle.length;
      if (!taken.some((r) => start < r.end && r.start < end)) return { start: start, end: end };
      from = start + 1;
    }
  }

  function eventTerms(ev) {
    return [
      { text: ev.trigger, cls: 'predicate' },
      { text: ev.source && ev.source.text, cls: 'actor' },
      { text: ev.target && ev.target.text, cls: 'actor' },
      // A stored event may carry the written place only in its location.
      { text: ev.place_text || (ev.location && ev.location.text), cls: 'place' },
      // The expression that dated it ("hier", "on Tuesday"); empty when the document's date did.
      { text: ev.date && ev.date.text, cls: 'date' },
    ];
  }

  function markKey() {
    return el('div', { class: 'mark-key' }, [
      el('mark', { class: 'actor', text: 'actor' }),
      el('mark', { class: 'predicate', text: 'predicate' }),
      el('mark', { class: 'place', text: 'place' }),
      el('mark', { class: 'date', text: 'date' }),
    ]);
  }

  function safeUrl(url) {
    return /^https?:\/\//i.test(url || '') ? url : null;
  }

  function reportSource(report) {
    const parts = [];
    const url = safeUrl(report.url);
    if (report.outlet && url) {
      parts.push(el('a', { href: url, target: '_blank', rel: 'noopener noreferrer', text: report.outlet }));
    } else if (url) {
      parts.push(el('a', { href: url, target: '_blank', rel: 'noopener noreferrer', text: url }));
    } else if (report.outlet) {
      parts.push(report.outlet);
    } else if (report.url) {
      parts.push(report.url);
    }
    if (report.doc) {
      if (parts.length) parts.push(' · ');
      parts.push('document ', el('code', { text: report.doc }));
    }
    if (report.status) parts.push(' · ' + report.status);
    if (typeof report.confidence === 'number') parts.push(' · confidence ' + report.confidence.toFixed(2));
    return el('div', { class: 'report-source' }, parts);
  }

  // ---------------------------------------------------------------- describing events

  function actorText(actor) {
    if (!actor) return '—';
    const who = [actor.code, actor.name].filter(Boolean).join(' ');
    return actor.text ? [who || '?', el('span', { class: 'muted', text: ' as written “' + actor.text + '”' })] : who || '—';
  }

  function placeText(location, written) {
    written = written || (location && location.text);
    if (!location) return written ? '“' + written + '” (not located)' : '—';
    const where = [location.precision, location.admin1, location.country].filter(Boolean).join(', ');
    const parts = [location.name || location.text || '?'];
    if (where) parts.push(' (' + where + ')');
    if (written && written !== location.name) parts.push(el('span', { class: 'muted', text: ' as written “' + written + '”' }));
    return parts;
  }

  function dateText(date) {
    if (!date) return '—';
    const extra = [date.precision, date.text ? '“' + date.text + '”' : ''].filter(Boolean).join(', ');
    return formatDateRange(date.start, date.end) + (extra ? ' (' + extra + ')' : '');
  }

  function acledText(acled) {
    if (!acled || !acled.type) return [swatch(NO_TYPE.color), ' none'];
    return [swatch(typeColor(acled.type)), ' ' + acled.type + (acled.sub_type ? ' / ' + acled.sub_type : '')];
  }

  function facts(rows) {
    const dl = el('dl', { class: 'facts' });
    rows.forEach((row) => {
      append(dl, el('dt', { text: row[0] }));
      append(dl, el('dd', null, row[1]));
    });
    return dl;
  }

  function confidenceText(value) {
    return typeof value === 'number' ? value.toFixed(2) : '—';
  }

  // ---------------------------------------------------------------- map

  const map = L.map('map', {
    center: [12, 20],
    zoom: 3,
    minZoom: 2,
    // markercluster needs a maximum zoom to know when to spiderfy instead of zooming.
    maxZoom: 12,
    worldCopyJump: false,
    attributionControl: false,
  });
  L.control.attribution({ prefix: false }).addAttribution('Borders: Natural Earth via world-atlas').addTo(map);

  // Panes fix the stacking whatever order the layers load in: borders at the bottom, the
  // control circles over them, event markers (markerPane, 600) on top so they stay clickable.
  map.createPane('countries').style.zIndex = 300;
  map.createPane('control').style.zIndex = 450;

  // Natural Earth cuts rings at ±180°, so Fiji, Chukotka and Antarctica have edges that jump
  // across the whole map and Leaflet draws them as lines around the world. A ring that
  // crosses an even number of times is moved onto one side; one that crosses once goes
  // round a pole, and is closed along that pole instead.
  function unwrapRing(ring) {
    const jumps = [];
    for (let i = 1; i < ring.length; i++) {
      if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) jumps.push(i);
    }
    if (!jumps.length) return ring;
    if (jumps.length % 2 === 0) {
      const east = ring.filter((pt) => pt[0] > 0).length * 2 >= ring.length;
      return ring.map((pt) => (east && pt[0] < 0 ? [pt[0] + 360, pt[1]]
        : !east && pt[0] > 0 ? [pt[0] - 360, pt[1]] : pt));
    }
    const poleLat = ring.reduce((sum, pt) => sum + pt[1], 0) < 0 ? -90 : 90;
    const out = [];
    ring.forEach((pt, i) => {
      if (jumps.indexOf(i) >= 0) {
        const prev = ring[i - 1];
        out.push([prev[0], poleLat], [pt[0], poleLat]);
      }
      out.push(pt);
    });
    return out;
  }

  function unwrapGeometry(geometry) {
    if (!geometry) return geometry;
    if (geometry.type === 'Polygon') {
      return { type: 'Polygon', coordinates: geometry.coordinates.map(unwrapRing) };
    }
    if (geometry.type === 'MultiPolygon') {
      return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((poly) => poly.map(unwrapRing)) };
    }
    return geometry;
  }

  async function loadCountries() {
    try {
      const topo = await api('/vendor/world-atlas/countries-110m.json');
      const countries = topojson.feature(topo, topo.objects.countries);
      countries.features.forEach((f) => { f.geometry = unwrapGeometry(f.geometry); });
      L.geoJSON(countries, {
        pane: 'countries',
        interactive: false,
        style: { color: '#9aa3ab', weight: 0.7, fillColor: '#f6f4ee', fillOpacity: 1 },
      }).addTo(map);
    } catch (err) {
      showError(new Error('Could not draw the countries: ' + err.message));
    }
  }

  function markerShape(style, size, color) {
    const shape = el('span', { class: 'event-shape status-' + style, 'aria-hidden': 'true' });
    shape.style.width = shape.style.height = size + 'px';
    shape.style.setProperty('--type-color', color);
    return shape;
  }

  const legend = L.control({ position: 'bottomleft' });
  legend.onAdd = function () {
    const box = el('div', { class: 'map-legend', id: 'map-legend' }, [el('h3', { text: 'ACLED event type' })]);
    const list = el('ul', { class: 'legend-list' });
    ACLED_TYPES.concat([{ name: NO_TYPE.label, color: NO_TYPE.color }]).forEach((t) => {
      append(list, el('li', null, [swatch(t.color), t.name]));
    });
    append(box, list);
    append(box, el('h3', { text: 'Status' }));
    append(box, el('ul', { class: 'legend-list legend-status' }, STATUS_STYLES.map((s) =>
      el('li', { 'data-style': s.style }, [markerShape(s.style, 12, '#555'), s.label]))));
    append(box, el('h3', { text: 'Deaths' }));
    append(box, el('ul', { class: 'legend-list legend-sizes' }, [0, 10, 100].map((n) =>
      el('li', null, [markerShape('occurred', markerSize(n), '#999'), n === 0 ? 'none stated' : String(n)]))));
    L.DomEvent.disableClickPropagation(box);
    return box;
  };
  legend.addTo(map);

  // ---------------------------------------------------------------- events layer

  // A cluster's ring shows the mix of event types inside it.
  function clusterIcon(cluster) {
    const markers = cluster.getAllChildMarkers();
    const counts = {};
    markers.forEach((m) => {
      const key = m.acledType || NO_TYPE.name;
      counts[key] = (counts[key] || 0) + 1;
    });
    const stops = [];
    let acc = 0;
    ACLED_TYPES.concat([NO_TYPE]).forEach((t) => {
      const n = counts[t.name] || 0;
      if (!n) return;
      const from = (acc / markers.length) * 360;
      acc += n;
      const to = (acc / markers.length) * 360;
      stops.push(t.color + ' ' + from.toFixed(1) + 'deg ' + to.toFixed(1) + 'deg');
    });
    const size = markers.length < 10 ? 32 : markers.length < 100 ? 38 : 46;
    return L.divIcon({
      className: 'marker-cluster event-cluster',
      // Only numbers and our own colours go into this HTML.
      html: '<div style="background: conic-gradient(' + stops.join(', ') + ')"><span>' +
        markers.length + '</span></div>',
      iconSize: L.point(size, size),
    });
  }

  const clusters = L.markerClusterGroup({
    showCoverageOnHover: false,
    maxClusterRadius: 45,
    spiderfyOnMaxZoom: true,
    iconCreateFunction: clusterIcon,
  }).addTo(map);

  function eventSummary(p) {
    return [
      p.cameo + (p.plover ? ' ' + p.plover : ''),
      p.acled_type || 'no ACLED type',
      p.status,
      p.fatalities ? plural(p.fatalities, 'death', 'deaths') : '',
      formatDateRange(p.date_start, p.date_end),
      p.place,
    ].filter(Boolean).join(' · ');
  }

  function eventMarker(feature) {
    const p = feature.properties || {};
    const coords = feature.geometry.coordinates;
    const style = statusStyle(p.status);
    const size = markerSize(p.fatalities);
    const marker = L.marker([coords[1], coords[0]], {
      icon: L.divIcon({
        className: 'event-marker status-' + style,
        html: markerShape(style, size, typeColor(p.acled_type)),
        iconSize: [size, size],
      }),
      title: eventSummary(p),
      alt: 'Event ' + p.id,
      keyboard: true,
      riseOnHover: true,
    });
    marker.eventId = p.id;
    // A type this page does not know is drawn, and counted in clusters, as "none".
    marker.acledType = ACLED_TYPES.some((t) => t.name === p.acled_type) ? p.acled_type : null;
    marker.on('click', () => openEvent(p.id, marker));
    return marker;
  }

  function isPoint(feature) {
    const g = feature && feature.geometry;
    return g && g.type === 'Point' && Array.isArray(g.coordinates) &&
      isFinite(g.coordinates[0]) && isFinite(g.coordinates[1]);
  }

  // The filters as the API takes them. A sub-type implies its type, so it is sent alone.
  function filterParams() {
    const params = new URLSearchParams();
    if (ui.since.value) params.set('since', ui.since.value);
    if (ui.until.value) params.set('until', ui.until.value);
    const country = ui.country.value.trim();
    if (country) params.set('country', country);
    const actor = ui.actor.value.trim().toUpperCase();
    if (actor) params.set('actor', actor);
    // The API filters by a type; "no type" can only be picked out here, after loading.
    if (ui.subtype.value) params.set('acled', ui.subtype.value);
    else if (ui.type.value && ui.type.value !== NO_TYPE.name) params.set('acled', ui.type.value);
    if (ui.status.value) params.set('status', ui.status.value);
    if (ui.fatalities.value !== '' && Number(ui.fatalities.value) > 0) {
      params.set('min_fatalities', String(Math.floor(Number(ui.fatalities.value))));
    }
    params.set('order', 'newest');
    params.set('limit', String(EVENT_LIMIT));
    return params;
  }

  // The export links fetch the page of events the map loaded, with the same filters. ACLED's CSV
  // keeps only what occurred unless told otherwise; the map shows every status.
  function setExportLinks(params) {
    // The API cannot pick out events with no ACLED type, so it cannot export just those.
    const exportable = ui.type.value !== NO_TYPE.name;
    [ui.exportCsv, ui.exportGeojson].forEach((link) => {
      link.classList.toggle('disabled', !exportable);
      link.setAttribute('aria-disabled', exportable ? 'false' : 'true');
      link.title = exportable ? '' : 'Events with no ACLED type cannot be exported apart from the others';
      if (!exportable) link.removeAttribute('href');
    });
    if (!exportable) return;
    const csv = new URLSearchParams(params);
    csv.set('format', 'csv');
    if (!ui.status.value) csv.set('all_statuses', 'true');
    ui.exportCsv.href = '/v1/events?' + csv.toString();
    const geojson = new URLSearchParams(params);
    geojson.set('format', 'geojson');
    ui.exportGeojson.href = '/v1/events?' + geojson.toString();
  }

  function formatCount(n) {
    return Number(n).toLocaleString('en-US');
  }

  // Says how many matching events the map does not draw, and why: beyond the page it loaded, or
  // with no place to draw them at.
  function showTruncation(drawn, loaded, total) {
    if (drawn >= total) {
      ui.truncation.hidden = true;
      ui.truncation.textContent = '';
      return;
    }
    const reasons = [];
    if (total > loaded) reasons.push(formatCount(total - loaded) + ' beyond the newest ' + formatCount(loaded) + ' loaded');
    if (loaded > drawn) reasons.push(formatCount(loaded - drawn) + ' with no place on the map');
    ui.truncation.textContent = 'Showing ' + formatCount(drawn) + ' of ' + formatCount(total) +
      ' matching events: ' + reasons.join(', ') + '.' + (total > loaded ? ' Narrow the filters to see the rest.' : '');
    ui.truncation.hidden = false;
  }

  let eventsRequest = 0;
  let fittedOnce = false;

  async function loadEvents(options) {
    const fit = options && options.fit;
    const request = ++eventsRequest;
    if (ui.since.value && ui.until.value && ui.since.value > ui.until.value) {
      showMessage('“Since” is after “until”: no event can match.', 'error');
      return;
    }
    ui.eventCount.textContent = 'loading…';
    ui.eventCount.dataset.state = 'loading';
    const params = filterParams();
    setExportLinks(params);
    try {
      const query = new URLSearchParams(params);
      query.set('format', 'geojson');
      const collection = await api('/v1/events?' + query.toString());
      if (request !== eventsRequest) return;
      const all = (collection && Array.isArray(collection.features)) ? collection.features : [];
      let features = all.filter(isPoint);
      let loaded = typeof collection.count === 'number' ? collection.count : all.length;
      let total = typeof collection.total === 'number' ? collection.total : loaded;
      if (ui.type.value === NO_TYPE.name) {
        features = features.filter((f) => !f.properties.acled_type);
        // The server cannot count events without a type: what was loaded is all that is known.
        loaded = total = features.length;
      }

      clusters.clearLayers();
      clusters.addLayers(features.map(eventMarker));

      ui.eventCount.textContent = plural(features.length, 'event', 'events') + ' on the map';
      ui.eventCount.dataset.count = String(features.length);
      ui.eventCount.dataset.total = String(total);
      ui.eventCount.dataset.state = 'ready';
      showTruncation(features.length, loaded, total);
      drawHistogram(features);

      if (features.length && (fit || !fittedOnce)) {
        fittedOnce = true;
        map.fitBounds(clusters.getBounds().pad(0.3), { maxZoom: 6 });
      }
      setSliderRange(features);
    } catch (err) {
      if (request !== eventsRequest) return;
      ui.eventCount.textContent = 'no events loaded';
      ui.eventCount.dataset.state = 'error';
      showError(err);
    }
  }

  // ---------------------------------------------------------------- histogram

  const SVG_NS = 'http://www.w3.org/2000/svg';
  const HIST = { width: 368, height: 110, left: 4, right: 4, top: 6, bottom: 22 };
  const histogram = { bins: [], first: 0, binDays: 1, drag: null };

  function svg(tag, attrs) {
    const node = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs || {}).forEach((key) => node.setAttribute(key, String(attrs[key])));
    return node;
  }

  // Events per day over the drawn events, or per week when they span more than four months;
  // an event counts on the day it starts.
  function drawHistogram(features) {
    const days = features.map((f) => dayNumber(f.properties.date_start)).filter(isFinite);
    const box = ui.histogram;
    box.textContent = '';
    box.setAttribute('viewBox', '0 0 ' + HIST.width + ' ' + HIST.height);
    if (!days.length) {
      histogram.bins = [];
      box.dataset.bins = '0';
      box.dataset.undated = String(features.length);
      ui.histogramRange.textContent = 'No dated event to count.';
      return;
    }
    const lo = Math.min.apply(null, days);
    const hi = Math.max.apply(null, days);
    const binDays = hi - lo > 120 ? 7 : 1;
    const bins = new Array(Math.floor((hi - lo) / binDays) + 1).fill(0);
    days.forEach((d) => { bins[Math.floor((d - lo) / binDays)] += 1; });
    Object.assign(histogram, { bins: bins, first: lo, binDays: binDays });

    const plotWidth = HIST.width - HIST.left - HIST.right;
    const plotHeight = HIST.height - HIST.top - HIST.bottom;
    const barWidth = plotWidth / bins.length;
    const peak = Math.max.apply(null, bins);
    bins.forEach((n, i) => {
      if (!n) return;
      const h = Math.max(2, (n / peak) * plotHeight);
      const bar = svg('rect', {
        class: 'histogram-bar',
        x: (HIST.left + i * barWidth + (barWidth > 3 ? 0.5 : 0)).toFixed(1),
        y: (HIST.top + plotHeight - h).toFixed(1),
        width: Math.max(1, barWidth - (barWidth > 3 ? 1 : 0)).toFixed(1),
        height: h.toFixed(1),
      });
      const from = isoDay(lo + i * binDays);
      const title = svg('title');
      title.textContent = (binDays === 1 ? from : 'week of ' + from) + ': ' + plural(n, 'event', 'events');
      bar.appendChild(title);
      box.appendChild(bar);
    });
    box.appendChild(svg('line', { class: 'histogram-axis', x1: HIST.left, x2: HIST.width - HIST.right,
      y1: HIST.top + plotHeight, y2: HIST.top + plotHeight }));
    [[isoDay(lo), 'start', HIST.left], [isoDay(hi), 'end', HIST.width - HIST.right]].forEach((t) => {
      const label = svg('text', { class: 'histogram-label', x: t[2], y: HIST.height - 6, 'text-anchor': t[1] });
      label.textContent = t[0];
      box.appendChild(label);
    });
    box.appendChild(svg('rect', { class: 'histogram-brush', x: 0, y: HIST.top, width: 0, height: plotHeight }));
    const undated = features.length - days.length;
    box.dataset.bins = String(bins.length);
    box.dataset.binDays = String(binDays);
    box.dataset.undated = String(undated);
    ui.histogramRange.textContent = plural(days.length, 'event', 'events') + ' on the map, from ' + isoDay(lo) + ' to ' + isoDay(hi) +
      ', per ' + (binDays === 1 ? 'day' : 'week') + (undated ? '; ' + undated + ' undated, not counted' : '') + '.';
  }

  // The day under a point of the histogram, as an x in the SVG's own units.
  function histogramDay(clientX) {
    const rect = ui.histogram.getBoundingClientRect();
    const x = ((clientX - rect.left) / rect.width) * HIST.width;
    const plotWidth = HIST.width - HIST.left - HIST.right;
    const bin = Math.min(histogram.bins.length - 1, Math.max(0, Math.floor(((x - HIST.left) / plotWidth) * histogram.bins.length)));
    return { x: Math.min(HIST.width - HIST.right, Math.max(HIST.left, x)), bin: bin };
  }

  ui.histogram.addEventListener('pointerdown', (e) => {
    if (!histogram.bins.length) return;
    ui.histogram.setPointerCapture(e.pointerId);
    histogram.drag = histogramDay(e.clientX);
  });
  ui.histogram.addEventListener('pointermove', (e) => {
    if (!histogram.drag) return;
    const now = histogramDay(e.clientX);
    const brush = ui.histogram.querySelector('.histogram-brush');
    brush.setAttribute('x', Math.min(now.x, histogram.drag.x).toFixed(1));
    brush.setAttribute('width', Math.abs(now.x - histogram.drag.x).toFixed(1));
  });
  ui.histogram.addEventListener('pointerup', (e) => {
    if (!histogram.drag) return;
    const start = histogram.drag;
    histogram.drag = null;
    const end = histogramDay(e.clientX);
    const from = Math.min(start.bin, end.bin);
    const to = Math.max(start.bin, end.bin);
    // The brushed bins' days become the date filter, and the map reloads with it.
    ui.since.value = isoDay(histogram.first + from * histogram.binDays);
    ui.until.value = isoDay(histogram.first + (to + 1) * histogram.binDays - 1);
    clearMessage();
    loadEvents({ fit: false });
  });

  // ---------------------------------------------------------------- place names

  // Capitals always; other places from a population that falls as the map zooms in.
  const LABEL_POPULATION = [5000000, 5000000, 5000000, 2000000, 700000, 250000, 100000, 40000, 15000, 5000];
  const LABEL_LIMIT = 60;
  map.createPane('labels').style.zIndex = 420;
  map.getPane('labels').style.pointerEvents = 'none';
  const labelLayer = L.layerGroup().addTo(map);
  const labels = { request: 0, timer: null };

  function labelPopulation(zoom) {
    return LABEL_POPULATION[Math.min(LABEL_POPULATION.length - 1, Math.max(0, Math.round(zoom)))];
  }

  // The width a name takes on the map, in the fonts style.css gives place names.
  const labelMeasure = document.createElement('canvas').getContext('2d');
  function labelWidth(p) {
    labelMeasure.font = p.feature_code === 'PPLC' ? '700 12px system-ui, sans-serif' : '11px system-ui, sans-serif';
    return labelMeasure.measureText(p.name).width;
  }

  async function loadLabels() {
    const request = ++labels.request;
    const view = map.getBounds();
    const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v)).toFixed(4);
    const bbox = [clamp(view.getWest(), -180, 180), clamp(view.getSouth(), -90, 90),
      clamp(view.getEast(), -180, 180), clamp(view.getNorth(), -90, 90)].join(',');
    const params = new URLSearchParams({ bbox: bbox, min_population: String(labelPopulation(map.getZoom())),
      limit: String(LABEL_LIMIT) });
    const mapBox = $('map');
    mapBox.dataset.labels = 'loading';
    try {
      const data = await api('/v1/places?' + params.toString());
      if (request !== labels.request) return;
      labelLayer.clearLayers();
      // The places come most important first; one whose name would overlap a name already
      // placed is left out, so that the names stay readable.
      const placed = [];
      const shown = (data.places || []).filter((p) => {
        const at = map.latLngToContainerPoint([p.lat, p.lon]);
        const half = { x: labelWidth(p) / 2 + 3, y: 9 };
        const overlaps = placed.some((q) => Math.abs(q.x - at.x) < q.halfX + half.x && Math.abs(q.y - at.y) < q.halfY + half.y);
        if (!overlaps) placed.push({ x: at.x, y: at.y, halfX: half.x, halfY: half.y });
        return !overlaps;
      });
      shown.forEach((p) => {
        const text = el('span', { class: 'place-name' + (p.feature_code === 'PPLC' ? ' capital' : ''), text: p.name });
        labelLayer.addLayer(L.marker([p.lat, p.lon], {
          pane: 'labels',
          interactive: false,
          keyboard: false,
          icon: L.divIcon({ className: 'place-label', html: text, iconSize: null }),
        }));
      });
      mapBox.dataset.labels = String(shown.length);
    } catch (err) {
      if (request !== labels.request) return;
      mapBox.dataset.labels = 'error';
      showError(new Error('Could not load the place names: ' + err.message));
    }
  }

  map.on('moveend', () => {
    clearTimeout(labels.timer);
    labels.timer = setTimeout(loadLabels, 150);
  });

  // ---------------------------------------------------------------- control layer

  const controlLayer = L.layerGroup().addTo(map);
  const control = { firstDay: today() - 365, request: 0, timer: null };

  function sliderDay() {
    return control.firstDay + Number(ui.controlSlider.value);
  }

  // The slider spans the loaded events' dates; a date already picked is kept when it
  // still falls inside, so a reload does not throw the user back to the end.
  function setSliderRange(features) {
    let lo = Infinity;
    let hi = -Infinity;
    features.forEach((f) => {
      [f.properties.date_start, f.properties.date_end].forEach((d) => {
        const n = dayNumber(d);
        if (isFinite(n)) {
          lo = Math.min(lo, n);
          hi = Math.max(hi, n);
        }
      });
    });
    if (!isFinite(lo)) {
      hi = today();
      lo = hi - 365;
    }
    const picked = ui.controlSlider.dataset.touched ? sliderDay() : NaN;
    control.firstDay = lo;
    ui.controlSlider.min = '0';
    ui.controlSlider.max = String(hi - lo);
    ui.controlSlider.value = String((picked >= lo && picked <= hi ? picked : hi) - lo);
    updateControlLabel();
    loadControl();
  }

  function updateControlLabel() {
    const at = isoDay(sliderDay());
    ui.controlDate.textContent = at;
    ui.controlDate.dataset.at = at;
  }

  function scheduleControl(delay) {
    clearTimeout(control.timer);
    // Marked at once, so nobody reads the old count as the answer for the new date.
    ui.controlCount.dataset.state = 'pending';
    control.timer = setTimeout(loadControl, delay);
  }

  function controlTooltip(p) {
    const who = (p.controller && (p.controller.name || p.controller.code)) || 'unknown';
    const lines = [el('strong', { text: (p.place || 'Place') + ': ' }), who + ' (' + p.kind + ') since ' + (p.since || '?')];
    if (p.until) lines.push(', until ' + p.until);
    if (p.against && p.against.length) {
      lines.push(el('br'), 'against ' + p.against.map((a) => a.name || a.code).join(', '));
    }
    return el('span', null, lines);
  }

  function controlCircle(feature) {
    const p = feature.properties || {};
    const coords = feature.geometry.coordinates;
    const code = (p.controller && p.controller.code) || '?';
    const color = controllerColor(code);
    const contested = p.kind === 'contested';
    const circle = L.circleMarker([coords[1], coords[0]], {
      pane: 'control',
      radius: 17,
      color: color,
      weight: contested ? 3 : 2,
      dashArray: contested ? '5 4' : null,
      fillColor: color,
      fillOpacity: p.kind === 'partial' ? 0.15 : contested ? 0.3 : 0.45,
      className: 'control-place kind-' + (p.kind || 'unknown'),
    });
    circle.bindTooltip(() => controlTooltip(p), { direction: 'top', offset: [0, -14] });
    circle.on('click', () => openTimeline(p));
    return circle;
  }

  function renderControlLegend(features) {
    ui.controlLegend.textContent = '';
    const seen = {};
    features.forEach((f) => {
      const c = f.properties.controller || {};
      const key = c.code || '?';
      if (!seen[key]) seen[key] = { code: key, name: c.name, places: 0 };
      seen[key].places += 1;
    });
    Object.keys(seen).sort().forEach((key) => {
      const c = seen[key];
      append(ui.controlLegend, el('li', null, [
        swatch(controllerColor(c.code)),
        el('code', { text: c.code }),
        (c.name ? ' ' + c.name : '') + ' — ' + plural(c.places, 'place', 'places'),
      ]));
    });
  }

  async function loadControl() {
    clearTimeout(control.timer);
    const request = ++control.request;
    const at = isoDay(sliderDay());
    if (!ui.controlToggle.checked) {
      controlLayer.clearLayers();
      ui.controlLegend.textContent = '';
      ui.controlCount.textContent = 'hidden';
      ui.controlCount.dataset.at = at;
      ui.controlCount.dataset.state = 'hidden';
      return;
    }
    ui.controlCount.textContent = 'loading…';
    ui.controlCount.dataset.state = 'loading';
    try {
      const params = new URLSearchParams({ at: at, format: 'geojson' });
      const collection = await api('/v1/control?' + params.toString());
      if (request !== control.request) return;
      const features = ((collection && collection.features) || []).filter(isPoint);
      controlLayer.clearLayers();
      features.forEach((f) => controlLayer.addLayer(controlCircle(f)));
      renderControlLegend(features);
      ui.controlCount.textContent = plural(features.length, 'place', 'places');
      ui.controlCount.dataset.count = String(features.length);
      ui.controlCount.dataset.state = 'ready';
    } catch (err) {
      if (request !== control.request) return;
      ui.controlCount.textContent = 'unavailable';
      ui.controlCount.dataset.state = 'error';
      showError(err);
    }
    ui.controlCount.dataset.at = at;
  }

  // ---------------------------------------------------------------- side panel: event

  let eventRequest = 0;
  let selected = null;

  function selectMarker(marker) {
    if (selected && selected.getElement()) selected.getElement().classList.remove('selected');
    selected = marker || null;
    if (selected && selected.getElement()) selected.getElement().classList.add('selected');
  }

  function openPanel(title, content) {
    ui.eventTitle.textContent = title;
    ui.eventBody.textContent = '';
    append(ui.eventBody, content);
    ui.eventPanel.hidden = false;
  }

  async function openEvent(id, marker) {
    selectMarker(marker);
    const request = ++eventRequest;
    openPanel('Event', el('p', { class: 'muted', text: 'Loading ' + id + '…' }));
    ui.eventPanel.scrollIntoView({ block: 'nearest' });
    try {
      const ev = await api('/v1/events/' + encodeURIComponent(id));
      if (request !== eventRequest) return;
      openPanel('Event', renderEvent(ev));
      ui.eventPanel.scrollIntoView({ block: 'start' });
    } catch (err) {
      if (request !== eventRequest) return;
      openPanel('Event', el('p', { class: 'muted', text: 'Could not load event ' + id + '.' }));
      showError(err);
    }
  }

  function renderEvent(ev) {
    const out = [];
    out.push(el('p', { class: 'muted' }, ['Event ', el('code', { text: ev.id })]));
    out.push(facts([
      ['CAMEO', el('code', { text: ev.cameo || '—' })],
      ['PLOVER', ev.plover || '—'],
      ['ACLED', acledText(ev.acled)],
      ['Status', ev.status || '—'],
      ['Date', dateText(ev.date)],
      ['Place', placeText(ev.location, ev.place_text)],
      ['Source', actorText(ev.source)],
      ['Target', actorText(ev.target)],
      ['Confidence', confidenceText(ev.confidence)],
      ['Reports', ev.report_count !== undefined ? String(ev.report_count) : '—'],
    ]));
    if (ev.control) out.push(el('p', { class: 'muted', text: 'Effect on control: ' + ev.control }));

    out.push(el('h3', { text: 'Evidence' }));
    out.push(markKey());
    const terms = eventTerms(ev);
    const reports = Array.isArray(ev.reports) && ev.reports.length
      ? ev.reports
      : [{ doc: ev.doc, evidence: ev.evidence }];
    reports.forEach((report) => {
      const evidence = report.evidence || ev.evidence || {};
      // A report carries its own words when the store has them; another outlet's wording differs.
      const own = report.trigger === undefined ? terms : [
        { text: report.trigger, cls: 'predicate' },
        { text: report.source_text, cls: 'actor' },
        { text: report.target_text, cls: 'actor' },
        { text: report.place_text, cls: 'place' },
        { text: report.date_text, cls: 'date' },
      ];
      out.push(el('div', { class: 'report' }, [
        highlightedEvidence(evidence.text, own),
        reportSource(report),
      ]));
    });
    return out;
  }

  async function openTimeline(period) {
    selectMarker(null);
    const title = 'Control of ' + (period.place || 'place');
    if (period.geonameid === null || period.geonameid === undefined) {
      openPanel(title, el('p', { class: 'muted', text: 'This place has no GeoNames id, so no timeline.' }));
      return;
    }
    const request = ++eventRequest;
    openPanel(title, el('p', { class: 'muted', text: 'Loading the timeline…' }));
    ui.eventPanel.scrollIntoView({ block: 'nearest' });
    try {
      const data = await api('/v1/places/' + encodeURIComponent(period.geonameid) + '/timeline');
      if (request !== eventRequest) return;
      openPanel(title, renderTimeline(data && data.timeline ? data.timeline : []));
    } catch (err) {
      if (request !== eventRequest) return;
      openPanel(title, el('p', { class: 'muted', text: 'Could not load the timeline.' }));
      showError(err);
    }
  }

  function renderTimeline(periods) {
    if (!periods.length) return el('p', { class: 'muted', text: 'No periods of control recorded.' });
    const list = el('ol', { class: 'timeline' });
    periods.forEach((p) => {
      const c = p.controller || {};
      const item = el('li', null, [
        swatch(controllerColor(c.code)), ' ',
        el('strong', { text: formatDateRange(p.since, p.until || 'now') }), ': ',
        (c.name || c.code || 'unknown') + ' (' + p.kind + ')',
      ]);
      if (p.against && p.against.length) {
        append(item, ', against ' + p.against.map((a) => a.name || a.code).join(', '));
      }
      const events = p.events || [];
      if (events.length) {
        const links = el('div', { class: 'report-source' }, ['events: ']);
        events.forEach((id, i) => {
          if (i) append(links, ', ');
          const button = el('button', { type: 'button', class: 'secondary small', text: id });
          button.addEventListener('click', () => openEvent(id, null));
          append(links, button);
        });
        append(item, links);
      }
      if (p.sources && p.sources.length) {
        append(item, el('div', { class: 'report-source', text: 'sources: ' + p.sources.join(', ') }));
      }
      append(list, item);
    });
    return list;
  }

  // ---------------------------------------------------------------- coding an article

  function articleBody() {
    const text = ui.articleText.value;
    if (!text.trim()) {
      showMessage('Paste the text of an article first.', 'error');
      ui.articleText.focus();
      return null;
    }
    const body = { text: text };
    if (ui.articleLang.value) body.lang = ui.articleLang.value;
    if (ui.articleDate.value) body.date = ui.articleDate.value;
    return body;
  }

  function setBusy(busy) {
    ui.codeButton.disabled = busy;
    ui.storeButton.disabled = busy;
    ui.articleText.setAttribute('aria-busy', busy ? 'true' : 'false');
  }

  function documentLine(doc) {
    doc = doc || {};
    return [el('code', { text: doc.id || '?' }), ' · ' + (doc.lang || '?') + ' · ' + (doc.date || 'undated')];
  }

  function renderCodedEvent(ev) {
    const head = el('div', { class: 'event-head' }, [
      swatch(typeColor(ev.acled && ev.acled.type)),
      el('strong', { text: (ev.cameo || '?') + ' ' + (ev.plover || '') }),
      ' · ' + [
        ev.acled && ev.acled.type ? ev.acled.type + (ev.acled.sub_type ? ' / ' + ev.acled.sub_type : '') : 'no ACLED type',
        ev.status,
        ev.date ? formatDateRange(ev.date.start, ev.date.end) : '',
      ].filter(Boolean).join(' · '),
    ]);
    const who = el('div', { class: 'report-source' }, [
      'source ', actorText(ev.source), ' · target ', actorText(ev.target), ' · place ',
      placeText(ev.location, ev.place_text), ' · confidence ' + confidenceText(ev.confidence),
    ]);
    const item = el('li', null, [head, highlightedEvidence(ev.evidence && ev.evidence.text, eventTerms(ev)), who]);
    if (ev.location && isFinite(ev.location.lat) && isFinite(ev.location.lon)) {
      const show = el('button', { type: 'button', class: 'secondary small', text: 'Show on map' });
      show.addEventListener('click', () => map.setView([ev.location.lat, ev.location.lon], 7));
      append(item, show);
    }
    return item;
  }

  function renderCodedStatement(st) {
    const c = st.controller || {};
    const where = st.location ? st.location.name : st.place_text;
    return el('li', null, [
      el('div', { class: 'event-head' }, [
        swatch(controllerColor(c.code)),
        el('strong', { text: (c.name || c.code || '?') }),
        ' holds ' + (where || '?') + ' (' + (st.kind || '?') + ')' +
          (st.date && st.date.start ? ' · ' + formatDateRange(st.date.start, st.date.end) : ''),
      ]),
      highlightedEvidence(st.evidence && st.evidence.text, [
        { text: c.text, cls: 'actor' },
        { text: st.place_text, cls: 'place' },
      ]),
    ]);
  }

  function renderCoded(result) {
    const events = result.events || [];
    const statements = result.control || [];
    const out = [
      el('p', null, ['Coded ', documentLine(result.document), ': ' +
        plural(events.length, 'event', 'events') + ', ' +
        plural(statements.length, 'statement', 'statements') + ' of control. Nothing was stored.']),
    ];
    if (events.length || statements.length) out.push(markKey());
    if (events.length) out.push(el('ol', { class: 'coded-events' }, events.map(renderCodedEvent)));
    if (statements.length) {
      out.push(el('h3', { text: 'Statements of control' }));
      out.push(el('ol', { class: 'coded-control' }, statements.map(renderCodedStatement)));
    }
    return out;
  }

  function outcomeText(r) {
    const doc = r.document || {};
    const id = '“' + (doc.id || '?') + '”';
    const counts = plural(r.new || 0, 'new event', 'new events') + ', ' +
      plural(r.merged || 0, 'report', 'reports') + ' merged into known events, ' +
      plural(r.statements || 0, 'statement', 'statements') + ' of control.';
    switch (r.outcome) {
      case 'stored': return 'Stored ' + id + ': ' + counts;
      case 'replaced': return 'Replaced ' + id + ' with this text: ' + counts;
      case 'unchanged': return id + ' is already stored with this text; nothing changed.';
      case 'same-text': return 'This text is already stored as ' + id + '; nothing changed.';
      default: return 'Stored ' + id + ' (' + (r.outcome || 'no outcome given') + '): ' + counts;
    }
  }

  async function codeArticle() {
    const body = articleBody();
    if (!body) return;
    clearMessage();
    setBusy(true);
    ui.codeResult.textContent = 'Coding…';
    try {
      const result = await postJson('/v1/code', body);
      ui.codeResult.textContent = '';
      append(ui.codeResult, renderCoded(result || {}));
    } catch (err) {
      ui.codeResult.textContent = '';
      showError(err);
    } finally {
      setBusy(false);
    }
  }

  async function storeArticle() {
    const body = articleBody();
    if (!body) return;
    clearMessage();
    setBusy(true);
    try {
      const result = await postWrite('/v1/documents', body);
      showMessage(outcomeText(result || {}), 'ok');
      ui.codeResult.textContent = '';
      loadHealth();
      await loadEvents({ fit: true });
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  }

  // ---------------------------------------------------------------- health

  async function loadHealth() {
    try {
      const h = await api('/v1/health');
      if (h.writes) serverWrites = h.writes;
      const store = h.store || {};
      ui.health.textContent = 'v' + h.version + ' · lexicon ' + h.lexicon + ' · gazetteer ' + h.gazetteer +
        ' · ' + plural(store.documents || 0, 'document', 'documents') + ', ' +
        plural(store.events || 0, 'event', 'events') + ' in ' + (store.backend || 'the store');
    } catch (err) {
      ui.health.textContent = 'The server does not answer.';
      showError(err);
    }
  }

  // ---------------------------------------------------------------- wiring

  ACLED_TYPES.forEach((t) => append(ui.type, el('option', { value: t.name, text: t.name })));
  append(ui.type, el('option', { value: NO_TYPE.name, text: 'none (no ACLED type)' }));

  // The sub-types offered are those of the type picked, or all of them under their types.
  function fillSubTypes() {
    const keep = ui.subtype.value;
    ui.subtype.textContent = '';
    append(ui.subtype, el('option', { value: '', text: 'any' }));
    Object.keys(ACLED_SUB_TYPES).forEach((type) => {
      if (ui.type.value && ui.type.value !== type) return;
      const group = el('optgroup', { label: type });
      ACLED_SUB_TYPES[type].forEach((sub) => append(group, el('option', { value: sub, text: sub })));
      append(ui.subtype, group);
    });
    ui.subtype.value = Array.from(ui.subtype.options).some((o) => o.value === keep) ? keep : '';
    ui.subtype.disabled = ui.type.value === NO_TYPE.name;
  }
  fillSubTypes();
  ui.type.addEventListener('change', fillSubTypes);

  ui.filters.addEventListener('submit', (e) => {
    e.preventDefault();
    clearMessage();
    loadEvents({ fit: true });
  });
  // The reset event comes before the fields are cleared.
  ui.filters.addEventListener('reset', () => setTimeout(() => {
    fillSubTypes();
    clearMessage();
    loadEvents({ fit: true });
  }, 0));

  ui.controlSlider.addEventListener('input', () => {
    ui.controlSlider.dataset.touched = '1';
    updateControlLabel();
    scheduleControl(150);
  });
  ui.controlSlider.addEventListener('change', () => {
    ui.controlSlider.dataset.touched = '1';
    updateControlLabel();
    scheduleControl(0);
  });
  ui.controlToggle.addEventListener('change', () => loadControl());

  ui.eventClose.addEventListener('click', () => {
    ui.eventPanel.hidden = true;
    selectMarker(null);
  });
  ui.message.title = 'Click to dismiss';
  ui.message.addEventListener('click', clearMessage);
  ui.codeButton.addEventListener('click', codeArticle);
  ui.storeButton.addEventListener('click', storeArticle);

  // For the browser test and for poking at the page from the console.
  window.sitrep = {
    map: map, clusters: clusters, loadEvents: loadEvents, loadControl: loadControl,
    palettes: { types: ACLED_TYPES.map((t) => t.color).concat([NO_TYPE.color]), control: CONTROL_COLORS },
  };
  window.sitrepMap = map;

  updateControlLabel();
  loadHealth();
  loadCountries();
  loadEvents();
  loadLabels();
}());
