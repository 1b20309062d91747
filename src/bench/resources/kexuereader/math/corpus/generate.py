#!/usr/bin/env python3
"""Generates generated.txt: variations of the seed and hand-written formulas, as article-like paragraphs.

Deterministic (fixed seed). Run from this directory:  python3 generate.py
The output is committed; the corpus test renders every formula in it.
"""
import glob
import random
import re

random.seed(20240417)

SOURCES = sorted(glob.glob('../../../../../../seeds/*.txt')) + sorted(glob.glob('handwritten-*.txt'))

INLINE = re.compile(r'(?<![\\$])\$([^$]+?)\$')
DISPLAY = re.compile(r'\\begin\{equation\}(.*?)\\end\{equation\}', re.S)

MACROS = ('\\E', '\\R', '\\norm', '\\abs', '\\Tr', '\\msign', '\\inner')

inline, display = [], []
for path in SOURCES:
    text = open(path, encoding='utf-8').read()
    for m in DISPLAY.finditer(text):
        body = m.group(1)
        if 'newcommand' in body or '\\label' in body or 'CD' in body or any(m in body for m in MACROS):
            continue
        display.append(body.strip())
    for m in INLINE.finditer(text.replace('$$', '')):
        body = m.group(1)
        if 'newcommand' in body or 'def' in body or 'DeclareMath' in body or 'ref' in body or len(body) < 3:
            continue
        if any(m in body for m in MACROS):
            continue
        inline.append(body.strip())

SWAPS = [('\\boldsymbol{x}', '\\boldsymbol{z}'), ('\\boldsymbol{W}', '\\boldsymbol{U}'), ('\\theta', '\\phi'),
         ('\\alpha', '\\gamma'), ('_t', '_s'), ('_i', '_k'), ('n', 'N'), ('\\mathbb{R}', '\\mathbb{C}'),
         ('\\boldsymbol{\\mathcal{R}}', '\\boldsymbol{\\mathcal{Q}}'), ('x', 'u'), ('p_', 'q_')]

WRAPS = [
    lambda f: '\\left(' + f + '\\right)^2',
    lambda f: '\\frac{' + f + '}{2}',
    lambda f: '\\sqrt{' + f + '}',
    lambda f: '\\color{red}{' + f + '}',
    lambda f: '{\\color{skyblue}' + f + '}',
    lambda f: '\\underbrace{' + f + '}_{\\text{这一项}}',
    lambda f: '\\overbrace{' + f + '}^{(*)}',
    lambda f: '\\boxed{' + f + '}',
    lambda f: '\\left\\Vert ' + f + '\\right\\Vert_2',
    lambda f: '\\mathbb{E}\\left[' + f + '\\right]',
    lambda f: '\\bm{A}' + f,
    lambda f: f + '\\quad(\\text{其中}\\ \\lvert x\\rvert < 1)',
    lambda f: '\\xrightarrow{\\text{变换}}' + f,
    lambda f: '\\operatorname{diag}\\left(' + f + '\\right)',
    lambda f: '\\textcolor{SkyBlue}{' + f + '}',
    lambda f: '\\sum_{k=1}^K ' + f,
    lambda f: '\\mathop{\\text{argmax}}_k\\,' + f,
]


def swap(f):
    a, b = random.choice(SWAPS)
    if a.isalpha():
        # a lone letter only, never part of a command name such as \in or \sin
        return re.sub(r'(?<![\\A-Za-z])' + a + r'(?![A-Za-z])', b, f)
    return f.replace(a, b)


out = []
count = 0
for i, f in enumerate(inline):
    g = swap(f)
    out.append('变体%d:$%s$,以及$%s$。' % (i, g, random.choice(WRAPS)(f)))
    count += 2
for i, f in enumerate(display):
    g = random.choice(WRAPS)(swap(f))
    out.append('由此得到\n\\begin{equation}%s\\label{eq:gen-%d}\\end{equation}\n即式$\\eqref{eq:gen-%d}$。' % (g, i, i))
    count += 2
# aligned pairs with several numbered rows, starred forms, tags and references
for i in range(0, len(display) - 1, 2):
    a, b = display[i], display[i + 1]
    if '&' in a or '&' in b or '\\\\' in a or '\\\\' in b:
        continue
    env = random.choice(['align', 'align*', 'gather', 'eqnarray'])
    sep = random.choice(['\\\\', '\\\\[5pt]', '\\\\[2pt]'])
    if env == 'eqnarray':
        rows = 'L_{%d} &=& %s \\label{eq:pair-%d}%s\nM_{%d} &=& %s' % (i, a, i, sep, i, b)
    elif env == 'gather':
        rows = '%s \\label{eq:pair-%d}%s\n%s \\tag{%d.%s}' % (a, i, sep, b, i, 'b')
    else:
        rows = 'L_{%d} =&\\, %s \\label{eq:pair-%d}%s\nM_{%d} =&\\, %s \\nonumber' % (i, a, i, sep, i, b)
    out.append('联立\n\\begin{%s}\n%s\n\\end{%s}\n参见$\\eqref{eq:pair-%d}$和$\\ref{eq:pair-%d}$。' % (env, rows, env, i, i))
    count += 3
# forward references and unknown labels
out.append('后文的式$\\eqref{eq:later}$会用到,未定义的$\\eqref{eq:nowhere}$显示为问号。')
out.append('$$\\boldsymbol{y} = \\boldsymbol{W}\\boldsymbol{x}\\tag{A}\\label{eq:later}$$')
count += 3

with open('generated.txt', 'w', encoding='utf-8') as fh:
    fh.write('\n\n'.join(out) + '\n')
print('wrote %d formulas (approx.)' % count)
