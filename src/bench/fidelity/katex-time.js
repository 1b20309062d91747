// Times KaTeX on the fidelity benchmark's formulas (the TeX MathJax gets, one document per article so macros
// carry through), for the speed figure "median per formula against KaTeX's, same formulas, same run".
// Usage: node katex-time.js WORK   (reads WORK/jobs.json, writes WORK/katex.tsv: a version line, then id, error, median µs)
'use strict';
const fs = require('fs');
const path = require('path');
const katex = require('katex');

const RUNS = 5;
const WARM_UP_MS = 3000;
const work = process.argv[2];
const jobs = JSON.parse(fs.readFileSync(path.join(work, 'jobs.json'), 'utf8'));

// One pass over every document in order, a fresh macro table per document (\newcommand is global there, as
// on a page); returns each formula's time in µs, or its error.
function pass() {
  const out = [];
  for (const doc of jobs) {
    const macros = {};
    for (const f of doc.formulas) {
      const t0 = process.hrtime.bigint();
      let error = '';
      try {
        katex.renderToString(f.tex, {displayMode: f.display, throwOnError: true, globalGroup: true, macros,
                                     strict: false, trust: false, output: 'html'});
      } catch (e) {
        error = String(e.message || e).replace(/[\t\r\n]/g, ' ');
      }
      out.push({id: f.id, error, us: Number(process.hrtime.bigint() - t0) / 1000});
    }
  }
  return out;
}

const end = Date.now() + WARM_UP_MS;
let first = pass();
for (let p = 1; p < 3 || Date.now() < end; p++) pass();
const runs = [];
for (let r = 0; r < RUNS; r++) runs.push(pass());
const lines = first.map((f, i) => {
  const t = runs.map(run => run[i].us).sort((a, b) => a - b);
  return [f.id, f.error, f.error ? '' : t[Math.floor(RUNS / 2)].toFixed(2)].join('\t');
});
fs.writeFileSync(path.join(work, 'katex.tsv'), ['#katex\t' + katex.version, ...lines].join('\n') + '\n');
console.log('katex: ' + first.length + ' formulas, ' + first.filter(f => !f.error).length + ' rendered');
