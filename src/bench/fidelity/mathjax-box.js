// Prints MathJax 3's box (width, height, depth in em) of each formula given, as the blog configures MathJax:
// the numbers MathJaxMetricsTest asserts. Usage: node mathjax-box.js '$x^2$' '$$\frac{a}{b}$$' ...
'use strict';
const {mathjax} = require('mathjax-full/js/mathjax.js');
const {TeX} = require('mathjax-full/js/input/tex.js');
const {SVG} = require('mathjax-full/js/output/svg.js');
const {liteAdaptor} = require('mathjax-full/js/adaptors/liteAdaptor.js');
const {RegisterHTMLHandler} = require('mathjax-full/js/handlers/html.js');
const {PACKAGES} = require('./blog-packages.js');
const adaptor = liteAdaptor();
RegisterHTMLHandler(adaptor);
const html = mathjax.document('', {InputJax: new TeX({packages: PACKAGES}), OutputJax: new SVG({fontCache: 'none'})});
for (const arg of process.argv.slice(2)) {
  const display = arg.startsWith('$$');
  const tex = arg.replace(/^\$\$?|\$\$?$/g, '');
  const out = adaptor.innerHTML(html.convert(tex, {display, em: 16, ex: 8, containerWidth: 80 * 16}));
  const vb = /viewBox="([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+)"/.exec(out);
  const h = -Number(vb[2]) / 1000, w = Number(vb[3]) / 1000, hd = Number(vb[4]) / 1000;
  console.log([arg, w.toFixed(3), h.toFixed(3), (hd - h).toFixed(3)].join(' ; '));
}
