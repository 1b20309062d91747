// The reading pane's only script. Links call back into the application through window.kexue (set by the
// window after the page loads); nothing navigates by itself.
(function () {
  document.addEventListener('click', function (e) {
    var a = e.target.closest ? e.target.closest('a') : null;
    if (!a) { return; }
    e.preventDefault();
    var article = a.getAttribute('data-article');
    var eq = a.getAttribute('data-eq');
    var href = a.getAttribute('data-href');
    if (article && window.kexue) { window.kexue.open(article); }
    else if (eq) { jumpTo(eq); }
    else if (href && window.kexue) { window.kexue.external(href); }
  }, true);

  function jumpTo(id) {
    var target = document.getElementById(id);
    if (!target) { return; }
    var block = target.closest ? target.closest('.math.display') || target : target;
    block.scrollIntoView({block: 'center'});
    block.classList.add('target');
    setTimeout(function () { block.classList.remove('target'); }, 1500);
  }
  window.kexueJump = jumpTo;

  window.kexueReady = function () {
    var first = document.querySelector('mark');
    if (first) { first.scrollIntoView({block: 'center'}); }
  };
})();
