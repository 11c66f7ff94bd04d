// The search page: the address bar holds the search (the same parameters
// as /api/search), every change fetches /api/search and redraws. Plain
// JavaScript, no build step; format.js shows the values and suggest_box.js
// runs the search box's completions (both loaded first). Facets and fields the server does not know
// (an older or newer build) are left out, never an error.
'use strict';

(function () {
  const PER_PAGE = 10;
  // Facets asked for, in display order, with how many values to list.
  // Range facets are drawn as bar charts, the rest as check-box lists.
  const FACETS = [
    ['employment_type', 8], ['remote', 2], ['location', 8], ['salary', 0], ['posted', 0],
    ['experience', 0], ['education', 6], ['company', 8], ['industry', 8], ['region', 8],
  ];
  const CHARTS = ['salary', 'posted'];
  const RANGES = { experience: true };  // listed, but not as filter values
  // Range facet values that work as filters: label -> [parameter, value].
  const RANGE_FILTERS = {
    salary: (label) => (/^([\d,]+)\+$/.exec(label) || [])[1] && ['salary_min', label.replace(/[^\d]/g, '')],
    posted: (label) => (/^within (\d+) days?$/.exec(label) || [])[1] && ['posted_within', /\d+/.exec(label)[0]],
  };
  const RANGE_CHIPS = {
    salary_min: (value) => 'Pay from ' + number(value),
    posted_within: (value) => 'Posted within ' + value + ' days',
  };

  const unknownFacets = new Set();  // facets this server said it does not know
  const moreValues = {};            // facet -> limit after "show more"
  let searchController = null;

  const $ = (id) => document.getElementById(id);
  const { number, valueName, facetTitle, shortLabel, placeText, salaryText, dateText } = window.JobFormat;
  const suggestions = window.JobSuggestBox($('q'), $('suggestions'), (text) => submitQuery(text));

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (name === 'class') node.className = value;
      else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
      else if (value !== null && value !== undefined && value !== false) node.setAttribute(name, value);
    }
    for (const child of children) {
      if (child !== null && child !== undefined) node.append(child);
    }
    return node;
  }

  // The server's HTML (snippets, titles) holds escaped text and <mark>:
  // anything else is shown as text.
  function markedHtml(html) {
    const escaped = String(html).replace(/<(?!\/?mark>)/g, '&lt;');
    const span = document.createElement('span');
    span.innerHTML = escaped;
    return span;
  }

  // ---- state: the address bar -------------------------------------------

  function currentParams() {
    return new URLSearchParams(window.location.search);
  }

  function navigate(params, replace) {
    params.delete('page');
    go(params, replace);
  }

  function go(params, replace) {
    const url = params.toString() ? '/?' + params.toString() : '/';
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    search();
  }

  function setParam(name, value) {
    const params = currentParams();
    if (value === null) params.delete(name);
    else params.set(name, value);
    navigate(params);
  }

  function filterValues(params) {
    return params.getAll('filter');
  }

  function toggleFilter(facet, value, on) {
    const params = currentParams();
    const wanted = facet + '=' + value;
    const kept = filterValues(params).filter((f) => f !== wanted);
    if (on) kept.push(wanted);
    params.delete('filter');
    kept.forEach((f) => params.append('filter', f));
    navigate(params);
  }

  // ---- the API -----------------------------------------------------------

  function facetSpec() {
    return FACETS.filter(([name]) => !unknownFacets.has(name))
      .map(([name, limit]) => (limit ? name + ':' + (moreValues[name] || limit) : name))
      .join(',');
  }

  function apiParams() {
    const params = currentParams();
    if (!params.get('page')) params.delete('page');
    params.set('per_page', String(PER_PAGE));
    params.set('facets', facetSpec() || 'none');
    return params;
  }

  // Fetches the search, leaving out (and remembering) any facet the server
  // calls unknown. Returns [status, body].
  async function fetchSearch(signal) {
    for (let attempt = 0; attempt <= FACETS.length; attempt++) {
      const response = await fetch('/api/search?' + apiParams().toString(), { signal });
      const body = await response.json();
      if (response.status !== 400 || !body.error) return [response.status, body];
      const unknown = /unknown facet "([^"]+)"/.exec(body.error.message || '');
      if (!unknown || !unknown[1] || unknownFacets.has(unknown[1]) ||
          !FACETS.some(([name]) => name === unknown[1])) {
        return [response.status, body];
      }
      unknownFacets.add(unknown[1]);
    }
    throw new Error('too many retries');
  }

  async function search() {
    const params = currentParams();
    $('q').value = params.get('q') || '';
    $('sort').value = params.get('sort') || 'relevance';
    if (searchController) searchController.abort();
    searchController = new AbortController();
    document.body.classList.add('loading');
    try {
      const [status, body] = await fetchSearch(searchController.signal);
      if (status !== 200) showError(body.error ? body.error.message : 'HTTP ' + status);
      else render(body, params);
    } catch (error) {
      if (error.name !== 'AbortError') showError('The search service did not answer (' + error.message + ').');
    } finally {
      document.body.classList.remove('loading');
    }
  }

  function showError(message) {
    $('error').textContent = message;
    $('error').hidden = false;
    $('result-list').replaceChildren();
    $('pager').replaceChildren();
    $('summary').textContent = '';
  }

  // ---- drawing -------------------------------------------------------------

  function render(body, params) {
    $('error').hidden = true;
    renderSummary(body, params);
    renderSpelling(body.query || {});
    renderChips(params);
    renderFacets(body.facets || {}, params);
    renderCharts(body.facets || {});
    renderResults(body.results || [], (body.query && body.query.now) || '');
    renderPager(body);
    document.body.dataset.total = String(body.total);
    document.body.dataset.renders = String(Number(document.body.dataset.renders || 0) + 1);
  }

  function renderSummary(body, params) {
    const q = params.get('q');
    const shown = body.results && body.results.length
      ? ` · ${number(body.results[0].rank)}–${number(body.results[body.results.length - 1].rank)}` : '';
    $('summary').textContent = (body.total_exact === false ? 'About ' : '') + number(body.total) +
      (body.total === 1 ? ' job' : ' jobs') + (q ? ` for “${q}”` : '') + shown;
  }

  function spellingLink(text) {
    return el('a', {
      href: '#', onclick: (event) => {
        event.preventDefault();
        const params = currentParams();
        params.set('q', text);
        navigate(params);
      },
    }, text);
  }

  function renderSpelling(query) {
    const box = $('spelling');
    box.replaceChildren();
    if (query.corrected && query.suggestion) {
      box.append('No jobs match “' + query.text + '”. Showing results for ', spellingLink(query.suggestion), '.');
    } else if (query.suggestion) {
      box.append('Did you mean ', spellingLink(query.suggestion), '?');
    }
    box.hidden = !box.childNodes.length;
  }

  function renderChips(params) {
    const chips = filterValues(params).map((filter) => {
      const [facet, ...rest] = filter.split('=');
      const value = rest.join('=');
      return el('button', {
        type: 'button', class: 'chip', 'aria-label': 'Remove filter ' + value,
        onclick: () => toggleFilter(facet, value, false),
      }, valueName(value) + ' ✕');
    });
    for (const [name, label] of Object.entries(RANGE_CHIPS)) {
      const value = params.get(name);
      if (value) {
        chips.push(el('button', {
          type: 'button', class: 'chip', 'aria-label': 'Remove filter ' + label(value),
          onclick: () => setParam(name, null),
        }, label(value) + ' ✕'));
      }
    }
    $('chips').replaceChildren(...chips);
    $('filter-count').textContent = chips.length ? `(${chips.length})` : '';
  }

  function renderFacets(facets, params) {
    const picked = new Set(filterValues(params));
    const lists = Object.entries(facets)
      .filter(([name]) => !CHARTS.includes(name))
      .map(([name, facet]) => facetList(name, facet, picked))
      .filter(Boolean);
    $('facet-lists').replaceChildren(...lists);
  }

  function facetList(name, facet, picked) {
    const values = (facet.values || []).filter((v) => v.count > 0 || picked.has(name + '=' + v.value));
    for (const filter of picked) {  // a ticked value always shows, to untick it
      const [facetName, ...rest] = filter.split('=');
      const value = rest.join('=');
      if (facetName === name && !values.some((v) => v.value === value)) values.push({ value, count: 0 });
    }
    if (!values.length) return null;
    const items = values.map((v) => el('li', {},
      el('label', {},
        RANGES[name] ? null : el('input', {
          type: 'checkbox', 'data-facet': name, 'data-value': v.value,
          checked: picked.has(name + '=' + v.value) ? 'checked' : null,
          onchange: (event) => toggleFilter(name, v.value, event.target.checked),
        }),
        el('span', { class: 'value' }, valueName(v.value)),
        el('span', { class: 'count' }, number(v.count)))));
    const more = facet.other_values > 0 ? el('button', {
      type: 'button', class: 'more',
      onclick: () => { moreValues[name] = 50; search(); },
    }, `Show ${number(facet.other_values)} more`) : null;
    return el('fieldset', { class: 'facet', 'data-facet': name },
      el('legend', {}, facetTitle(name)), el('ul', {}, ...items), more);
  }

  // Bar charts of the range facets (salary, date posted) from their counts.
  function renderCharts(facets) {
    const charts = CHARTS.filter((name) => facets[name]).map((name) => {
      const values = facets[name].values || [];
      const top = Math.max(1, ...values.map((v) => v.count));
      const params = currentParams();
      const bars = values.map((v) => {
        const bar = el('span', { class: 'bar' });
        bar.style.height = Math.round((v.count / top) * 100) + '%';
        const filter = RANGE_FILTERS[name] && RANGE_FILTERS[name](v.value);
        const picked = filter && params.get(filter[0]) === filter[1];
        const parts = [el('span', { class: 'bar-count' }, number(v.count)), el('span', { class: 'bar-box' }, bar),
          el('span', { class: 'bar-label' }, shortLabel(v.value))];
        const body = filter ? el('button', {
          type: 'button', class: 'bar-button', 'aria-pressed': String(Boolean(picked)),
          'aria-label': `${v.value}: ${number(v.count)} jobs`,
          onclick: () => setParam(filter[0], picked ? null : filter[1]),
        }, ...parts) : el('span', { class: 'bar-button' }, ...parts);
        return el('li', { title: `${v.value}: ${number(v.count)}` }, body);
      });
      return el('figure', { class: 'chart', 'data-facet': name },
        el('figcaption', {}, facetTitle(name)), el('ol', { class: 'bars' }, ...bars));
    });
    $('charts').replaceChildren(...charts);
  }

  function renderResults(results, today) {
    const cards = results.map((r) => {
      const types = (r.employment_types || []).map(valueName).join(', ');
      const title = r.title_html ? markedHtml(r.title_html) : document.createTextNode(r.title || '');
      const details = el('div', { class: 'details', hidden: 'hidden' });
      const toggle = el('button', {
        type: 'button', class: 'title', 'aria-expanded': 'false',
        onclick: () => toggleDetails(r, toggle, details),
      }, title);
      return el('li', { class: 'card', 'data-id': r.id },
        el('h2', {}, toggle),
        el('p', { class: 'company' }, r.company || ''),
        el('p', { class: 'tags' },
          placeText(r) ? el('span', { class: 'place' }, placeText(r)) : null,
          types ? el('span', { class: 'type' }, types) : null,
          salaryText(r.salary) ? el('span', { class: 'salary' }, salaryText(r.salary)) : null,
          r.date_posted ? el('time', { datetime: r.date_posted }, dateText(r.date_posted, today)) : null),
        r.snippet ? el('p', { class: 'snippet' }, markedHtml(r.snippet)) : null,
        details);
    });
    $('result-list').replaceChildren(...cards);
    if (!results.length) $('result-list').append(el('li', { class: 'empty' }, 'No jobs match. Try fewer words or filters.'));
  }

  async function toggleDetails(result, toggle, details) {
    const open = details.hidden;
    details.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (!open || details.childNodes.length) return;
    details.append('Loading…');
    try {
      const response = await fetch('/api/postings/' + encodeURIComponent(result.id));
      const posting = await response.json();
      const text = posting.description || '';
      details.replaceChildren(...text.split('\n').filter(Boolean).map((line) => el('p', {}, line)));
      if (/^https?:\/\//.test(posting.url || '')) {
        details.append(el('a', { class: 'apply', href: posting.url, target: '_blank', rel: 'noopener noreferrer' }, 'View the posting'));
      }
    } catch (error) {
      details.replaceChildren('Could not load the posting.');
    }
  }

  function renderPager(body) {
    const pages = Math.ceil(Math.min(body.total, 10000) / PER_PAGE);
    const current = Math.floor((body.offset || 0) / PER_PAGE) + 1;
    const link = (page, label, extra) => el('a', {
      href: '?' + pageParams(page).toString(), class: extra || null,
      'aria-current': page === current ? 'page' : null,
      onclick: (event) => { event.preventDefault(); go(pageParams(page)); window.scrollTo(0, 0); },
    }, label);
    const items = [];
    if (current > 1) items.push(link(current - 1, '‹ Previous', 'step'));
    for (let page = Math.max(1, current - 2); page <= Math.min(pages, current + 2); page++) items.push(link(page, String(page)));
    if (current < pages) items.push(link(current + 1, 'Next ›', 'step'));
    $('pager').replaceChildren(...(pages > 1 ? items : []));
  }

  function pageParams(page) {
    const params = currentParams();
    if (page > 1) params.set('page', String(page));
    else params.delete('page');
    return params;
  }

  // ---- the search box ----------------------------------------------------

  function submitQuery(text) {
    suggestions.close();
    const params = currentParams();
    if (text.trim()) params.set('q', text.trim());
    else params.delete('q');
    navigate(params);
  }

  function start() {
    $('search-form').addEventListener('submit', (event) => {
      event.preventDefault();
      submitQuery($('q').value);
    });
    $('sort').addEventListener('change', () => {
      const params = currentParams();
      if ($('sort').value === 'relevance') params.delete('sort');
      else params.set('sort', $('sort').value);
      navigate(params);
    });
    window.addEventListener('popstate', search);
    if (window.matchMedia('(max-width: 760px)').matches) $('filters-panel').open = false;
    search();
  }

  start();
})();
