#!/usr/bin/env python3
"""Probes corogen with generator bodies written by hand.

Each snippet of the snippets file (snippets are separated by a line `----`)
becomes the body of a `corogen::generator<int, int>`, once as a plain
function and once as a function template instantiated with `int` (with
`--forms`, also as a `corogen::generator<T, T>` whose yielded and sent
values have the template parameter's type: the dependent form). corogen
transforms it; if it accepts it, g++ and clang++ build the output with
AddressSanitizer and UndefinedBehaviorSanitizer and run it, the program
driving the generator by sending each yielded value plus one. The output is
compared with the snippet compiled as an ordinary function whose
`CORO_YIELD(v)` prints `got v` and gives `v + 1`.

One line per snippet and form ([N], [Nt] for the template, [Nd] for the
dependent form):
  ok                      same output as the ordinary function
  REFUSED: ...            corogen's first error
  BROKEN OUTPUT (cxx) ... corogen accepted it, the compiler rejected the output
  BROKEN RUN (cxx) ...    the program failed (a sanitizer report, a crash,
                          no end within 30 s)
  COMPILERS DIFFER        the two builds printed different things
  DIFFERS FROM PLAIN      the output differs from the ordinary function's:
                          read it; a kept prvalue's extra move (SPEC: a kept
                          operand is passed on as an xvalue) shows here
Exits 1 if any line is BROKEN or COMPILERS DIFFER.

With `--throw-at K`, the driver calls `g.throw_exception(probe_error{})` at
the K-th value instead of sending, and the ordinary function's K-th
`CORO_YIELD` throws `probe_error` after printing; an exception that leaves
prints `escaped`. With `--close-at K`, the driver calls `g.close()` there
(then prints `closed`, or `ignored` where close throws generator_error),
and the ordinary function's K-th `CORO_YIELD` throws
`corogen::generator_exit`: one that leaves, or a return, prints `closed`; a
later `CORO_YIELD` prints `ignored` and ends the program as it is. These
check the paths that unwind: which handlers run, which destructors, in
which order.

  python3 scripts/probe.py --corogen build/bin/corogen test/probe/snippets.txt
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

PRELUDE = r'''
#include <corogen/corogen.hpp>
#include <array>
#include <initializer_list>
#include <map>
#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <tuple>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>
template <class... A> void say(const A &...a) { (std::cout << ... << a) << std::endl; }
template <class F> int call(F f, int v) { return f(v); }
template <class F> int callr(const F &f, int v) { return f(v); }
template <class T> int peek(T t, int v) { return int(t.n) + v; }
template <class T> int cpeek(const T &t, int v) { return int(t.n) + v; }
template <class T> int bump(T &t, int v) { return int(t.n += v); }
template <class T> int takerv(T &&t, int v) { T u(std::move(t)); return int(u.n) + v; }
int f2(int a, int b) { return a * 10 + b; }
int boom() { throw 7; }
struct Loud {
  int v;
  Loud(int v) : v(v) { say("Loud ", v); }
  Loud(const Loud &o) : v(o.v) { say("copy Loud ", v); }
  Loud(Loud &&o) : v(o.v) { say("move Loud ", v); }
  ~Loud() { say("~Loud ", v); }
};
inline std::ostream &operator<<(std::ostream &o, const Loud &l) { return o << "L" << l.v; }
struct RefAgg { const Loud &a; int k; const std::string &s; };
struct Nest { RefAgg in; const Loud &b; };
struct RefInt { const int &r; };
struct RefN { const int &n; };
inline int lv(const Loud &l, int v) { return l.v + v; }
inline Loud mk(const Loud &l, int v) { return Loud(l.v * 10 + v); }
template <class... A> int nargs(const A &...) { return int(sizeof...(A)); }
inline std::ostream &operator<<(std::ostream &o, const RefN &r) { return o << "R" << r.n; }
struct RefArr { const Loud (&a)[2]; int k; };
using Loud2 = Loud[2];
// (A snippet may name T: int in the plain function, the template parameter,
// instantiated with int, in the template.)
using T = int;
'''


# `CORO_YIELD_FROM(sub(n))` delegates to a generator that yields n values
# and returns the sum of what it is sent; `CORO_YIELD_FROM(range)` yields
# a range's ints. In the ordinary function, sub is a function that calls yv
# and yfrom a loop over the range.
SUB_GENERATOR = r'''
corogen::generator<int, int, int> sub(int n) {
  Loud l(100 + n);
  int t = 0;
  for (int i = 0; i < n; ++i)
    t += int(CORO_YIELD(100 * (i + 1)));
  CORO_RETURN(t);
}
'''
SUB_PLAIN = r'''
int sub(int n) {
  Loud l(100 + n);
  int t = 0;
  for (int i = 0; i < n; ++i)
    t += yv(100 * (i + 1));
  return t;
}
int yfrom(int returned) { return returned; }
template <class R> auto yfrom(R &&range) -> decltype(void(range.begin())) {
  for (auto &&e : range)
    yv(e);
}
'''


def programs(snippet, form, mode='send', at=0):
    template = form != 'plain'
    head = 'template <class T> ' if template else ''
    inst = '<int>' if template else ''
    params, args = '', ''
    if form == 'pack':
        # (A function parameter pack `ts`, of an int, a long and a short.)
        head, inst = 'template <class... Ts> ', ''
        params, args = 'Ts... ts', '1, 2L, short(3)'
    handle = 'corogen::generator<T, T>' if form == 'dependent' else 'corogen::generator<int, int>'
    if mode == 'throw':
        turn = 'v = g.throw_exception(probe_error{}); continue;'
    elif mode == 'close':
        turn = ('try { g.close(); say("closed"); } '
                'catch (corogen::generator_error &) { say("ignored"); std::fflush(stdout); '
                'std::_Exit(0); } return 0;')
    else:
        turn = ''
    generator = PRELUDE + SUB_GENERATOR + f'''
struct probe_error {{}};
{head}{handle} gen({params}) {{
{snippet}
}}
int main() {{
  auto g = gen{inst}({args});
  int count = 0;
  try {{
    int v = g.next();
    for (;;) {{
      say("got ", v);
      if (++count == {at}) {{ {turn} }}
      v = g.send(v + 1);
    }}
  }} catch (corogen::stop_iteration &) {{ say("stop"); }}
  catch (probe_error &) {{ say("escaped"); }}
}}
'''
    plain = PRELUDE + f'''
#undef CORO_RETURN
#define CORO_RETURN(...) return
#undef CORO_YIELD_FROM
#define CORO_YIELD_FROM(...) yfrom(__VA_ARGS__)
struct probe_error {{}};
int yv_count = 0;
bool closing = false;
int yv(int v) {{
  if (closing) {{ say("ignored"); std::fflush(stdout); std::_Exit(0); }}
  say("got ", v);
  if (++yv_count == {at}) {{
    if ({'true' if mode == 'throw' else 'false'}) throw probe_error{{}};
    if ({'true' if mode == 'close' else 'false'}) {{ closing = true; throw corogen::generator_exit{{}}; }}
  }}
  return v + 1;
}}
''' + SUB_PLAIN + f'''
{head}void gen({params}) {{
{re.sub(r'CORO_YIELD(?!_FROM)', 'yv', snippet)}
}}
int main() {{
  try {{
    gen{inst}({args});
    say(closing ? "closed" : "stop");
  }} catch (probe_error &) {{ say("escaped"); }}
  catch (corogen::generator_exit &) {{ say("closed"); }}
}}
'''
    return generator, plain


def run(command, timeout=300):
    try:
        return subprocess.run(command, shell=True, capture_output=True, text=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(command, -1, '', f'timed out after {timeout} s')


def probe(args, work, snippet, form):
    mode, at = ('throw', args.throw_at) if args.throw_at else \
        ('close', args.close_at) if args.close_at else ('send', 0)
    generator, plain = programs(snippet, form, mode, at)
    with open(f'{work}/g.cpp', 'w') as f:
        f.write(generator)
    with open(f'{work}/p.cpp', 'w') as f:
        f.write(plain)
    include = f'-I{args.include} -std={args.std}'
    r = run(f'{args.corogen} {work}/g.cpp -o {work}/out.cpp -- {include}')
    if r.returncode != 0:
        errors = [l.split('error:', 1)[1].strip() for l in r.stderr.splitlines() if 'error:' in l]
        return 'REFUSED: ' + (errors[0] if errors else r.stderr.strip()[:200])
    outputs = {}
    for cxx in args.cxx:
        r = run(f'{cxx} {include} -w -fsanitize=address,undefined -fno-sanitize-recover=all '
                f'{work}/out.cpp -o {work}/prog')
        if r.returncode != 0:
            errors = [l for l in r.stderr.splitlines() if 'error' in l]
            return f'BROKEN OUTPUT ({cxx}): ' + (errors[0] if errors else r.stderr[:300])
        r = run(f'{work}/prog', timeout=30)
        if r.returncode != 0:
            return f'BROKEN RUN ({cxx}): {r.stdout[-200:]} {r.stderr[-300:]}'
        outputs[cxx] = r.stdout
    if len(set(outputs.values())) > 1:
        return 'COMPILERS DIFFER'
    r = run(f'{args.cxx[-1]} {include} -w {work}/p.cpp -o {work}/plain && {work}/plain')
    if r.returncode != 0:
        return 'the ordinary function fails: ' + r.stderr[:200]
    got = next(iter(outputs.values()))
    if r.stdout != got:
        return ('DIFFERS FROM PLAIN\n  corogen:  ' + got.replace('\n', '|') +
                '\n  ordinary: ' + r.stdout.replace('\n', '|'))
    return 'ok'


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('snippets')
    parser.add_argument('--corogen', default='build/bin/corogen')
    parser.add_argument('--include', default='runtime/include')
    parser.add_argument('--std', default='c++17')
    parser.add_argument('--cxx', nargs='+', default=['g++', 'clang++'])
    parser.add_argument('--forms', default='plain,template',
                        help='comma-separated: plain, template, dependent, pack (the '
                        'snippet is the body of a template of a parameter pack `ts`, '
                        'called with an int, a long and a short: '
                        'test/probe/pack-snippets.txt)')
    parser.add_argument('--throw-at', type=int, default=0, metavar='K',
                        help='throw probe_error into the generator at its K-th value')
    parser.add_argument('--close-at', type=int, default=0, metavar='K',
                        help='close the generator at its K-th value')
    parser.add_argument('--only', default='',
                        help='the snippets to run, by number: 3,7-9')
    args = parser.parse_args()
    with open(args.snippets) as f:
        snippets = [s.strip('\n') for s in f.read().split('\n----\n')]
    failed = False
    with tempfile.TemporaryDirectory() as work:
        chosen = set()
        for part in filter(None, args.only.split(',')):
            first, _, last = part.partition('-')
            chosen.update(range(int(first), int(last or first) + 1))
        for i, snippet in enumerate(s for s in snippets if s.strip()):
            if chosen and i not in chosen:
                continue
            for form in args.forms.split(','):
                result = probe(args, work, snippet, form)
                failed |= result.startswith(('BROKEN', 'COMPILERS'))
                last = snippet.splitlines()[-1][:80]
                mark = {'plain': '', 'template': 't', 'dependent': 'd', 'pack': 'p'}[form]
                print(f'[{i}{mark}] {result}   << {last}', flush=True)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
