// ormcompare tabs. One script per page; everything goes through event delegation on the document,
// so it can run in the head, before the blocks exist. State (in localStorage, one key per site):
// o = the ORM chosen last, p = the ORMs picked in the picker bar, v = 'cols' for side by side.
// The address may ask for an ORM (?orm=prisma) and a picker (?orms=django,prisma): that wins over
// the stored state on this page, and is stored only once the reader chooses.
(d => {
  const KEY = 'ormcompare', html = d.documentElement, stored = read(), asked = query();
  const state = {o: stored.o, p: asked.p || stored.p, v: stored.v};
  let css = '', early;
  html.classList.add('ormcompare-js');
  // Copy buttons only where pages may write to the clipboard (not on sites served over plain HTTP).
  if (navigator.clipboard) html.classList.add('ormcompare-copies');
  html.classList.toggle('ormcompare-cols', state.v === 'cols');
  // Until the page is read, CSS shows the asked or last chosen ORM in every block that has it, and
  // only the picked ORMs: no flash. Side by side shows every ORM anyway.
  if (state.v !== 'cols') {
    if (stored.o) css += chosen(stored.o);
    if (asked.o) css += chosen(asked.o);
  }
  if (state.p) {
    const any = state.p.map(is).join(), picking = `.ormcompare-bar:is(${any.replace(/data-orm=/g, 'data-orms~=')})`;
    css += `${picking} [role=tab]:not(${any}),${picking}~.ormcompare-panel:not(${any}){display:none!important}`;
  }
  if (css) {
    early = d.createElement('style');
    early.textContent = css;
    d.head.append(early);
  }
  // The rules that select ORM o early in the blocks that have it. Each rule has the same weight as
  // the one it overrides, so that the ORM asked for, whose rules come last, wins where a block has both.
  function chosen(o) {
    const bar = `.ormcompare-bar[data-orms~="${o}"]`, it = is(o);
    return `${bar}~.ormcompare-panel:not(${it}){display:none!important}${bar}~.ormcompare-panel${it}{display:block!important}`
      + `${bar} [role=tab]:not(${it}){font-weight:normal;border-color:transparent!important}`
      + `${bar} [role=tab]${it}{font-weight:bold;border-color:var(--oc-accent)!important}`;
  }
  // Only ever called with values that passed id(), so they cannot break out of the quotes.
  function is(orm) {
    return `[data-orm="${orm}"]`;
  }

  // Storage holds whatever was written there (another version, another script, a console), and the
  // query is anyone's link: only values of the right shape are kept, so nothing read can make a
  // selector or a comparison throw; anything else is as if absent.
  function read() {
    let s;
    try {
      s = JSON.parse(localStorage.getItem(KEY));
    } catch {}
    return s ? kept(s.o, s.p, s.v) : {};
  }
  function query() {
    const q = new URLSearchParams(location.search);
    return kept(q.get('orm'), (q.get('orms') || '').split(','));
  }
  function kept(o, p, v) {
    const valid = {}, orms = Array.isArray(p) ? p.filter(id) : [];
    if (id(o)) valid.o = o;
    if (orms.length) valid.p = orms;
    if (v === 'cols') valid.v = v;
    return valid;
  }
  function id(value) {
    return typeof value === 'string' && /^[\w-]+$/.test(value);
  }
  function all(selector, root) {
    return [...(root || d).querySelectorAll(selector)];
  }
  // Takes a tab and its panel out of view (the picker's filter), or back.
  function filterOut(tab, out) {
    tab.classList.toggle('ormcompare-out', out);
    panelOf(tab).classList.toggle('ormcompare-out', out);
  }
  function panelOf(tab) {
    return d.getElementById(tab.getAttribute('aria-controls'));
  }
  // Stores the reader's choice and applies it, then scrolls so that el, which the reader acted on,
  // stays where they saw it.
  function update(el) {
    const top = el.getBoundingClientRect().top;
    try {
      localStorage.setItem(KEY, JSON.stringify(state));
    } catch {}
    apply();
    scrollBy(0, el.getBoundingClientRect().top - top);
  }

  // Shows one tab of its block; the other panels stay findable by the browser's find in page,
  // but out of the Tab sequence while they are not shown.
  function show(tab) {
    all('[role=tab]', tab.parentNode).forEach(t => {
      const on = t === tab, panel = panelOf(t);
      t.setAttribute('aria-selected', on);
      t.tabIndex = on ? 0 : -1;
      panel.tabIndex = on || state.v === 'cols' ? 0 : -1;
      panel.classList.toggle('ormcompare-active', on);
      panel.hidden = !on && 'until-found';
    });
  }

  // Applies the state to every block: the picker's filter, the chosen ORM, the view.
  function apply() {
    const picked = state.p || [];
    all('.ormcompare-bar').forEach(bar => {
      const tabs = all('[role=tab]', bar), filter = tabs.some(t => picked.includes(t.dataset.orm));
      tabs.forEach(t => filterOut(t, filter && !picked.includes(t.dataset.orm)));
      show([asked.o && bar.querySelector(is(asked.o)), state.o && bar.querySelector(is(state.o)),
        bar.querySelector('[aria-selected=true]')]
        .concat(tabs).find(t => t && !t.classList.contains('ormcompare-out')));
    });
    all('.ormcompare-picker [data-orm]').forEach(b => b.setAttribute('aria-pressed', picked.includes(b.dataset.orm)));
    all('.ormcompare-view').forEach(b => b.setAttribute('aria-pressed', state.v === 'cols'));
    html.classList.toggle('ormcompare-cols', state.v === 'cols');
  }

  // The reader's choice replaces what the address asked for, on the whole page.
  function choose(tab, focus) {
    state.o = tab.dataset.orm;
    asked.o = 0;
    update(tab);
    if (focus) tab.focus();
    address('orm', state.o, '#' + tab.getAttribute('aria-controls'));
  }

  // Keeps the address saying what is shown, so that it can be shared; replaced, not pushed: no
  // history entry per click. A parameter goes in only if the address had it, so that a page
  // opened without a query keeps a plain address.
  function address(name, value, hash) {
    const params = new URLSearchParams(location.search);
    if (params.has(name)) params.set(name, value);
    const q = String(params).replace(/%2C/g, ',');
    history.replaceState(null, '', (q ? '?' + q : location.pathname) + (hash || location.hash));
  }

  // A link to a panel (or tab) selects it in its block and scrolls to it.
  function reveal() {
    let el;
    // A stray % in the address makes it none of ours.
    try {
      el = d.getElementById(decodeURIComponent(location.hash.slice(1)));
    } catch {}
    const tab = el && (el.getAttribute('role') === 'tab' ? el : d.getElementById(el.getAttribute('aria-labelledby')));
    if (tab && tab.classList.contains('ormcompare-tab')) {
      // Where the block has the ORM the query asked for, that wins and the fragment is only a place.
      const wins = asked.o && tab.parentNode.querySelector(is(asked.o));
      if (!wins) {
        filterOut(tab, false);
        show(tab);
      } else if (el !== tab) {
        // Plain hidden: the browser's own scroll to the fragment would reveal hidden=until-found.
        el.hidden = true;
      }
      (wins ? tab : el).scrollIntoView();
    }
  }

  d.addEventListener('click', e => {
    const t = e.target.closest ? e.target : e.target.parentNode;
    let el;
    if ((el = t.closest('.ormcompare-tab'))) choose(el);
    else if ((el = t.closest('.ormcompare-view'))) {
      state.v = state.v === 'cols' ? '' : 'cols';
      update(el);
    } else if ((el = t.closest('.ormcompare-picker button'))) {
      const orm = el.dataset.orm, picked = state.p || [];
      state.p = !orm ? [] : picked.includes(orm) ? picked.filter(o => o !== orm) : picked.concat(orm);
      update(el);
      address('orms', state.p.join());
    } else if ((el = t.closest('.ormcompare-copy'))) {
      // The browser may refuse (no permission, page not focused): the button says so.
      navigator.clipboard.writeText(el.parentNode.querySelector('pre').textContent)
        .then(() => say(el, 'Copied'), () => say(el, 'Not copied'));
    }
  });

  function say(button, text) {
    button.textContent = text;
    setTimeout(() => {
      button.textContent = 'Copy';
    }, 1500);
  }

  // Keyboard as in the WAI-ARIA tabs pattern: arrows move and select, with wrap-around; Home, End.
  d.addEventListener('keydown', e => {
    const tab = e.target.closest?.('.ormcompare-tab');
    if (!tab) return;
    const tabs = all('[role=tab]:not(.ormcompare-out)', tab.parentNode), i = tabs.indexOf(tab), n = tabs.length;
    const next = {ArrowRight: i + 1, ArrowLeft: i + n - 1, Home: 0, End: n - 1}[e.key];
    if (next >= 0) {
      e.preventDefault();
      choose(tabs[next % n], true);
    }
  });

  // Find in page reveals a hidden panel (hidden=until-found): select its tab.
  d.addEventListener('beforematch', e => {
    const panel = e.target.closest('.ormcompare-panel');
    if (panel) show(d.getElementById(panel.getAttribute('aria-labelledby')));
  });
  // A link followed on the page is the reader's choice: it wins over the query.
  addEventListener('hashchange', () => {
    asked.o = 0;
    reveal();
  });

  function init() {
    if (navigator.clipboard) {
      all('.ormcompare-panel pre').forEach(pre => {
        const copy = d.createElement('button');
        copy.type = 'button';
        copy.className = 'ormcompare-copy';
        copy.textContent = 'Copy';
        // Above the code, in the row the CSS keeps for it.
        pre.before(copy);
      });
    }
    // Picked ORMs of which the page has none are as if not asked for.
    if (asked.p && !d.querySelector(asked.p.map(is).join())) state.p = stored.p;
    apply();
    reveal();
    if (early) early.remove();
    html.classList.add('ormcompare-ready');
  }
  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', init);
  else init();
})(document);
