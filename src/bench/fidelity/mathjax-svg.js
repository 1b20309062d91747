// Renders the fidelity benchmark's formulas with MathJax 3 as the blog configures it, one MathJax document per
// article (so macros and equation numbers carry through), to SVG without the equation-number column.
// Usage: node mathjax-svg.js WORK   (reads WORK/jobs.json, writes WORK/mj/<id>.svg and WORK/mathjax.tsv)
'use strict';
const fs = require('fs');
const path = require('path');
const {mathjax} = require('mathjax-full/js/mathjax.js');
const {TeX} = require('mathjax-full/js/input/tex.js');
const {SVG} = require('mathjax-full/js/output/svg.js');
const {liteAdaptor} = require('mathjax-full/js/adaptors/liteAdaptor.js');
const {RegisterHTMLHandler} = require('mathjax-full/js/handlers/html.js');
const {PACKAGES} = require('./blog-packages.js');

const work = process.argv[2];
const jobs = JSON.parse(fs.readFileSync(path.join(work, 'jobs.json'), 'utf8'));
const adaptor = liteAdaptor();
RegisterHTMLHandler(adaptor);
fs.mkdirSync(path.join(work, 'mj'), {recursive: true});

function text(node) {
  if (node.isToken || node.kind === 'text') {
    return node.kind === 'text' ? node.getText() : node.childNodes.map(text).join('');
  }
  return (node.childNodes || []).map(text).join('');
}

// MathJax draws table rules (array's | and \\hline, frames) as <line data-line>/<rect data-frame> whose width and
// dashes come from its page stylesheet (SVGmtable.styles), which a standalone SVG lacks: without it they are
// invisible (the root's stroke-width is 0). Written onto the elements, as the blog's stylesheet applies them.
function tableLineStyles(svg) {
  return svg.replace(/<(line|rect)( [^>]*?)(\/?)>/g, (all, tag, attrs, close) => {
    if (!/ data-(line|frame)=/.test(attrs)) return all;
    let extra = ' stroke-width="70" fill="none"';
    if (/class="mjx-dashed"/.test(attrs)) extra += ' stroke-dasharray="140"';
    if (/class="mjx-dotted"/.test(attrs)) extra += ' stroke-linecap="round" stroke-dasharray="0,140"';
    return '<' + tag + attrs.replace(/ stroke-width="[^"]*"/, '') + extra + close + '>';
  });
}

const results = [];
for (const doc of jobs) {
  let labels = [];
  let current = {};
  const tex = new TeX({packages: PACKAGES, tags: 'ams'});
  // Takes the equation numbers out of the tree (recorded, in row order) so the SVG holds only the formula, as
  // ours does; the number column is compared as text.
  tex.postFilters.add(({data}) => {
    const walk = (node) => {
      if (!node || !node.childNodes) return;
      for (const child of [...node.childNodes]) {
        if (child.kind === 'mlabeledtr') {
          labels.push(text(child.childNodes[0]).trim());
          const mtr = data.nodeFactory.create('node', 'mtr', child.childNodes.slice(1), {});
          node.replaceChild(mtr, child);
          walk(mtr);
        } else {
          walk(child);
        }
      }
    };
    walk(data.root);
    // An equation's single row was a table only to carry its number: without it, MathJax sets the bare content
    // on its baseline (as for equation*), and so do we.
    if (current.equation) {
      const unwrap = (node) => {
        for (const child of [...(node.childNodes || [])]) {
          if (child.kind === 'mtable' && child.childNodes.length === 1 && child.childNodes[0].childNodes.length === 1) {
            const mtd = child.childNodes[0].childNodes[0];
            node.replaceChild(data.nodeFactory.create('node', 'mrow', [...mtd.childNodes], {}), child);
            return true;
          }
          if (child.kind !== 'mtable' && unwrap(child)) return true;
        }
        return false;
      };
      unwrap(data.root);
    }
  });
  const svg = new SVG({fontCache: 'none'});
  const html = mathjax.document('', {InputJax: tex, OutputJax: svg});
  for (const f of doc.formulas) {
    labels = [];
    current = {equation: /^\s*\\begin\{equation\}/.test(f.tex)};
    const r = {id: f.id, ok: false, error: null, tags: []};
    try {
      const node = html.convert(f.tex, {display: f.display, em: 16, ex: 8, containerWidth: 80 * 16});
      const out = adaptor.innerHTML(node);
      const m = /data-mjx-error="([^"]*)"/.exec(out) || (/<g data-mml-node="merror"/.test(out) ? ['', 'merror'] : null);
      if (m) {
        r.error = m[1] || 'merror';
      } else {
        r.ok = true;
        fs.writeFileSync(path.join(work, 'mj', f.id + '.svg'), tableLineStyles(out));
      }
      r.tags = r.ok ? labels : [];
    } catch (e) {
      r.error = String(e.message || e);
    }
    results.push(r);
  }
}
const flat = (s) => String(s).replace(/[\t\r\n]/g, ' ');
fs.writeFileSync(path.join(work, 'mathjax.tsv'),
  results.map(r => [r.id, r.ok ? '' : flat(r.error || 'error'), r.tags.map(flat).join('\u001f')].join('\t') + '\n').join(''));
console.log('mathjax: ' + results.length + ' formulas, ' + results.filter(r => r.ok).length + ' rendered');
