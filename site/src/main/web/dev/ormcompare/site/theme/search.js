// ormcompare site search: the box in the header. The first time the reader focuses it, it loads
// MiniSearch and the site's index as scripts (so it works from file: as over HTTP; nothing leaves
// the site). Results come as the reader types: pages, sections, and each ORM's snippet in every
// comparison, shown in a tab or not. It follows the WAI-ARIA combobox pattern with a listbox.
// A result in a comparison opens its page at that tab (the tabs' deep links), and the terms found
// are highlighted there for a moment. '/' and Ctrl+K (Cmd+K) focus the box. A section or snippet that
// several pages show (an include, a catalog cell) is one result naming them; it opens on this page
// when this page shows it.
(function (d, w) {
  const MAX_RESULTS = 10, HIGHLIGHT_MS = 4000, STORAGE_KEY = 'ormcompare-search-hit';
  let box, input, list, status, empty, root, herePage, search, loading, results = [], active = -1, returnFocus = null;

  function init() {
    box = d.querySelector('.oc-search[data-root]');
    if (!box) return;
    root = box.getAttribute('data-root');
    // This page's path in the site, as the index names pages.
    herePage = w.location.pathname.slice(new URL(root || './', w.location.href).pathname.length);
    input = box.querySelector('input');
    list = box.querySelector('[role=listbox]');
    status = box.querySelector('[role=status]');
    // Said when nothing matches: a listbox may hold options only, so this is a box of its own.
    empty = d.createElement('p');
    empty.className = 'oc-search-empty';
    empty.hidden = true;
    list.after(empty);
    input.addEventListener('focus', load);
    input.addEventListener('input', update);
    input.addEventListener('keydown', onKey);
    input.addEventListener('blur', () => {
      // A click on a result keeps the focus (mousedown is cancelled), so leaving closes the list.
      setTimeout(() => { if (d.activeElement !== input) close(); }, 0);
    });
    list.addEventListener('mousedown', (event) => { event.preventDefault(); });
    list.addEventListener('click', (event) => {
      const picked = event.target.closest('[role=option]');
      if (picked) go(results[+picked.getAttribute('data-index')]);
    });
    d.addEventListener('keydown', shortcut);
    showHit();
  }

  // '/' outside a text field, or Ctrl+K / Cmd+K anywhere: to the search box.
  function shortcut(event) {
    const target = event.target, typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const k = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey) && !event.altKey;
    if (!slash && !k) return;
    event.preventDefault();
    if (d.activeElement !== input) returnFocus = d.activeElement;
    input.focus();
    input.select();
  }

  function loadScript(src) {
    return new Promise((resolve, reject) => {
      const script = d.createElement('script');
      script.src = root + src;
      script.onload = resolve;
      script.onerror = function () { reject(new Error('cannot load ' + src)); };
      d.head.appendChild(script);
    });
  }

  function load() {
    if (loading) return loading;
    status.textContent = 'Loading the search index';
    loading = Promise.all([loadScript('ormcompare-assets/minisearch.min.js'),
      loadScript('ormcompare-assets/search-index.js')]).then(() => {
      search = index(w.ormcompareSearchIndex || { p: [], s: {} });
      status.textContent = '';
      update();
    }, () => {
      status.textContent = 'Search is not available on this copy of the site';
    });
    return loading;
  }

  // One document per page (["p", "", title, "", text]) and per section or snippet, which pages name
  // by a key ([kind, anchor, section, key]) and the index holds once ([title, text, topic]): such a
  // document lists the places that show it, and is found by any of their section titles.
  function index(data) {
    const docs = [], shared = {};
    data.p.forEach((page) => {
      const pageTitle = page.e.length && page.e[0][0] === 'p' ? page.e[0][2] : page.u;
      page.e.forEach((e) => {
        if (e[0] === 'p') {
          docs.push({ id: docs.length, kind: 'p', title: e[2], section: '', text: e[4], topic: '',
            places: [{ page: page.u, anchor: '', section: '', pageTitle: pageTitle }] });
          return;
        }
        let doc = shared[e[3]];
        if (!doc) {
          const held = data.s[e[3]] || ['', '', ''];
          doc = shared[e[3]] = { id: docs.length, kind: e[0], title: held[0], text: held[1], topic: held[2],
            section: '', places: [] };
          docs.push(doc);
        }
        doc.places.push({ page: page.u, anchor: e[1], section: e[2], pageTitle: pageTitle });
      });
    });
    docs.forEach((doc) => {
      if (doc.kind !== 'p') doc.section = [...new Set(doc.places.map((p) => p.section))].join(' \u00b7 ');
    });
    const mini = new w.MiniSearch({
      fields: ['title', 'topic', 'section', 'text'],
      // A word of one letter matches too much to help; typos are forgiven in words of four letters or more.
      processTerm: function (term) { return term.length > 1 ? term.toLowerCase() : null; },
      searchOptions: { boost: { title: 3, topic: 2, section: 1.5 }, combineWith: 'AND',
        prefix: function (term) { return term.length > 1; },
        fuzzy: function (term) { return term.length > 3 ? 0.2 : false; } }
    });
    mini.addAll(docs);
    // Typos are looked for only when the words as typed find nothing: a fuzzy search of a common
    // prefix on a large site is what makes a keystroke slow.
    function find(query) {
      let hits = mini.search(query, { fuzzy: false });
      if (!hits.length) hits = mini.search(query);
      return hits.map((hit) => { return { doc: docs[hit.id], terms: hit.terms }; });
    }
    return { find: find };
  }

  function update() {
    if (!search) return;
    const query = input.value.trim();
    results = query ? search.find(query).slice(0, MAX_RESULTS) : [];
    active = -1;
    list.textContent = '';
    results.forEach((result, i) => { list.appendChild(option(result, i)); });
    if (query) {
      status.textContent = results.length ? results.length + (results.length === MAX_RESULTS ? ' or more' : '')
        + ' result' + (results.length === 1 ? '' : 's') : 'No results';
    } else {
      status.textContent = '';
    }
    setOpen(results.length > 0);
    empty.hidden = !query || results.length > 0;
    empty.textContent = empty.hidden ? '' : 'Nothing matches \u201c' + query + '\u201d';
  }

  // Where a result leads: for a snippet that several pages show, this page's place if it has one.
  function place(doc) {
    return doc.places.find((p) => p.page === herePage) || doc.places[0];
  }

  // Where a result is: its page and section, then the other pages that show it.
  function where(doc) {
    const at = place(doc), pages = new Set(doc.places.map((p) => p.page)), named = [];
    pages.delete(at.page);
    for (const p of doc.places) {
      if (named.length === 3) break;
      if (p.page !== at.page && named.indexOf(p.pageTitle) < 0) named.push(p.pageTitle);
    }
    const more = pages.size - named.length;
    return (doc.kind === 'p' ? '' : at.pageTitle + (at.section ? ' \u203a ' + at.section : ''))
      + (named.length ? ' \u00b7 also on ' + named.join(', ') + (more > 0 ? ' and ' + more + ' more' : '') : '');
  }

  function option(result, i) {
    const doc = result.doc, li = d.createElement('li');
    li.id = 'oc-search-result-' + i;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.setAttribute('data-index', i);
    li.className = 'oc-result oc-result-' + doc.kind;
    const title = doc.kind === 'c' ? doc.title + ' \u00b7 ' + doc.topic : doc.title;
    const at = where(doc);
    li.appendChild(span('oc-result-title', title));
    if (at) li.appendChild(span('oc-result-where', at));
    const excerpt = span('oc-result-text', '');
    mark(excerpt, clip(doc.text, result.terms), result.terms);
    li.appendChild(excerpt);
    return li;
  }

  function span(className, text) {
    const element = d.createElement('span');
    element.className = className;
    element.textContent = text;
    return element;
  }

  // Some words around the first term found.
  function clip(text, terms) {
    const lower = text.toLowerCase();
    let at = -1;
    terms.forEach((term) => {
      const i = lower.indexOf(term.toLowerCase());
      if (i >= 0 && (at < 0 || i < at)) at = i;
    });
    const start = Math.max(0, at - 40);
    return (start > 0 ? '\u2026' : '') + text.substr(start, 120) + (start + 120 < text.length ? '\u2026' : '');
  }

  // A term as a regular expression that matches it as it is.
  function literal(term) {
    return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  // Writes text into element with each term found in <mark>.
  function mark(element, text, terms) {
    const words = terms.filter(Boolean).map(literal);
    if (!words.length) { element.textContent = text; return; }
    text.split(new RegExp('(' + words.join('|') + ')', 'ig')).forEach((part, i) => {
      if (i % 2) {
        const hit = d.createElement('mark');
        hit.textContent = part;
        element.appendChild(hit);
      } else if (part) {
        element.appendChild(d.createTextNode(part));
      }
    });
  }

  function setOpen(open) {
    list.hidden = !open;
    input.setAttribute('aria-expanded', open);
    if (!open) input.removeAttribute('aria-activedescendant');
  }

  function close() {
    setOpen(false);
    empty.hidden = true;
    active = -1;
  }

  function move(to) {
    const options = list.children;
    if (!options.length) return;
    if (active >= 0) options[active].setAttribute('aria-selected', 'false');
    active = (to + options.length) % options.length;
    options[active].setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', options[active].id);
    options[active].scrollIntoView({ block: 'nearest' });
  }

  function onKey(event) {
    switch (event.key) {
      case 'ArrowDown':
        if (list.hidden && results.length) setOpen(true);
        move(active + 1);
        break;
      case 'ArrowUp':
        move(active - 1);
        break;
      case 'Enter':
        if (results.length) go(results[Math.max(active, 0)]);
        break;
      case 'Escape':
        if (!list.hidden || !empty.hidden) {
          close();
        } else {
          input.value = '';
          status.textContent = '';
          const back = returnFocus;
          returnFocus = null;
          if (back && back !== d.body && d.contains(back)) back.focus(); else input.blur();
        }
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  // To the page, at the section or the tab; the terms are highlighted there.
  function go(result) {
    // From the site's root, as a relative path (./ at the top): a page is percent-encoded, never a scheme.
    const to = place(result.doc), href = (root || './') + to.page + (to.anchor ? '#' + to.anchor : '');
    try {
      w.sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ anchor: to.anchor, terms: result.terms }));
    } catch {}
    close();
    const target = new URL(href, w.location.href);
    if (target.pathname === w.location.pathname) {
      w.location.hash = to.anchor;
      showHit();
    } else {
      w.location.href = href;
    }
  }

  // After a search took the reader here: the terms marked in the part of the page it found.
  function showHit() {
    let hit;
    try {
      hit = JSON.parse(w.sessionStorage.getItem(STORAGE_KEY) || 'null');
      w.sessionStorage.removeItem(STORAGE_KEY);
    } catch {
      return;
    }
    if (!hit || !hit.terms || !hit.terms.length) return;
    const scope = (hit.anchor && d.getElementById(hit.anchor)) || d.getElementById('oc-main');
    if (!scope) return;
    if (hit.anchor) scope.scrollIntoView({ block: 'start' });
    const pattern = new RegExp(hit.terms.map(literal).join('|'), 'i');
    const walker = d.createTreeWalker(scope, NodeFilter.SHOW_TEXT), nodes = [];
    let node;
    while ((node = walker.nextNode())) if (pattern.test(node.data)) nodes.push(node);
    const marks = [];
    nodes.forEach((text) => {
      const parent = text.parentNode, marked = d.createElement('span');
      mark(marked, text.data, hit.terms);
      marked.querySelectorAll('mark').forEach((m) => { m.className = 'oc-hit'; marks.push(m); });
      while (marked.firstChild) parent.insertBefore(marked.firstChild, text);
      parent.removeChild(text);
    });
    setTimeout(() => {
      marks.forEach((m) => { m.replaceWith(d.createTextNode(m.textContent)); });
      scope.normalize();
    }, HIGHLIGHT_MS);
  }

  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', init); else init();
})(document, window);
