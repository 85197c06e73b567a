// Steps through the words the search matched on a document page (<mark id="m-1">, m-2, ...).
// Without this script the page still marks them, and "First match" still links to the first.
(function () {
  var marks = document.querySelectorAll('mark[id^="m-"]');
  var bar = document.querySelector('nav.matches');
  if (!bar || marks.length === 0) { return; }
  var current = -1;
  var status = bar.querySelector('[role="status"]');
  var total = status ? status.textContent : '';
  function show(i) {
    if (current >= 0) { marks[current].classList.remove('current'); }
    current = (i + marks.length) % marks.length;
    var m = marks[current];
    m.classList.add('current');
    m.setAttribute('tabindex', '-1');
    m.focus({preventScroll: true});
    m.scrollIntoView({block: 'center'});
    if (status) { status.textContent = total + ' — ' + (current + 1) + '/' + marks.length; }
  }
  bar.querySelectorAll('button[data-step]').forEach(function (b) {
    b.hidden = false;
    b.addEventListener('click', function () { show(current + parseInt(b.getAttribute('data-step'), 10)); });
  });
  var first = bar.querySelector('a[data-step="first"]');
  if (first) {
    first.addEventListener('click', function (e) { e.preventDefault(); show(0); });
  }
  // the page may open at an article (#art-37): the next match is the first one after it
  if (location.hash && location.hash !== '#m-1') {
    var target = document.getElementById(location.hash.substring(1));
    if (target) {
      for (var i = 0; i < marks.length; i++) {
        if (target.compareDocumentPosition(marks[i]) & Node.DOCUMENT_POSITION_FOLLOWING) { current = i - 1; break; }
      }
    }
  }
})();
// Print and copy: buttons that need the script stay hidden without it.
(function () {
  var print = document.querySelector('button[data-print]');
  if (print) {
    print.hidden = false;
    print.addEventListener('click', function () { window.print(); });
  }
  var copy = document.querySelector('button[data-copy]');
  if (copy && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener('click', function () {
      var field = document.getElementById(copy.getAttribute('data-copy'));
      navigator.clipboard.writeText(field.value).then(function () {
        copy.textContent = copy.getAttribute('data-copied') || copy.textContent;
      });
    });
  }
})();
