// suggest_box.js: completions under the search box. Asks /api/suggest as
// the person types (after a pause, from two letters on), lists titles and
// skills, and lets arrows, Enter, Escape, a click or a tap pick one.
'use strict';

// Attaches to `input` and the (hidden) list element `list`; `submit(text)`
// runs the search when a completion is picked. Returns { close }.
window.JobSuggestBox = function (input, list, submit) {
  let controller = null;
  let timer = 0;
  let active = -1;

  function close() {
    clearTimeout(timer);
    if (controller) controller.abort();
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function item(suggestion, index) {
    const li = document.createElement('li');
    li.id = 'suggestion-' + index;
    li.setAttribute('role', 'option');
    li.dataset.text = suggestion.text;
    const text = document.createElement('span');
    text.textContent = suggestion.text;
    const kind = document.createElement('small');
    kind.textContent = suggestion.kind || '';
    li.append(text, kind);
    li.addEventListener('mousedown', (event) => {  // before the input's blur
      event.preventDefault();
      input.value = suggestion.text;
      close();
      submit(suggestion.text);
    });
    return li;
  }

  function show(suggestions) {
    if (!suggestions.length || document.activeElement !== input) return close();
    list.replaceChildren(...suggestions.map(item));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  }

  async function load() {
    const typed = input.value;
    if (typed.trim().length < 2) return close();  // one letter says too little
    if (controller) controller.abort();
    controller = new AbortController();
    try {
      const response = await fetch('/api/suggest?limit=8&q=' + encodeURIComponent(typed), { signal: controller.signal });
      const body = await response.json();
      show(response.ok ? body.suggestions || [] : []);
    } catch (error) {
      if (error.name !== 'AbortError') close();
    }
  }

  // Down and Up walk the list and back to what was typed.
  function move(step) {
    const items = [...list.children];
    if (!items.length) return;
    active = (active + step + items.length + 1) % (items.length + 1) - 1;
    items.forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) {
      input.value = items[active].dataset.text;
      input.setAttribute('aria-activedescendant', items[active].id);
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(load, 120);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') { event.preventDefault(); move(1); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); move(-1); }
    else if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault();  // a search box clears itself on Escape: only close the list
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  return { close };
};
