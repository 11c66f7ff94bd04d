#!/usr/bin/env node
// search_page_test.js: the search page, used as a person would, in Debian's
// headless Chromium.
//
// Indexes the bundled corpus, starts `jobsearch serve` on a free loopback
// port, opens the page, types a query (checking the suggestions), presses
// Enter, ticks a facet, and checks the result count and the first title
// against the API's own answer for the same search; then follows a "did
// you mean" link, removes the chip of a condition read out of the query,
// and opens a shared address at phone width. Fails on any
// script error or console error (a blocked resource included). Saves
// screenshots (desktop and phone width) at --screenshot.
//
// Chromium is driven over its DevTools protocol on a pipe
// (--remote-debugging-pipe), so the test needs node and chromium only, no
// npm packages.
//
// Usage: node search_page_test.js --jobindex BIN --jobsearch BIN --corpus DIR
//            --screenshot FILE.png   [CHROMIUM=/usr/bin/chromium]
'use strict';

const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const STEP_TIMEOUT_MS = 15000;
const TOTAL_TIMEOUT_MS = 100000;

const children = [];
let passed = 0;

function fail(message) {
  console.error('FAILED: ' + message);
  console.error(`${passed} passed, 1 failed`);
  for (const child of children) child.kill('SIGKILL');
  process.exit(1);
}

function check(condition, what, detail) {
  if (!condition) fail(what + (detail === undefined ? '' : ': ' + JSON.stringify(detail)));
  passed++;
  console.log('ok - ' + what);
}

function options() {
  const args = process.argv.slice(2);
  const named = {};
  for (let i = 0; i + 1 < args.length; i += 2) named[args[i].replace(/^--/, '')] = args[i + 1];
  for (const name of ['jobindex', 'jobsearch', 'corpus', 'screenshot']) {
    if (!named[name]) fail(`--${name} is required`);
  }
  return named;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Polls `probe` until it returns something truthy, or fails naming `what`.
async function waitFor(what, probe) {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value) return value;
    await sleep(50);
  }
  fail('timed out waiting for ' + what);
}

function startServer(jobsearch, db) {
  const server = spawn(jobsearch, ['serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(server);
  let printed = '';
  server.stderr.on('data', () => {});  // one line per request
  return new Promise((resolve) => {
    server.stdout.on('data', (data) => {
      printed += data;
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(printed);
      if (match) resolve({ server, base: `http://127.0.0.1:${match[1]}` });
    });
    server.on('exit', (code) => fail('the server exited early with ' + code));
  });
}

function getJson(url) {
  return new Promise((resolve, reject) => {
    http.get(url, (response) => {
      let body = '';
      response.on('data', (chunk) => { body += chunk; });
      response.on('end', () => resolve(JSON.parse(body)));
    }).on('error', reject);
  });
}

// The DevTools protocol over Chromium's pipe: JSON messages ended by NUL,
// written to its fd 3 and read from its fd 4.
class Browser {
  constructor(profile) {
    const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage', '--no-default-browser-check', '--hide-scrollbars', '--mute-audio',
      '--remote-debugging-pipe', '--user-data-dir=' + profile, 'about:blank'];
    this.process = spawn(CHROMIUM, flags, { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
    children.push(this.process);
    this.process.stderr.on('data', () => {});
    this.process.on('error', (error) => fail('cannot start chromium: ' + error.message));
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = [];
    let buffer = '';
    this.process.stdio[4].on('data', (data) => {
      buffer += data.toString('utf8');
      let end;
      while ((end = buffer.indexOf('\0')) >= 0) {
        this.dispatch(JSON.parse(buffer.slice(0, end)));
        buffer = buffer.slice(end + 1);
      }
    });
  }

  dispatch(message) {
    if (message.id && this.pending.has(message.id)) {
      const { resolve, method } = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) fail(`${method}: ${message.error.message}`);
      resolve(message.result);
    } else if (message.method) {
      for (const listener of this.listeners) listener(message);
    }
  }

  send(method, params = {}, sessionId = undefined) {
    const id = this.nextId++;
    this.process.stdio[3].write(JSON.stringify({ id, method, params, sessionId }) + '\0');
    return new Promise((resolve) => this.pending.set(id, { resolve, method }));
  }
}

// One tab, with helpers to read the page and act as a person.
class Tab {
  constructor(browser, sessionId) {
    this.browser = browser;
    this.sessionId = sessionId;
    this.problems = [];
    browser.listeners.push((message) => {
      if (message.sessionId !== sessionId) return;
      if (message.method === 'Runtime.exceptionThrown') this.problems.push(message.params.exceptionDetails.text);
      if (message.method === 'Log.entryAdded' && message.params.entry.level === 'error') this.problems.push(message.params.entry.text);
      if (message.method === 'Runtime.consoleAPICalled' && message.params.type === 'error') this.problems.push('console.error');
    });
  }

  send(method, params) { return this.browser.send(method, params, this.sessionId); }

  async eval(expression) {
    const result = await this.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    if (result.exceptionDetails) fail('page script failed: ' + expression + ': ' + result.exceptionDetails.text);
    return result.result.value;
  }

  async key(key, code, keyCode, text) {
    await this.send('Input.dispatchKeyEvent', { type: 'keyDown', key, code, windowsVirtualKeyCode: keyCode, text });
    await this.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code, windowsVirtualKeyCode: keyCode });
  }

  async type(text) {
    for (const character of text) {
      await this.send('Input.insertText', { text: character });
      await sleep(30);
    }
  }

  async click(selector) {
    const box = await this.eval(`(() => { const e = document.querySelector(${JSON.stringify(selector)});
      if (!e) return null; e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();
      return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()`);
    if (!box) fail('nothing to click at ' + selector);
    for (const type of ['mouseMoved', 'mousePressed', 'mouseReleased']) {
      await this.send('Input.dispatchMouseEvent', { type, x: box.x, y: box.y, button: 'left', clickCount: 1 });
    }
  }

  async screenshot(file, width, height, mobile) {
    await this.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile });
    await sleep(200);
    const shot = await this.send('Page.captureScreenshot', { format: 'png' });
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, Buffer.from(shot.data, 'base64'));
  }
}

async function openTab(browser) {
  const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
  const tab = new Tab(browser, sessionId);
  for (const domain of ['Page', 'Runtime', 'Log']) await tab.send(domain + '.enable');
  await tab.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 1000, deviceScaleFactor: 1, mobile: false });
  return tab;
}

// What the page shows: the count it drew, its first title, its address.
function pageState(tab) {
  return tab.eval(`(() => { try {
    return {renders: Number(document.body.dataset.renders || 0), total: document.body.dataset.total,
      loading: document.body.classList.contains('loading'), search: location.search,
      first: (document.querySelector('#result-list .card .title') || {}).textContent || null};
  } catch (error) { return {renders: 0}; } })()`);
}

async function waitForRender(tab, after, what) {
  return waitFor(what, async () => {
    const state = await pageState(tab);
    return state.renders > after && !state.loading ? state : null;
  });
}

async function run() {
  const args = options();
  if (!fs.existsSync(CHROMIUM)) {
    fail(`chromium not found at ${CHROMIUM}: install Debian's chromium (scripts/install-deps does), or set CHROMIUM`);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jobsearch-browser-'));
  process.on('exit', () => {
    for (const child of children) child.kill('SIGKILL');
    try { fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 }); } catch (ignored) { /* chromium's late writes */ }
  });
  const db = path.join(tmp, 'jobs.db');
  execFileSync(args.jobindex, ['--db', db, args.corpus], { stdio: 'ignore' });
  const { server, base } = await startServer(args.jobsearch, db);
  const browser = new Browser(path.join(tmp, 'profile'));
  const tab = await openTab(browser);

  await tab.send('Page.navigate', { url: base + '/' });
  const first = await waitForRender(tab, 0, 'the first results');
  const everything = await getJson(base + '/api/search?facets=employment_type&limit=1');
  check(first.total === String(everything.total), 'the page opens on every posting', [first.total, everything.total]);

  await tab.eval(`document.getElementById('q').focus()`);
  await tab.type('nurs');
  const suggestions = await waitFor('suggestions', () => tab.eval(`(() => { const list = document.getElementById('suggestions');
    return list.hidden ? null : [...list.querySelectorAll('li')].map((li) => li.dataset.text); })()`));
  check(suggestions.some((text) => /nurs/i.test(text)), 'typing shows suggestions', suggestions);
  await tab.type('e');
  await tab.key('Escape', 'Escape', 27);
  await tab.key('Enter', 'Enter', 13, '\r');
  const searched = await waitForRender(tab, first.renders, 'the results of the query');
  const nurse = await getJson(base + '/api/search?q=nurse&facets=employment_type:20');
  check(searched.search === '?q=nurse', 'the query is in the address', [searched, first]);
  check(searched.total === String(nurse.total), 'the result count is the API\'s', [searched.total, nurse.total]);
  check(searched.first === nurse.results[0].title, 'the first title is the API\'s', [searched.first, nurse.results[0].title]);

  const facetValue = nurse.facets.employment_type.values[0].value;
  await tab.click(`#facet-lists input[data-facet="employment_type"][data-value="${facetValue}"]`);
  const ticked = await waitForRender(tab, searched.renders, 'the results after ticking a facet');
  const filtered = await getJson(base + '/api/search?q=nurse&facets=employment_type&filter=' +
    encodeURIComponent('employment_type=' + facetValue));
  check(ticked.total === String(filtered.total), 'ticking a facet gives the API\'s count', [ticked.total, filtered.total]);
  check(ticked.first === filtered.results[0].title, 'and the API\'s first title', [ticked.first, filtered.results[0].title]);
  check(await tab.eval(`document.querySelector('#facet-lists input[data-value="${facetValue}"]').checked`),
    'the ticked box stays ticked');
  const charts = await tab.eval(`document.querySelectorAll('#charts figure .bars li').length`);
  check(charts > 0, 'a histogram is drawn from the facet counts', charts);
  check(tab.problems.length === 0, 'no script or console errors', tab.problems);

  await tab.screenshot(args.screenshot, 1280, 1400, false);
  check(fs.statSync(args.screenshot).size > 10000, 'a screenshot is saved at ' + args.screenshot);

  // A misspelt query offers the correction, and the offer is a link.
  await tab.send('Page.navigate', { url: base + '/?q=enginer' });
  const misspelt = await waitForRender(tab, 0, 'the results of a misspelt query');
  const offer = await tab.eval(`document.getElementById('spelling').hidden ? null : document.getElementById('spelling').textContent`);
  check(offer === 'Did you mean engineer?', '"did you mean" offers the correction', offer);
  await tab.click('#spelling a');
  const corrected = await waitForRender(tab, misspelt.renders, 'the results of the correction');
  const engineer = await getJson(base + '/api/search?q=engineer&facets=employment_type');
  check(corrected.search === '?q=engineer' && corrected.total === String(engineer.total),
    'following it searches for the correction', [corrected.search, corrected.total, engineer.total]);

  // A condition read out of the query is a chip; removing it searches its
  // words as words (literal=), as the API does.
  await tab.send('Page.navigate', { url: base + '/?q=part+time+nurse' });
  const understood = await waitForRender(tab, 0, 'the results of a query with a condition');
  const read = await getJson(base + '/api/search?q=part+time+nurse&facets=employment_type');
  const chipText = await tab.eval(`(document.querySelector('#chips .chip.understood') || {}).textContent || null`);
  check(read.query.understood.length === 1 && chipText === 'Part-time ✕',
    'a condition read from the query shows as a chip', [chipText, read.query.understood]);
  check(understood.total === String(read.total), 'with the API\'s count', [understood.total, read.total]);
  await tab.click('#chips .chip.understood');
  const literal = await waitForRender(tab, understood.renders, 'the results without the condition');
  const asWords = await getJson(base + '/api/search?q=part+time+nurse&literal=part+time&facets=employment_type');
  check(literal.search === '?q=part+time+nurse&literal=part+time' && asWords.query.understood.length === 0 &&
    literal.total === String(asWords.total) && asWords.total > read.total,
  'removing the chip searches the words as words', [literal.search, literal.total, asWords.total, read.total]);
  check(!(await tab.eval(`document.querySelector('#chips .chip.understood')`)), 'and the chip is gone');

  // The same search opened on a phone: filters folded away, results first.
  await tab.send('Emulation.setDeviceMetricsOverride', { width: 390, height: 844, deviceScaleFactor: 1, mobile: true });
  await tab.send('Page.navigate', { url: base + '/' + ticked.search });  // a shared address
  const phone = await waitForRender(tab, 0, 'the page on a phone');
  check(phone.total === ticked.total, 'a shared address gives the same results', [phone.total, ticked.total]);
  check(!(await tab.eval(`document.getElementById('filters-panel').open`)), 'filters are folded on a phone');
  await tab.screenshot(args.screenshot.replace(/\.png$/, '') + '-phone.png', 390, 1400, true);
  check(tab.problems.length === 0, 'still no script or console errors', tab.problems);

  await browser.send('Browser.close');
  server.removeAllListeners('exit');
  const exitCode = await new Promise((resolve) => { server.on('exit', resolve); server.kill('SIGTERM'); });
  check(exitCode === 0, 'the server stops cleanly on SIGTERM', exitCode);
  console.log(`${passed} passed, 0 failed`);
}

setTimeout(() => fail('the whole test took over ' + TOTAL_TIMEOUT_MS / 1000 + ' s'), TOTAL_TIMEOUT_MS).unref();
run().then(() => process.exit(0), (error) => fail(error.stack || String(error)));
