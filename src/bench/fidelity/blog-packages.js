// The blog's MathJax TeX packages, loaded, for the fidelity benchmark's scripts: colorv2 after color, so
// \color{c}{x} colours only x (MathJax 2's \color, as on the blog).
'use strict';
const FILES = {base: 'base/BaseConfiguration', ams: 'ams/AmsConfiguration', newcommand: 'newcommand/NewcommandConfiguration',
  boldsymbol: 'boldsymbol/BoldsymbolConfiguration', color: 'color/ColorConfiguration', colorv2: 'colorv2/ColorV2Configuration',
  amscd: 'amscd/AmsCdConfiguration', cancel: 'cancel/CancelConfiguration', mathtools: 'mathtools/MathtoolsConfiguration',
  bbox: 'bbox/BboxConfiguration', html: 'html/HtmlConfiguration', extpfeil: 'extpfeil/ExtpfeilConfiguration'};
for (const f of Object.values(FILES)) require('mathjax-full/js/input/tex/' + f + '.js');
module.exports = {PACKAGES: Object.keys(FILES)};
