// The reading pane's only script. Links call back into the application through window.kexue (set by the
// window after the page loads); nothing navigates by itself.
(function () {
  'use strict';

  // --- links: articles open in the reader, equations scroll into view, the web only through the bridge ---
  document.addEventListener('click', function (e) {
    var a = e.target.closest ? e.target.closest('a') : null;
    if (!a) { return; }
    e.preventDefault();
    var article = a.getAttribute('data-article');
    var eq = a.getAttribute('data-eq');
    var href = a.getAttribute('data-href');
    var jump = a.getAttribute('data-jump');
    if (article && window.kexue) { window.kexue.open(article); }
    else if (eq) { jumpTo(eq); }
    else if (jump) { var h = document.getElementById(jump); if (h) { h.scrollIntoView({block: 'start'}); } }
    else if (href && window.kexue) { window.kexue.external(href); }
  }, true);

  function jumpTo(id) {
    var target = document.getElementById(id);
    if (!target) { return; }
    var block = target.closest('.math.display') || target;
    block.scrollIntoView({block: 'center'});
    block.classList.add('target');
    setTimeout(function () { block.classList.remove('target'); }, 1500);
  }
  window.kexueJump = jumpTo;

  // --- reading position: the first visible block and how far into it, so zoom and resizing keep it ---
  function blocks() {
    return document.querySelectorAll('article > header, section.body > *, article > footer');
  }
  var reporting = false;
  var pending = null;
  function currentPosition() {
    var list = blocks();
    for (var i = 0; i < list.length; i++) {
      var r = list[i].getBoundingClientRect();
      if (r.bottom > 1) {
        var fraction = r.height > 0 ? Math.max(0, Math.min(1, -r.top / r.height)) : 0;
        return i + ':' + fraction.toFixed(3);
      }
    }
    return '0:0';
  }
  window.kexuePosition = currentPosition;
  window.addEventListener('scroll', function () {
    if (!reporting || pending) { return; }
    pending = setTimeout(function () {
      pending = null;
      if (window.kexue) { window.kexue.position(currentPosition()); }
    }, 400);
  });
  window.kexueRestore = function (position) {
    var parts = String(position || '').split(':');
    var list = blocks();
    var i = parseInt(parts[0], 10);
    var fraction = parseFloat(parts[1]);
    if (!isNaN(i) && i >= 0 && i < list.length) {
      var r = list[i].getBoundingClientRect();
      window.scrollTo(0, window.pageYOffset + r.top + (isNaN(fraction) ? 0 : fraction * r.height));
    }
    reporting = true;
  };
  window.kexueStartReporting = function () { reporting = true; };

  // --- find in the article ---
  var found = [];
  var current = -1;
  function clearFind() {
    for (var i = 0; i < found.length; i++) {
      var m = found[i];
      var parent = m.parentNode;
      if (parent) {
        parent.replaceChild(document.createTextNode(m.textContent), m);
        parent.normalize();
      }
    }
    found = [];
    current = -1;
  }
  window.kexueFindClear = clearFind;
  window.kexueFind = function (query) {
    clearFind();
    var q = String(query || '').normalize('NFKC').toLowerCase();
    if (!q) { return 0; }
    var root = document.querySelector('article');
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: function (n) {
        var p = n.parentNode;
        if (!p || p.closest('svg, script, style, .math, .tex-tip')) { return NodeFilter.FILTER_REJECT; }
        return NodeFilter.FILTER_ACCEPT;
      }
    });
    var nodes = [];
    while (walker.nextNode()) { nodes.push(walker.currentNode); }
    for (var k = 0; k < nodes.length; k++) {
      var node = nodes[k];
      var text = node.nodeValue;
      var hay = text.normalize('NFKC').toLowerCase();
      if (hay.length !== text.length) { hay = text.toLowerCase(); }
      var at = hay.indexOf(q);
      if (at < 0) { continue; }
      var frag = document.createDocumentFragment();
      var last = 0;
      while (at >= 0) {
        frag.appendChild(document.createTextNode(text.substring(last, at)));
        var mark = document.createElement('mark');
        mark.className = 'find';
        mark.textContent = text.substring(at, at + q.length);
        frag.appendChild(mark);
        found.push(mark);
        last = at + q.length;
        at = hay.indexOf(q, last);
      }
      frag.appendChild(document.createTextNode(text.substring(last)));
      node.parentNode.replaceChild(frag, node);
    }
    if (found.length > 0) { step(1); }
    return found.length;
  };
  function step(direction) {
    if (found.length === 0) { return 0; }
    if (current >= 0) { found[current].classList.remove('current'); }
    current = (current + direction + found.length) % found.length;
    found[current].classList.add('current');
    found[current].scrollIntoView({block: 'center'});
    return current + 1;
  }
  window.kexueFindStep = step;

  // --- formulas: the source under the pointer (for the context menu), its box (to copy it as an image) ---
  function formulaAt(x, y) {
    var el = document.elementFromPoint(x, y);
    return el && el.closest ? el.closest('.math, .math-error') : null;
  }
  window.kexueFormulaAt = function (x, y) {
    var f = formulaAt(x, y);
    return f ? f.getAttribute('data-tex') : null;
  };
  window.kexueFormulaBox = function (x, y) {
    var f = formulaAt(x, y);
    if (!f) { return null; }
    var box = f.classList.contains('display') ? f.querySelector('.formula svg') || f : f;
    var r = box.getBoundingClientRect();
    return [r.left, r.top, r.width, r.height].join(',');
  };

  // --- hovering a formula shows its number and its source ---
  var texTip = document.createElement('div');
  texTip.className = 'tex-tip';
  var texTipTimer = null;
  document.addEventListener('mouseover', function (e) {
    var f = e.target.closest ? e.target.closest('.math') : null;
    clearTimeout(texTipTimer);
    if (!f) { texTip.style.display = 'none'; return; }
    texTipTimer = setTimeout(function () {
      var tags = f.getAttribute('data-tags');
      texTip.textContent = (tags ? tags + '  ' : '') + f.getAttribute('data-tex');
      if (!texTip.parentNode) { document.body.appendChild(texTip); }
      var r = f.getBoundingClientRect();
      texTip.style.left = Math.max(8, r.left) + 'px';
      texTip.style.top = (window.pageYOffset + r.bottom + 6) + 'px';
      texTip.style.display = 'block';
    }, 600);
  });

  // --- a display formula wider than the column is scaled down to fit, as MathJax does on a narrow page; below
  // FIT_FLOOR it stays at that scale and scrolls sideways, with a visible bar and a fading edge, its number
  // always in view beside it ---
  var FIT_FLOOR = 0.6;
  // in three passes over the formulas (reset, measure, scale), so the page is laid out a few times, not once
  // per formula
  function fitFormulas() {
    var list = document.querySelectorAll('.math.display .formula');
    var boxes = [];
    for (var i = 0; i < list.length; i++) {
      var box = list[i];
      var svg = box.querySelector('svg');
      if (!svg) { continue; }
      var block = box.parentNode;
      if (!svg.hasAttribute('data-width')) {
        svg.setAttribute('data-width', svg.getAttribute('width') || '');
        svg.setAttribute('data-height', svg.getAttribute('height') || '');
        svg.setAttribute('data-align', svg.style.verticalAlign || '');
      } else {
        svg.setAttribute('width', svg.getAttribute('data-width'));
        svg.setAttribute('height', svg.getAttribute('data-height'));
        svg.style.width = '';
        svg.style.height = '';
        svg.style.verticalAlign = svg.getAttribute('data-align');
      }
      block.classList.remove('wide');
      block.removeAttribute('data-scale');
      boxes.push({box: box, svg: svg, block: block});
    }
    for (var j = 0; j < boxes.length; j++) {
      var r = boxes[j].svg.getBoundingClientRect();
      boxes[j].need = r.width;
      boxes[j].h = r.height;
      boxes[j].avail = boxes[j].box.clientWidth;
    }
    var scaled = [];
    for (var k = 0; k < boxes.length; k++) {
      var b = boxes[k];
      if (b.need <= b.avail + 0.5 || b.need === 0 || b.avail === 0) { continue; }
      var scale = Math.max(FIT_FLOOR, b.avail / b.need);
      b.svg.style.width = (b.need * scale) + 'px';
      b.svg.style.height = (b.h * scale) + 'px';
      // its depth below the line's baseline shrinks with it, or the scaled formula hangs below its box
      b.svg.style.verticalAlign = (parseFloat(b.svg.getAttribute('data-align')) * scale || 0) + 'em';
      b.block.setAttribute('data-scale', scale.toFixed(3));
      scaled.push(b);
    }
    for (var m = 0; m < scaled.length; m++) {
      if (scaled[m].box.scrollWidth > scaled[m].box.clientWidth + 0.5) { scaled[m].block.classList.add('wide'); }
    }
    fitInlineFormulas();
  }

  // --- an inline formula wider than its line keeps its size (the text beside it does) and scrolls on its own,
  // so the page never scrolls sideways; its bottom stays where its depth puts it below the baseline ---
  var INLINE_BAR = 8;
  function fitInlineFormulas() {
    var wide = document.querySelectorAll('.math.inline.wide');
    for (var i = 0; i < wide.length; i++) {
      wide[i].classList.remove('wide');
      wide[i].style.verticalAlign = '';
    }
    var list = document.querySelectorAll('.math.inline svg');
    var over = [];
    for (var j = 0; j < list.length; j++) {
      var svg = list[j];
      var need = svg.getBoundingClientRect().width;
      // only a long formula can be wider than the block it is in: look for that block for those alone
      if (need < 160) { continue; }
      var line = svg.parentNode.parentNode;
      while (line && line.parentNode && window.getComputedStyle(line).display.indexOf('inline') === 0) {
        line = line.parentNode;
      }
      if (line && line.clientWidth && need > line.clientWidth + 0.5) { over.push(svg); }
    }
    for (var k = 0; k < over.length; k++) {
      var span = over[k].parentNode;
      span.classList.add('wide');
      span.style.verticalAlign = 'calc(' + (over[k].style.verticalAlign || '0em') + ' - ' + INLINE_BAR + 'px)';
    }
  }
  window.kexueFitFormulas = fitFormulas;
  var fitTimer = null;
  window.addEventListener('resize', function () {
    clearTimeout(fitTimer);
    fitTimer = setTimeout(function () { fitFormulas(); }, 60);
  });
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { fitFormulas(); });
  } else {
    fitFormulas();
  }

  // --- the search's marks go when the search is cleared (Esc); find's own marks are find's ---
  window.kexueClearMarks = function () {
    var marks = document.querySelectorAll('mark:not(.find)');
    for (var i = 0; i < marks.length; i++) {
      var parent = marks[i].parentNode;
      parent.replaceChild(document.createTextNode(marks[i].textContent), marks[i]);
      parent.normalize();
    }
    return marks.length;
  };

  // --- closing punctuation after an inline formula never starts a line: the two are kept together, as the
  // blog's own CSS does ---
  var CLOSING = /^[，。、；：？！）」』》〉】,.;:?!)\]]+/;
  function keepPunctuation() {
    var list = document.querySelectorAll('.math.inline');
    for (var i = 0; i < list.length; i++) {
      var f = list[i];
      var next = f.nextSibling;
      if (!next || next.nodeType !== 3 || (f.parentNode && f.parentNode.classList.contains('nowrap'))) { continue; }
      var m = CLOSING.exec(next.nodeValue);
      if (!m) { continue; }
      var keep = document.createElement('span');
      keep.className = 'nowrap';
      f.parentNode.insertBefore(keep, f);
      keep.appendChild(f);
      keep.appendChild(document.createTextNode(m[0]));
      next.nodeValue = next.nodeValue.substring(m[0].length);
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', keepPunctuation);
  } else {
    keepPunctuation();
  }

  // --- the formulas past the first screen arrive after it, a batch at a time: each replaces its placeholder,
  // and the block at the top of the view stays where it is while formulas above it take their height ---
  window.kexueFill = function (fills) {
    var holders = {};
    var list = document.querySelectorAll('[data-fill]');
    for (var i = 0; i < list.length; i++) { holders[list[i].getAttribute('data-fill')] = list[i]; }
    var anchor = null;
    var before = 0;
    if (window.pageYOffset > 0) {
      var all = blocks();
      // the first block wholly in view: one cut by the top edge may itself get taller
      for (var j = 0; j < all.length; j++) {
        var r = all[j].getBoundingClientRect();
        if (r.top >= 0) { anchor = all[j]; before = r.top; break; }
      }
    }
    for (var k = 0; k < fills.length; k++) {
      var holder = holders[String(fills[k][0])];
      if (!holder) { continue; }
      holder.outerHTML = fills[k][1];
    }
    fitFormulas();
    if (anchor) { window.scrollBy(0, anchor.getBoundingClientRect().top - before); }
    return document.querySelectorAll('[data-fill]').length;
  };

  // --- a link to another article previews it after a moment (title, date, its first lines), as Obsidian does;
  // the window reads the article and calls kexueShowPreview; the preview goes as the pointer leaves ---
  var preview = null;
  var previewFor = null;
  var previewTimer = null;
  function hidePreview() { if (preview) { preview.style.display = 'none'; } }
  document.addEventListener('mouseover', function (e) {
    var a = e.target.closest ? e.target.closest('a[data-article]') : null;
    if (!a || a === previewFor) { return; }
    previewFor = a;
    clearTimeout(previewTimer);
    previewTimer = setTimeout(function () {
      if (previewFor === a && window.kexue) { window.kexue.preview(a.getAttribute('data-article')); }
    }, 350);
  });
  document.addEventListener('mouseout', function (e) {
    var a = e.target.closest ? e.target.closest('a[data-article]') : null;
    if (a && (!e.relatedTarget || !a.contains(e.relatedTarget))) {
      previewFor = null;
      clearTimeout(previewTimer);
      hidePreview();
    }
  });
  window.addEventListener('scroll', hidePreview);
  window.kexueShowPreview = function (id, title, date, text) {
    if (!previewFor || previewFor.getAttribute('data-article') !== id) { return false; }
    if (!preview) {
      preview = document.createElement('div');
      preview.className = 'link-preview';
      document.body.appendChild(preview);
    }
    preview.textContent = '';
    var h = document.createElement('div');
    h.className = 'link-preview-title';
    h.textContent = title;
    var d = document.createElement('div');
    d.className = 'link-preview-date';
    d.textContent = date;
    var p = document.createElement('div');
    p.className = 'link-preview-text';
    p.textContent = text;
    preview.appendChild(h);
    preview.appendChild(d);
    preview.appendChild(p);
    var r = previewFor.getBoundingClientRect();
    preview.style.left = Math.max(8, Math.min(window.pageXOffset + r.left,
        window.pageXOffset + document.documentElement.clientWidth - 380)) + 'px';
    preview.style.top = (window.pageYOffset + r.bottom + 6) + 'px';
    preview.style.display = 'block';
    var tipNow = document.getElementById('kexue-tip');
    if (tipNow) { tipNow.style.display = 'none'; }
    return true;
  };

  window.kexueReady = function () {
    var first = document.querySelector('mark');
    if (first) { first.scrollIntoView({block: 'center'}); }
  };

  // --- tooltips: the page's own, gone as soon as the pointer leaves its element or the page scrolls;
  // WebView's native ones (from title attributes) stayed up and covered the next equation ---
  var tip = null;
  function hideTip() { if (tip) { tip.style.display = 'none'; } }
  document.addEventListener('mouseover', function (e) {
    var el = e.target.closest ? e.target.closest('[title],[data-tip]') : null;
    if (!el || el === document.documentElement || el.tagName === 'HTML') { hideTip(); return; }
    if (el.hasAttribute('title')) {
      el.setAttribute('data-tip', el.getAttribute('title'));
      el.removeAttribute('title');
    }
    if (!tip) {
      tip = document.createElement('div');
      tip.id = 'kexue-tip';
      tip.className = 'kexue-tip';
      document.body.appendChild(tip);
    }
    tip.textContent = el.getAttribute('data-tip');
    var r = el.getBoundingClientRect();
    tip.style.left = Math.max(0, window.pageXOffset + r.left) + 'px';
    tip.style.top = (window.pageYOffset + r.bottom + 4) + 'px';
    tip.style.display = 'block';
  });
  document.addEventListener('mouseout', function (e) {
    var el = e.target.closest ? e.target.closest('[data-tip]') : null;
    if (el && (!e.relatedTarget || !el.contains(e.relatedTarget))) { hideTip(); }
  });
  window.addEventListener('scroll', hideTip);
  window.addEventListener('blur', hideTip);
})();
