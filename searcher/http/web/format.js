// format.js: how the search page shows values: facet and value names,
// places, pay, dates. Pure functions, no page state; app.js uses them
// through window.JobFormat.
'use strict';

window.JobFormat = (function () {
  const VALUE_NAMES = {
    FULL_TIME: 'Full-time', PART_TIME: 'Part-time', CONTRACTOR: 'Contract', TEMPORARY: 'Temporary',
    INTERN: 'Internship', VOLUNTEER: 'Volunteer', PER_DIEM: 'Per diem', OTHER: 'Other',
    remote: 'Remote', 'on-site': 'On-site',
  };

  const UNITS = { HOUR: 'an hour', DAY: 'a day', WEEK: 'a week', MONTH: 'a month', YEAR: 'a year' };

  const number = (n) => Number(n).toLocaleString('en-US');

  function valueName(value) {
    return VALUE_NAMES[value] || String(value).replace(/^[a-z]/, (c) => c.toUpperCase());
  }

  // A title for a facet the server's table does not name (its own titles
  // come from /api/facets).
  function facetTitle(name) {
    return name.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
  }

  // "100,000+" -> "100k+", so that bar labels fit a phone.
  function shortLabel(label) {
    const amount = /^(\d{1,3}),000\+$/.exec(label);
    return amount ? amount[1] + 'k+' : label;
  }

  function placeText(result) {
    const places = (result.locations || []).map((l) =>
      [l.locality, l.region || (l.locality ? l.country : ''), l.locality || l.region ? '' : l.country]
        .filter(Boolean).join(', '));
    if (result.remote) places.push('Remote');
    return places.filter(Boolean).join(' · ');
  }

  function money(value, currency) {
    const options = { maximumFractionDigits: value >= 1000 ? 0 : 2, notation: value >= 10000 ? 'compact' : 'standard' };
    if (/^[A-Z]{3}$/.test(currency || '')) {
      try {
        return value.toLocaleString('en-US', { ...options, style: 'currency', currency });
      } catch (ignored) { /* an unknown code: plain number below */ }
    }
    return value.toLocaleString('en-US', options) + (currency ? ' ' + currency : '');
  }

  function salaryText(salary) {
    if (!salary || (salary.min == null && salary.max == null)) return '';
    const low = salary.min != null ? money(salary.min, salary.currency) : '';
    const high = salary.max != null && salary.max !== salary.min ? money(salary.max, salary.currency) : '';
    return [low, high].filter(Boolean).join('–') + (UNITS[salary.unit] ? ' ' + UNITS[salary.unit] : '');
  }

  function dateText(date, today) {
    if (!date) return '';
    const days = Math.round((Date.parse(today || new Date().toISOString().slice(0, 10)) - Date.parse(date)) / 864e5);
    if (!Number.isFinite(days) || days < 0) return date;
    if (days === 0) return 'today';
    if (days === 1) return 'yesterday';
    if (days < 31) return days + ' days ago';
    return new Date(date).toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  }

  return { number, valueName, facetTitle, shortLabel, placeText, salaryText, dateText };
})();
