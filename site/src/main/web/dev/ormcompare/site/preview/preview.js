// The live preview's part of a page: only the preview server adds it, never a built site.
// It listens to the server's events: "reload" names the files a render wrote, and this page
// reloads when one of them is this page or something it may show (a stylesheet, an image);
// "problems" lists what is wrong in the whole site, shown over the page until it is fixed.
// The scroll position survives the reload (sessionStorage); the reader's tab choices are kept
// by the tabs' own script (localStorage).
(function (d, w) {
  const SCROLL = 'ormcompare-preview-scroll', ID = 'ormcompare-preview-problems', here = pagePath();

  restoreScroll();
  // The render this page was served after: the server tells what was written since, if anything.
  const since = d.currentScript && d.currentScript.getAttribute('data-generation');
  const events = new EventSource('/_ormcompare/events' + (/^\d+$/.test(since) ? '?since=' + since : ''));
  events.addEventListener('reload', (event) => {
    if (JSON.parse(event.data).written.some(affectsThisPage)) {
      try {
        w.sessionStorage.setItem(SCROLL, JSON.stringify({page: here, x: w.scrollX, y: w.scrollY}));
      } catch {}
      w.location.reload();
    }
  });
  events.addEventListener('problems', (event) => {
    show(JSON.parse(event.data).problems);
  });

  // The site path of this page, as the server names written files: "guide/index.html".
  function pagePath() {
    const path = decodeURIComponent(w.location.pathname).replace(/^\//, '');
    return path === '' || /\/$/.test(path) ? path + 'index.html' : path;
  }
  // Another page's HTML does not change this one, nor do the search index and the files for crawlers and
  // language models at the site's root; anything else it may show.
  const notShown = ['ormcompare-assets/search-index.js', 'llms.txt', 'llms-full.txt', 'sitemap.xml', 'robots.txt'];
  function affectsThisPage(file) {
    return file === here || !/\.html$/.test(file) && !notShown.includes(file);
  }
  function restoreScroll() {
    let saved;
    try {
      saved = JSON.parse(w.sessionStorage.getItem(SCROLL));
      w.sessionStorage.removeItem(SCROLL);
    } catch {}
    if (saved && saved.page === here) {
      // Once laid out (deferred scripts run before that is final), and again when images have loaded.
      const back = function () { w.scrollTo(saved.x, saved.y); };
      d.addEventListener('DOMContentLoaded', back);
      w.addEventListener('load', back);
    }
  }

  // What is wrong, over the page: each problem's file, line and message; nothing when all is well.
  function show(problems) {
    let box = d.getElementById(ID);
    problems.forEach((p) => {
      (p.severity === 'WARN' ? console.warn : console.error)('ormcompare: ' + where(p) + ': ' + p.message);
    });
    if (!problems.length) {
      if (box) box.remove();
      return;
    }
    // One box for the page's life: its content changes with each render, it is not made anew.
    if (!box) {
      box = d.createElement('section');
      box.id = ID;
      box.setAttribute('role', 'alert');
      box.setAttribute('aria-label', 'ormcompare preview: problems');
      box.style.cssText = 'position:fixed;z-index:2147483647;left:1rem;right:1rem;bottom:1rem;max-height:45vh;overflow:auto;'
        + 'margin:0 auto;max-width:60rem;padding:.75rem 1rem;border-radius:.5rem;border:2px solid #fff;'
        + 'color:#fff;font:15px/1.45 system-ui,sans-serif;box-shadow:0 .5rem 2rem rgba(0,0,0,.45)';
      (d.body || d.documentElement).appendChild(box);
    }
    const errors = problems.filter((p) => { return p.severity !== 'WARN'; }).length;
    box.style.background = errors ? '#8b0000' : '#5c4400';
    const heading = d.createElement('strong');
    heading.textContent = [errors && count(errors, 'error'), problems.length > errors && count(problems.length - errors, 'warning')]
      .filter(Boolean).join(' and ') + ' in the site';
    const hide = d.createElement('button');
    hide.type = 'button';
    hide.textContent = 'Hide';
    hide.style.cssText = 'float:right;font:inherit;color:#000;background:#fff;border:0;border-radius:.25rem;padding:0 .6rem';
    hide.addEventListener('click', () => { box.remove(); });
    const list = d.createElement('ul');
    list.style.cssText = 'margin:.5rem 0 0;padding-left:1.25rem';
    problems.forEach((p) => {
      const item = d.createElement('li'), code = d.createElement('code');
      code.textContent = where(p);
      code.style.cssText = 'font:14px/1.45 ui-monospace,monospace;color:#fff;background:none';
      item.appendChild(code);
      item.appendChild(d.createTextNode(' ' + p.message));
      list.appendChild(item);
    });
    box.replaceChildren(hide, heading, list);
  }
  function where(p) {
    return p.file + (p.line > 0 ? ':' + p.line : '');
  }
  function count(n, noun) {
    return n + ' ' + noun + (n === 1 ? '' : 's');
  }
})(document, window);
