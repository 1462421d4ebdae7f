"""Generates format_cases.txt (and float_repr.txt) for FormatterTest/FloatReprTest from this machine's CPython.

Run from this directory: python3 gen_format_cases.py
Each line of format_cases.txt is tab-separated: kind, encoded arguments, then the expected result as
'=' + encoded text, or '!' + exception type + ':' + encoded message. Values are encoded as
N (None), b:0/1, i:<int>, f:<float.hex()>, s:<percent-quoted str>, T[..] tuple, L[..] list, D{k=v,..} dict.
"""
import random
import struct
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from casecodec import enc, q  # noqa: E402  (the shared value encoding)


def outcome(f):
    try:
        return '=' + q(f())
    except Exception as e:  # noqa: BLE001 - every Python error is an expectation
        return '!' + type(e).__name__ + ':' + q(str(e))


lines = []


def percent(fmt, args):
    lines.append('\t'.join(['percent', q(fmt), enc(args), outcome(lambda: fmt % args)]))


def spec(value, sp):
    lines.append('\t'.join(['spec', enc(value), q(sp), outcome(lambda: format(value, sp))]))


def strformat(template, args=(), kwargs=None):
    kwargs = kwargs or {}
    lines.append('\t'.join(['strformat', q(template), enc(tuple(args)), enc(kwargs),
                            outcome(lambda: template.format(*args, **kwargs))]))


rng = random.Random(20240611)
nice_floats = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 0.05, 0.15, 0.25, 0.35, 2.675, 9.995, 9.9995, 99.5, 1e-5, 1.5e-5,
               0.0001, 123456789.0, 1e16, 1e15, 1e22, 1e23, 1e100, 1e300, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
               3.141592653589793, 2.718281828459045, 1 / 3, 2 / 3, 12345.678, -12345.678, 0.1, 0.2, 0.3, 100.0, 1234.5,
               float('inf'), float('-inf'), float('nan'), 4.35, 0.125, 0.375, 1e-10, 123.456, 999999.5, 0.000123456]
rand_floats = [rng.uniform(-1e6, 1e6) for _ in range(40)] + [rng.random() * 10 ** rng.randint(-12, 20) for _ in range(40)] \
    + [struct.unpack('<d', struct.pack('<Q', rng.getrandbits(63)))[0] for _ in range(20)]
ints = [0, 1, -1, 7, 42, -42, 255, -255, 1000, 1234, 65, 1000000, -1234567, 2 ** 31, 2 ** 63, -(2 ** 63), 2 ** 64, 10 ** 30, -(10 ** 25), True, False]
strs = ['', 'a', 'abc', 'hello world', 'caf\u00e9', "q'uote", 'd"q', 'tab\there', 'line\nbreak', '\u00e9\U0001f600', 'x' * 20]

# ---- printf-style
for f in ['%d', '%i', '%u', '%5d', '%-5d|', '%05d', '%+d', '% d', '%x', '%X', '%o', '%#x', '%#X', '%#o', '%#5x|', '%#-8o|', '%08x', '%+x',
          '%.3d', '%.5d', '%010.3d', '%-010d|', '%+05d', '%c', '%5c|', '%-3c|', '%s', '%r', '%a', '%10s|', '%-10s|', '%.2s', '%5.1s|']:
    for v in ints[:14] + [True]:
        percent(f, v)
for f in ['%f', '%.2f', '%.0f', '%#.0f', '%10.3f|', '%-10.3f|', '%010.3f', '%+.1f', '% .1f', '%e', '%.3e', '%E', '%#.0e', '%g', '%G', '%.3g',
          '%#g', '%#.3g', '%.0g', '%.10g', '%s', '%r', '%F', '%+05.1f', '%08.3f', '%-6.2e|', '%5.1f%%', '%.20f', '%.15g', '%.17g', '%d', '%x']:
    for v in nice_floats + rand_floats[:12]:
        percent(f, v)
for f in ['%s', '%r', '%a', '%10s|', '%-10s|', '%.3s', '%c', '%5s|', '%d', '%f', '%x']:
    for v in strs:
        percent(f, v)
percent('%s and %s', ('a', 'b'))
percent('%s', ())
percent('%s', (1, 2))
percent('%s %s', (1,))
percent('%', ())
percent('abc%', (1,))
percent('abc%q', 1)
percent('%\x01', 1)
percent('%q', ())
percent('%5%', (1,))
percent('%%', ())
percent('100%%', ())
percent('%(a)s %(b)d', {'a': 1, 'b': 2})
percent('%(a)s %s', {'a': 1})
percent('%(a)s', {'b': 1})
percent('%(a)s', 5)
percent('%(a', {'a': 1})
percent('%(a)', {'a': 1})
percent('%(x)d %(x)s %(x)r', {'x': 3})
percent('%s', {'a': 1})
percent('%s', [1, 2])
percent('%s %s', [1, 2])
percent('%s', (None,))
percent('%s', ((1, 2),))
percent('%*d|', (5, 3))
percent('%-*d|', (5, 3))
percent('%*d|', (-5, 3))
percent('%.*f', (2, 3.14159))
percent('%*.*f', (8, 2, 3.14159))
percent('%*d', ('a', 1))
percent('%.*s', (2, 'abc'))
percent('%ld %hd %Lf', (5, 6, 1.5))
percent('%d%%', 50)
percent('%s=%d', ('k', True))
percent('%c', 'ab')
percent('%c', 1.5)
percent('%c', 0x110000)
percent('%c', -1)
percent('%c', 233)
percent('%c', '\u00e9')
percent('%d', 1e30)
percent('%d', float('inf'))
percent('%d', float('nan'))
percent('%x', 1.5)
percent('%d', 'a')
percent('%d', None)
percent('%f', 'a')
percent('%f', None)
percent('%f', 2 ** 2000)
percent('%s %s %s', ('a', 1, 2.5))
percent('', ())
percent('', 5)
percent('no format', ())
percent('%s', 'single')
percent('%r', "q'uote")
percent('%-5s|%5s|%s|%s|%s', ('ab', 'ab', None, [1, 2], (3,)))

# ---- format-spec mini-language
int_specs = ['', 'd', 'b', 'o', 'x', 'X', 'n', 'c', '#b', '#o', '#x', '#X', '5', '<5', '>5', '^5', '=5', '*^9', '-<8', '05', '08,', '010,', '09,',
             '0=10,', ',', '_', '_b', '_x', '_o', '_X', '08_b', '+', '-', ' ', '+d', ' d', '=+8', '^+10_', '#010x', '^#8x', '-^+9',
             'e', 'E', 'f', 'F', 'g', 'G', '%', '.2f', '.0%', '.3e', ',.2f', 'z', 'zf', 's', '.2d', '+c', '#c', 'dd', ',x', ',_', '_,',
             '_n', ',c', 'c,', 'q,', '\x01', '.', '0', '00', '99999999999999999999']
for v in ints:
    for sp in int_specs:
        spec(v, sp)
float_specs = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', '.0', '.1', '.2', '.3', '.10', '.17', '.20', '.0e', '.3e', '.0f', '.2f', '.10f',
               '.0g', '.3g', '.10g', '.0%', '.3%', '#', '#.3', '#.0', '#g', '#.3g', '#.0f', '#e', '10', '<10', '^10', '>10', '=10',
               '010', '+', ' ', '+010', '-', 'z', 'z.2f', 'z.0%', 'z.3', 'z.2e', ',', '_', ',.2f', '015,.2f', '012,', '^20,.1f',
               '08.2%', ',.2e', '=^10.3e', '*<12.4g', '-015.3e', 'd', 'c', 's', 'x', '.2c', '.']
for v in nice_floats + rand_floats:
    for sp in float_specs:
        spec(v, sp)
str_specs = ['', 's', '5', '<5', '>5', '^5', '^6', '*^7', '.1', '.2s', '^7.2s', '05', '\x00<5', '+', ' ', '-', '#', '=5', ',', '_', 'z', 'd',
             '10', '>10.3', 'ss', '.']
for v in strs:
    for sp in str_specs:
        spec(v, sp)
for v in [None, [1], (1, 2), {'a': 1}]:
    spec(v, '')
    spec(v, 'x')
    spec(v, '>10')

# ---- str.format
strformat('{} {} {}', (1, 'two', 3.0))
strformat('{0} {1} {0}', ('a', 'b'))
strformat('{1}{0}', ('x', 'y'))
strformat('{name} is {age}', (), {'name': 'Bob', 'age': 30})
strformat('{0} {k}', (1,), {'k': 2})
strformat('{0[0]} {0[1]} {1[key]}', ([10, 20], {'key': 'v'}))
strformat('{:>8}|{:<8}|{:^8}|{:*^9}', ('r', 'l', 'c', 'm'))
strformat('{:.2f} {:8.3f} {:,} {:x} {:b} {:08.3f} {:+d}', (3.14159, 2.5, 1000000, 255, 5, -1.5, 7))
strformat('{0:.1f} {0:.3e} {0!r} {1!s} {1!r} {1!a}', (0.5, 's\u00e9'))
strformat('{{}} {{{0}}}', ('braced',))
strformat('{:d} {:,} {:.0f} {:.0f}', (2 ** 70, -(10 ** 12), 2.5, 3.5))
strformat('{a}-{b}-{a}', (), {'a': 1, 'b': 2})
strformat('{} {}', (None, [1, (2, 3)]))
strformat('{0[}]}', ({'}': 1},))
strformat('{0[{]}', ({'{': 1},))
strformat('{0[:]}', ({':': 1},))
strformat('{0[!]}', ({'!': 1},))
strformat('{0[}', ({},))
strformat('{0[}}', ({'}': 1},))
strformat('{0:[}]}', (1,))
strformat('{', ())
strformat('}', ())
strformat('a{', ())
strformat('a}b', ())
strformat('{0!}', (1,))
strformat('{0!x}', (1,))
strformat('{0!rx}', (1,))
strformat('{0!r', (1,))
strformat('{0!', (1,))
strformat('{0:', (1,))
strformat('{0.}', (1,))
strformat('{0[]}', (1,))
strformat('{0[0}', (1,))
strformat('{0[0]x}', ([1],))
strformat('{}{1}', (1, 2))
strformat('{1}{}', (1, 2))
strformat('{2}', (1, 2))
strformat('{}', ())
strformat('{a}', ())
strformat('{:{:{}}}', (1, 2, 3))
strformat('{:{}}', (1, 5))
strformat('{0:{1}}', (1, 5))
strformat('{0!r:>{1}}', ('a', 5))
strformat('{0:{1}.{2}f}', (3.14159, 10, 3))
strformat('{:{}.{}f}', (3.14159, 10, 3))
strformat('x{0:{{}}}', (1,))
strformat('{a{}', ())
strformat('{0:}}', (1,))
strformat('{ 0}', (1,))
strformat('{0 }', (1,))
strformat('{-1}', (1,))
strformat('{0[-1]}', ({'-1': 5},))
strformat('{0[1]}', ({'1': 5},))
strformat('{0[1]}', ([4, 5],))
strformat('{0[5]}', ([4, 5],))
strformat('{0[1][0]}', ([1, [2]],))
strformat('{0.bad}', (3,))
strformat('{:s}', (1,))
strformat('{0:d}', ('a',))
strformat('{!}', (1,))
strformat('', ())
strformat('plain text', (1,))
strformat('{}{}{}', ('a', 'b'))
strformat('{0}{0}{0}', ('ab',))
strformat('{:^{w}}|', ('x',), {'w': 7})
strformat('{x:{fill}>{w}}', (), {'x': 1, 'fill': '*', 'w': 4})

with open('format_cases.txt', 'w', encoding='utf-8') as out:
    out.write('\n'.join(lines) + '\n')

# ---- repr(float): a fixed table of special values plus seeded random doubles of every kind
frng = random.Random(12345)
values = list(nice_floats)
for e in range(-30, 31):
    values += [10.0 ** e, 2.0 ** e, 1.5 * 10.0 ** e, 9.999999999999999 * 10.0 ** e]
for _ in range(300):
    values.append(struct.unpack('<d', struct.pack('<Q', frng.getrandbits(64)))[0])
for _ in range(200):
    values.append(frng.uniform(-1e6, 1e6))
for _ in range(150):
    values.append(round(frng.uniform(-1000, 1000), frng.randint(0, 6)))
for _ in range(150):
    values.append(frng.random() * 10.0 ** frng.randint(-30, 30))
with open('float_repr.txt', 'w', encoding='utf-8') as out:
    for v in values:
        out.write('%d %s\n' % (struct.unpack('<Q', struct.pack('<d', v))[0], repr(v)))
