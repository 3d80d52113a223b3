// ormcompare tabs. One script per page; everything goes through event delegation on the document,
// so it can run in the head, before the blocks exist. State (in localStorage, one key per site):
// o = the ORM chosen last, p = the ORMs picked in the picker bar, v = 'cols' for side by side.
// The address may ask for an ORM (?orm=prisma) and a picker (?orms=django,prisma): that wins over
// the stored state on this page, and is stored only once the reader chooses.
(function (d, w) {
  var KEY = 'ormcompare', html = d.documentElement, stored = read(), asked = query(), css = '', early;
  var state = {o: stored.o, p: asked.p || stored.p, v: stored.v};
  html.classList.add('ormcompare-js');
  // Copy buttons only where pages may write to the clipboard (not on sites served over plain HTTP).
  html.classList.toggle('ormcompare-copies', !!navigator.clipboard);
  html.classList.toggle('ormcompare-cols', state.v == 'cols');
  // Until the page is read, CSS shows the asked or last chosen ORM in every block that has it, and
  // only the picked ORMs: no flash. Side by side shows every ORM anyway.
  if (state.v != 'cols') {
    if (stored.o && stored.o != asked.o) css += chosen(stored.o, asked.o);
    if (asked.o) css += chosen(asked.o);
  }
  if (state.p) {
    var any = state.p.map(is).join(), picking = '.ormcompare-bar:is(' + any.replace(/data-orm=/g, 'data-orms~=') + ')';
    css += picking + ' [role=tab]:not(' + any + '),' + picking + '~.ormcompare-panel:not(' + any + '){display:none!important}';
  }
  if (css) {
    early = d.createElement('style');
    early.textContent = css;
    d.head.appendChild(early);
  }
  // The rules that select ORM o early in the blocks that have it, but for those that have unless.
  function chosen(o, unless) {
    var bar = '.ormcompare-bar[data-orms~="' + o + '"]' + (unless ? ':not([data-orms~="' + unless + '"])' : ''), it = is(o);
    return bar + '~.ormcompare-panel:not(' + it + '){display:none!important}' + bar + '~' + it + '{display:block!important}'
      + bar + ' [role=tab]:not(' + it + '){font-weight:normal;border-color:transparent!important}'
      + bar + ' ' + it + '{font-weight:bold;border-color:var(--oc-accent)!important}';
  }
  // Only ever called with values that passed id(), so they cannot break out of the quotes.
  function is(orm) {
    return '[data-orm="' + orm + '"]';
  }

  // Storage holds whatever was written there (another version, another script, a console): only
  // values of the right shape are kept, so nothing read can make a selector or a comparison throw.
  function read() {
    var s, p, kept = {};
    try {
      s = JSON.parse(localStorage.getItem(KEY));
    } catch (e) {}
    if (!s) return kept;
    if (id(s.o)) kept.o = s.o;
    if (Array.isArray(s.p) && (p = s.p.filter(id)).length) kept.p = p;
    if (s.v === 'cols') kept.v = s.v;
    return kept;
  }
  // The query is anyone's link: as with storage, only ids are kept; anything else is as if absent.
  function query() {
    var q = new URLSearchParams(location.search), kept = {}, p = (q.get('orms') || '').split(',').filter(id);
    if (id(q.get('orm'))) kept.o = q.get('orm');
    if (p.length) kept.p = p;
    return kept;
  }
  function id(value) {
    return typeof value == 'string' && /^[\w-]+$/.test(value);
  }
  function all(selector, root) {
    return [].slice.call((root || d).querySelectorAll(selector));
  }
  function panelOf(tab) {
    return d.getElementById(tab.getAttribute('aria-controls'));
  }
  function shown(tab) {
    return !tab.classList.contains('ormcompare-out');
  }
  function save() {
    try {
      localStorage.setItem(KEY, JSON.stringify(state));
    } catch (e) {}
  }
  // Runs a change that moves the page, then scrolls so that el stays where the reader saw it.
  function keep(el, change) {
    var top = el.getBoundingClientRect().top;
    change();
    w.scrollBy(0, el.getBoundingClientRect().top - top);
  }

  // Shows one tab of its block; the other panels stay findable by the browser's find in page,
  // but out of the Tab sequence while they are not shown.
  function show(tab, focus) {
    all('[role=tab]', tab.parentNode).forEach(function (t) {
      var on = t == tab, panel = panelOf(t);
      t.setAttribute('aria-selected', on);
      t.tabIndex = on ? 0 : -1;
      panel.tabIndex = on || state.v == 'cols' ? 0 : -1;
      panel.classList.toggle('ormcompare-active', on);
      on ? panel.removeAttribute('hidden') : panel.setAttribute('hidden', 'until-found');
    });
    if (focus) tab.focus();
  }

  // Applies the state to every block: the picker's filter, the chosen ORM, the view.
  function apply() {
    var picked = state.p || [];
    all('.ormcompare-bar').forEach(function (bar) {
      var tabs = all('[role=tab]', bar), filter = tabs.some(function (t) {
        return picked.indexOf(t.dataset.orm) >= 0;
      });
      tabs.forEach(function (t) {
        var out = filter && picked.indexOf(t.dataset.orm) < 0;
        t.classList.toggle('ormcompare-out', out);
        panelOf(t).classList.toggle('ormcompare-out', out);
      });
      show([asked.o && bar.querySelector(is(asked.o)), state.o && bar.querySelector(is(state.o)),
        bar.querySelector('[aria-selected=true]')]
        .concat(tabs).filter(function (t) {
          return t && shown(t);
        })[0]);
    });
    all('.ormcompare-picker [data-orm]').forEach(function (b) {
      b.setAttribute('aria-pressed', picked.indexOf(b.dataset.orm) >= 0);
    });
    all('.ormcompare-view').forEach(function (b) {
      b.setAttribute('aria-pressed', state.v == 'cols');
    });
    html.classList.toggle('ormcompare-cols', state.v == 'cols');
  }

  // The reader's choice replaces what the address asked for, on the whole page.
  function choose(tab, focus) {
    state.o = tab.dataset.orm;
    asked.o = 0;
    save();
    keep(tab, apply);
    if (focus) tab.focus();
    address('orm', state.o, '#' + tab.getAttribute('aria-controls'));
  }

  // Keeps the address saying what is shown, so that it can be shared; replaced, not pushed: no
  // history entry per click. A parameter goes in only if the address had it, so that a page
  // opened without a query keeps a plain address.
  function address(name, value, hash) {
    var q = new URLSearchParams(location.search);
    if (q.has(name)) q.set(name, value);
    q = ('' + q).replace(/%2C/g, ',');
    history.replaceState(null, '', location.pathname + (q ? '?' + q : '') + (hash || location.hash));
  }

  // A link to a panel (or tab) selects it in its block and scrolls to it.
  function reveal() {
    var el, tab, wins;
    // A stray % in the address makes it none of ours.
    try {
      el = d.getElementById(decodeURIComponent(location.hash.slice(1)));
    } catch (e) {}
    tab = el && (el.getAttribute('role') == 'tab' ? el : d.getElementById(el.getAttribute('aria-labelledby')));
    if (tab && tab.classList.contains('ormcompare-tab')) {
      // Where the block has the ORM the query asked for, that wins and the fragment is only a place.
      wins = asked.o && tab.parentNode.querySelector(is(asked.o));
      if (!wins) {
        tab.classList.remove('ormcompare-out');
        panelOf(tab).classList.remove('ormcompare-out');
        show(tab);
      } else if (el != tab) {
        // Plain hidden: the browser's own scroll to the fragment would reveal hidden=until-found.
        el.hidden = true;
      }
      (wins ? tab : el).scrollIntoView();
    }
  }

  d.addEventListener('click', function (e) {
    var t = e.target.closest ? e.target : e.target.parentNode, el;
    if ((el = t.closest('.ormcompare-tab'))) choose(el);
    else if ((el = t.closest('.ormcompare-view'))) {
      state.v = state.v == 'cols' ? '' : 'cols';
      save();
      keep(el, apply);
    } else if ((el = t.closest('.ormcompare-picker button'))) {
      var orm = el.dataset.orm, picked = state.p || [];
      state.p = !orm ? [] : picked.indexOf(orm) < 0 ? picked.concat(orm) : picked.filter(function (o) {
        return o != orm;
      });
      save();
      keep(el, apply);
      address('orms', state.p.join());
    } else if ((el = t.closest('.ormcompare-copy'))) {
      // The browser may refuse (no permission, page not focused): the button says so.
      navigator.clipboard.writeText(el.parentNode.querySelector('pre').textContent).then(function () {
        say(el, 'Copied');
      }, function () {
        say(el, 'Not copied');
      });
    }
  });

  function say(button, text) {
    button.textContent = text;
    setTimeout(function () {
      button.textContent = 'Copy';
    }, 1500);
  }

  // Keyboard as in the WAI-ARIA tabs pattern: arrows move and select, with wrap-around; Home, End.
  d.addEventListener('keydown', function (e) {
    var tab = e.target.closest && e.target.closest('.ormcompare-tab');
    if (!tab) return;
    var tabs = all('[role=tab]', tab.parentNode).filter(shown), i = tabs.indexOf(tab), n = tabs.length;
    var next = {ArrowRight: i + 1, ArrowLeft: i + n - 1, Home: 0, End: n - 1}[e.key];
    if (next === undefined) return;
    e.preventDefault();
    choose(tabs[next % n], true);
  });

  // Find in page reveals a hidden panel (hidden=until-found): select its tab.
  d.addEventListener('beforematch', function (e) {
    var panel = e.target.closest('.ormcompare-panel');
    if (panel) show(d.getElementById(panel.getAttribute('aria-labelledby')));
  });
  // A link followed on the page is the reader's choice: it wins over the query.
  w.addEventListener('hashchange', function () {
    asked.o = 0;
    reveal();
  });

  function init() {
    if (navigator.clipboard) all('.ormcompare-panel pre').forEach(function (pre) {
      var copy = d.createElement('button');
      copy.type = 'button';
      copy.className = 'ormcompare-copy';
      copy.textContent = 'Copy';
      // Above the code, in the row the CSS keeps for it.
      pre.parentNode.insertBefore(copy, pre);
    });
    // Picked ORMs of which the page has none are as if not asked for.
    if (asked.p && !d.querySelector(asked.p.map(is).join())) state.p = stored.p;
    apply();
    reveal();
    if (early) early.remove();
    html.classList.add('ormcompare-ready');
  }
  d.readyState == 'loading' ? d.addEventListener('DOMContentLoaded', init) : init();
})(document, window);
