// The search page: the address bar holds the search (the same parameters
// as /api/search), every change fetches /api/search and redraws. Plain
// JavaScript, no build step; format.js shows the values and suggest_box.js
// runs the search box's completions (both loaded first). Which facets there
// are, their titles and how many values each lists come from /api/facets
// (the server's facet table); each facet value in a search answer names the
// parameter and value that select it, so the page builds no filter itself.
'use strict';

(function () {
  const PER_PAGE = 10;
  // What a result card shows (renderResults): the description itself is
  // fetched when a card is opened, so the search does not send it.
  const RESULT_FIELDS = 'title,title_html,company,locations,remote,employment_types,salary,date_posted,snippet';
  // The server's facets ({name, label, kind, param, page_limit, chart}),
  // in display order; term facets with no page_limit are not asked for.
  let facetTable = [];
  const moreValues = {};  // facet -> limit after "show more"
  let searchController = null;

  const $ = (id) => document.getElementById(id);
  const { number, valueName, facetTitle, shortLabel, placeText, salaryText, dateText } = window.JobFormat;
  const facetInfo = (name) => facetTable.find((f) => f.name === name) || { name, label: facetTitle(name) };
  const isChart = (name) => Boolean(facetInfo(name).chart);
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

  // Whether the address holds `value` of `param` (a facet value's selector).
  function isPicked(params, param, value) {
    return Boolean(param) && params.getAll(param).includes(value);
  }

  // Adds or removes one selector. A range facet's parameter holds one value
  // (a bucket replaces the one picked before); a term facet's is repeatable.
  function toggleValue(param, value, on, single) {
    const params = currentParams();
    const kept = single ? [] : params.getAll(param).filter((v) => v !== value);
    if (on) kept.push(value);
    params.delete(param);
    kept.forEach((v) => params.append(param, v));
    navigate(params);
  }

  // ---- the API -----------------------------------------------------------

  function facetSpec() {
    return facetTable.filter((f) => f.kind === 'range' || f.page_limit > 0)
      .map((f) => (f.kind === 'range' ? f.name : f.name + ':' + (moreValues[f.name] || f.page_limit)))
      .join(',');
  }

  function apiParams() {
    const params = currentParams();
    if (!params.get('page')) params.delete('page');
    params.set('per_page', String(PER_PAGE));
    params.set('facets', facetSpec() || 'none');
    params.set('fields', RESULT_FIELDS);
    return params;
  }

  // Fetches the search. Returns [status, body].
  async function fetchSearch(signal) {
    const response = await fetch('/api/search?' + apiParams().toString(), { signal });
    return [response.status, await response.json()];
  }

  // The server's facet table, once; none when it cannot be read (the page
  // then searches without facets).
  async function loadFacets() {
    try {
      const response = await fetch('/api/facets');
      if (response.ok) facetTable = (await response.json()).facets || [];
    } catch (error) {
      facetTable = [];
    }
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
    renderChips(body.facets || {}, params, (body.query && body.query.understood) || []);
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

  // A chip for each facet value the address picks, named as the answer
  // lists it ("Full-time", "Salary (yearly): 60,000+"); a value the answer
  // does not list (a facet not counted) shows as its parameter's value.
  function renderChips(facets, params, understood) {
    const chips = understood.map(understoodChip);
    const seen = new Set();
    for (const info of facetTable) {
      if (!info.param || seen.has(info.param)) continue;
      seen.add(info.param);
      for (const value of params.getAll(info.param)) chips.push(chip(facets, info, value));
    }
    $('chips').replaceChildren(...chips);
    const picked = chips.length - understood.length;
    $('filter-count').textContent = picked ? `(${picked})` : '';
  }

  // A condition the server read out of the query ("remote", "part time",
  // "chicago", "senior"): removing it asks again with those words kept as
  // words to find (the literal parameter).
  function understoodChip(u) {
    const label = u.as === 'boost' ? 'Prefer “' + u.text + '”'
      : u.param === 'near' ? 'Near ' + u.value
        : u.param === 'remote' ? 'Remote' : valueName(u.value);
    return el('button', {
      type: 'button', class: 'chip understood', 'data-understood': u.text,
      title: 'Read from your words “' + u.text + '”', 'aria-label': 'Search “' + u.text + '” as words instead',
      onclick: () => {
        const params = currentParams();
        params.append('literal', u.text);
        navigate(params);
      },
    }, label + ' ✕');
  }

  function chipLabel(facets, param, value) {
    for (const [name, facet] of Object.entries(facets)) {
      const v = (facet.values || []).find((x) => x.param === param && x.param_value === value);
      if (v) return facetInfo(name).kind === 'range' ? facetInfo(name).label + ': ' + v.value : valueName(v.value);
    }
    return value;
  }

  function chip(facets, info, value) {
    const label = chipLabel(facets, info.param, value);
    return el('button', {
      type: 'button', class: 'chip', 'aria-label': 'Remove filter ' + label,
      onclick: () => toggleValue(info.param, value, false, info.kind === 'range'),
    }, label + ' ✕');
  }

  function renderFacets(facets, params) {
    const lists = Object.entries(facets)
      .filter(([name]) => !isChart(name))
      .map(([name, facet]) => facetList(name, facet, params))
      .filter(Boolean);
    $('facet-lists').replaceChildren(...lists);
  }

  // A facet's values as a list; values that select something get a check
  // box (the server lists every picked value, with 0 when none has it).
  function facetList(name, facet, params) {
    const single = facetInfo(name).kind === 'range';
    const values = (facet.values || []).filter((v) => v.count > 0 || isPicked(params, v.param, v.param_value));
    if (!values.length) return null;
    const items = values.map((v) => el('li', {},
      el('label', {},
        v.param ? el('input', {
          type: 'checkbox', 'data-facet': name, 'data-value': v.value,
          checked: isPicked(params, v.param, v.param_value) ? 'checked' : null,
          onchange: (event) => toggleValue(v.param, v.param_value, event.target.checked, single),
        }) : null,
        el('span', { class: 'value' }, valueName(v.value)),
        el('span', { class: 'count' }, number(v.count)))));
    const more = facet.other_values > 0 ? el('button', {
      type: 'button', class: 'more',
      onclick: () => { moreValues[name] = 50; search(); },
    }, `Show ${number(facet.other_values)} more`) : null;
    return el('fieldset', { class: 'facet', 'data-facet': name },
      el('legend', {}, facetInfo(name).label), el('ul', {}, ...items), more);
  }

  // Bar charts of the range facets (salary, date posted) from their counts.
  function renderCharts(facets) {
    const charts = facetTable.filter((f) => f.chart && facets[f.name]).map((f) => {
      const values = facets[f.name].values || [];
      const top = Math.max(1, ...values.map((v) => v.count));
      const params = currentParams();
      const bars = values.map((v) => {
        const bar = el('span', { class: 'bar' });
        bar.style.height = Math.round((v.count / top) * 100) + '%';
        const picked = isPicked(params, v.param, v.param_value);
        const parts = [el('span', { class: 'bar-count' }, number(v.count)), el('span', { class: 'bar-box' }, bar),
          el('span', { class: 'bar-label' }, shortLabel(v.value))];
        const body = v.param ? el('button', {
          type: 'button', class: 'bar-button', 'aria-pressed': String(picked),
          'aria-label': `${v.value}: ${number(v.count)} jobs`,
          onclick: () => toggleValue(v.param, v.param_value, !picked, true),
        }, ...parts) : el('span', { class: 'bar-button' }, ...parts);
        return el('li', { title: `${v.value}: ${number(v.count)}` }, body);
      });
      return el('figure', { class: 'chart', 'data-facet': f.name },
        el('figcaption', {}, f.label), el('ol', { class: 'bars' }, ...bars));
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
    loadFacets().then(search);
  }

  start();
})();
