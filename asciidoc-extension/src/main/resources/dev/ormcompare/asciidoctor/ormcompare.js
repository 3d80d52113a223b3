// ormcompare tabs. One script per page; everything goes through event delegation on the document,
// so it can run in the head, before the blocks exist. State (in localStorage, one key per site):
// o = the ORM chosen last, p = the ORMs picked in the picker bar, v = 'cols' for side by side.
(function (d, w) {
  var KEY = 'ormcompare', html = d.documentElement, state = read(), early;
  html.classList.add('ormcompare-js');
  html.classList.toggle('ormcompare-cols', state.v == 'cols');
  // Until the page is read, CSS shows the last chosen ORM in every block that has it: no flash.
  // Side by side shows every ORM anyway.
  if (state.o && state.v != 'cols') {
    var bar = '.ormcompare-bar[data-orms~="' + state.o + '"]', it = '[data-orm="' + state.o + '"]';
    early = d.createElement('style');
    early.textContent = bar + '~.ormcompare-panel{display:none!important}' + bar + '~' + it + '{display:block!important}'
      + bar + ' [role=tab]{font-weight:normal;border-color:transparent!important}'
      + bar + ' ' + it + '{font-weight:bold;border-color:var(--oc-accent)!important}';
    d.head.appendChild(early);
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
      show([bar.querySelector('[data-orm="' + state.o + '"]'), bar.querySelector('[aria-selected=true]')]
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

  function choose(tab, focus) {
    state.o = tab.dataset.orm;
    save();
    keep(tab, apply);
    if (focus) tab.focus();
    history.replaceState(null, '', '#' + tab.getAttribute('aria-controls'));
  }

  // A link to a panel (or tab) selects it in its block and scrolls to it.
  function reveal() {
    var el, tab;
    // A stray % in the address makes it none of ours.
    try {
      el = d.getElementById(decodeURIComponent(location.hash.slice(1)));
    } catch (e) {}
    tab = el && (el.getAttribute('role') == 'tab' ? el : d.getElementById(el.getAttribute('aria-labelledby')));
    if (tab && tab.classList.contains('ormcompare-tab')) {
      tab.classList.remove('ormcompare-out');
      panelOf(tab).classList.remove('ormcompare-out');
      show(tab);
      el.scrollIntoView();
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
  w.addEventListener('hashchange', reveal);

  function init() {
    // Copy buttons only where pages may write to the clipboard (not on sites served over plain HTTP).
    if (navigator.clipboard) all('.ormcompare-panel pre').forEach(function (pre) {
      var copy = d.createElement('button');
      copy.type = 'button';
      copy.className = 'ormcompare-copy';
      copy.textContent = 'Copy';
      // Above the code, in the flow: over it, it would cover the first line wherever a skin
      // gives the pre no padding.
      pre.parentNode.insertBefore(copy, pre);
    });
    apply();
    reveal();
    if (early) early.remove();
    html.classList.add('ormcompare-ready');
  }
  d.readyState == 'loading' ? d.addEventListener('DOMContentLoaded', init) : init();
})(document, window);
