// ormcompare site theme. Loaded synchronously in <head>: the reader's colour scheme is on <html>
// before anything is painted. Then, once the page is read: the theme toggle, the nav's Menu button
// on narrow screens, a copy button on every listing, and keyboard access to code and tables that scroll sideways.
// Stored choice: localStorage 'ormcompare-theme' = 'light' | 'dark'; absent = follow the system.
(function (d, w) {
  const KEY = 'ormcompare-theme', html = d.documentElement, system = w.matchMedia('(prefers-color-scheme: dark)');

  // Storage may be missing or refuse (file: pages in some browsers, privacy modes): then the
  // choice lasts for this page only.
  function stored() {
    try {
      const value = w.localStorage.getItem(KEY);
      return value === 'light' || value === 'dark' ? value : null;
    } catch {
      return null;
    }
  }
  function store(value) {
    try {
      w.localStorage.setItem(KEY, value);
    } catch {}
  }
  function isDark() {
    const chosen = html.dataset.theme;
    return chosen ? chosen === 'dark' : system.matches;
  }

  const choice = stored();
  if (choice) html.dataset.theme = choice;
  // The CSS shows the buttons (and folds the nav on narrow screens) only where this script runs.
  html.classList.add('oc-js');

  function init() {
    const toggle = d.querySelector('button.oc-theme-toggle');
    const menu = d.querySelector('button.oc-nav-toggle');
    const nav = menu && d.getElementById(menu.getAttribute('aria-controls'));

    function showState() {
      if (toggle) toggle.setAttribute('aria-pressed', isDark());
    }
    showState();
    if (toggle) {
      toggle.addEventListener('click', () => {
        html.dataset.theme = isDark() ? 'light' : 'dark';
        store(html.dataset.theme);
        showState();
      });
    }
    // While following the system, the button follows it too.
    if (system.addEventListener) system.addEventListener('change', showState);

    function setOpen(open, focusMenu) {
      d.body.classList.toggle('oc-nav-open', open);
      menu.setAttribute('aria-expanded', open);
      if (open) {
        const here = nav.querySelector('[aria-current=page]') || nav.querySelector('a, summary');
        if (here) here.focus();
      } else if (focusMenu) {
        menu.focus();
      }
    }
    if (menu && nav) {
      menu.addEventListener('click', () => {
        setOpen(menu.getAttribute('aria-expanded') !== 'true');
      });
      d.addEventListener('keydown', (e) => {
        if (e.key === 'Escape' && menu.getAttribute('aria-expanded') === 'true') setOpen(false, true);
      });
      // A click outside the open nav (but not on its button), or the focus leaving both, closes it.
      function outside(target) {
        return menu.getAttribute('aria-expanded') === 'true' && target && !nav.contains(target) && !menu.contains(target);
      }
      d.addEventListener('click', (e) => {
        if (outside(e.target)) setOpen(false);
      });
      nav.addEventListener('focusout', (e) => {
        if (outside(e.relatedTarget)) setOpen(false);
      });
    }

    // :sectanchors: writes an empty link first in each heading, a link without a name for a screen
    // reader: kept for the pointer (the CSS shows a # on hover), out of the keyboard's and the
    // screen reader's way; the table of contents links to the same places.
    [].forEach.call(d.querySelectorAll('.oc-doc a.anchor:empty'), (a) => {
      a.setAttribute('aria-hidden', 'true');
      a.tabIndex = -1;
    });

    // "On this page" (convert.OnThisPage): the link of the section in view gets aria-current: the
    // last section whose heading is above a line 40% down the window. An IntersectionObserver whose
    // root reaches from far above the page down to that line reports each heading crossing it, even
    // on a jump, so that scrolling itself costs no script at all.
    const toc = d.querySelector('.oc-toc');
    if (toc && w.IntersectionObserver) {
      const links = [], headings = [], above = [];
      [].forEach.call(toc.querySelectorAll('a[href^="#"]'), (a) => {
        let heading;
        try {
          heading = d.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)));
        } catch {}
        if (heading) {
          links.push(a);
          headings.push(heading);
          above.push(false);
        }
      });
      const index = new Map(headings.map((heading, i) => [heading, i]));
      let current = null;
      const observer = new w.IntersectionObserver((entries) => {
        entries.forEach((e) => {
          above[index.get(e.target)] = e.isIntersecting;
        });
        const link = links[above.lastIndexOf(true)] || null;
        if (link === current) return;
        if (current) current.removeAttribute('aria-current');
        current = link;
        if (!link) return;
        link.setAttribute('aria-current', 'true');
        // A rail longer than the window scrolls itself to keep the marked link in sight.
        if (toc.scrollHeight > toc.clientHeight) {
          const offset = link.getBoundingClientRect().top - toc.getBoundingClientRect().top;
          if (offset < 0 || offset > toc.clientHeight - link.offsetHeight) toc.scrollTop += offset - toc.clientHeight / 3;
        }
      }, { rootMargin: '10000000px 0px -60% 0px' });
      headings.forEach((heading) => observer.observe(heading));
    }

    // Every listing gets the copy button the tabs give their snippets, with their class: the tabs'
    // script copies the code beside it and their stylesheet places it. Not where pages may not
    // write to the clipboard (sites served over plain HTTP).
    if (navigator.clipboard) {
      [].forEach.call(d.querySelectorAll('.oc-doc :is(.listingblock, .literalblock) > .content > pre'), (pre) => {
        if (pre.closest('.ormcompare-panel')) return;
        const copy = d.createElement('button');
        copy.type = 'button';
        copy.className = 'ormcompare-copy';
        copy.textContent = 'Copy';
        pre.parentNode.classList.add('oc-copyable');
        pre.before(copy);
      });
    }

    // A box that scrolls must be reachable by keyboard to be scrolled: such boxes get a tab stop, the
    // others none. Boxes scroll sideways, and "On this page" downwards when it is taller than the window.
    // Checked again when the page has loaded, the window or the shown tab changes.
    function scrollers() {
      [].forEach.call(d.querySelectorAll('.oc-doc pre, .oc-doc table.tableblock'), (box) => {
        if (box.scrollWidth > box.clientWidth + 1) box.tabIndex = 0;
        else box.removeAttribute('tabindex');
      });
      [].forEach.call(d.querySelectorAll('.oc-toc'), (list) => {
        if (list.scrollHeight > list.clientHeight + 1) list.tabIndex = 0;
        else list.removeAttribute('tabindex');
      });
    }
    let pending;
    function later() {
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(scrollers);
    }
    scrollers();
    // Widths change again once the page's fonts and images are in: a box may only then overflow.
    w.addEventListener('load', later);
    if (d.fonts) d.fonts.ready.then(later);
    w.addEventListener('resize', later);
    d.addEventListener('click', later);
    d.addEventListener('keyup', later);
  }
  d.readyState === 'loading' ? d.addEventListener('DOMContentLoaded', init) : init();
})(document, window);
