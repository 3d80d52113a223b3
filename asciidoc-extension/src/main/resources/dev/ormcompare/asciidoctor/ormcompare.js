(function (d) {
  d.documentElement.classList.add('ormcompare-js');
  function select(tab, focus) {
    var tabs = tab.parentNode.querySelectorAll('[role=tab]');
    for (var i = 0; i < tabs.length; i++) {
      var on = tabs[i] === tab;
      tabs[i].setAttribute('aria-selected', on);
      tabs[i].tabIndex = on ? 0 : -1;
      d.getElementById(tabs[i].getAttribute('aria-controls')).classList.toggle('ormcompare-active', on);
    }
    if (focus) tab.focus();
  }
  function tabOf(e) {
    return e.target.closest ? e.target.closest('.ormcompare-tab') : null;
  }
  d.addEventListener('click', function (e) {
    var tab = tabOf(e);
    if (tab) select(tab);
  });
  d.addEventListener('keydown', function (e) {
    var tab = tabOf(e);
    if (!tab) return;
    var tabs = [].slice.call(tab.parentNode.querySelectorAll('[role=tab]')), i = tabs.indexOf(tab), n = tabs.length;
    var next = {ArrowRight: (i + 1) % n, ArrowLeft: (i + n - 1) % n, Home: 0, End: n - 1}[e.key];
    if (next === undefined) return;
    e.preventDefault();
    select(tabs[next], true);
  });
})(document);
