"""Generates math_cases.txt for MathModuleTest from this machine's CPython: python3 gen_math_cases.py

Each line is tab-separated: function name, positional arguments (a tuple), keyword arguments (a dict),
then '=' + repr(result), '~' + float.hex(result) for transcendental functions (compared within a
couple of ulps, since libm and Java may differ in the last bit), or '!' + type + ':' + message.
Values use the encoding of ../obj/gen_format_cases.py.
"""
import math
import random
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from casecodec import enc, q  # noqa: E402  (the shared value encoding)

APPROX = {'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'atan2', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'exp',
          'expm1', 'log', 'log1p', 'log2', 'log10', 'pow'}


lines = []


def case(name, *args, **kwargs):
    try:
        r = getattr(math, name)(*args, **kwargs)
        if name in APPROX and isinstance(r, float) and math.isfinite(r) and r != 0.0:
            out = '~' + r.hex()
        else:
            out = '=' + q(repr(r))
    except Exception as e:  # noqa: BLE001
        out = '!' + type(e).__name__ + ':' + q(str(e))
    lines.append('\t'.join([q(name), enc(tuple(args)), enc(kwargs), out]))


rng = random.Random(99)
inf, nan = float('inf'), float('nan')
specials = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 10.0, 1e-300, 1e300, inf, -inf, nan, 3, -3, 10 ** 400, True]
randoms = [rng.uniform(-10, 10) for _ in range(15)] + [rng.uniform(0, 1e6) for _ in range(5)] + [rng.uniform(-1, 1) for _ in range(10)]
for f in ['sqrt', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'exp', 'expm1',
          'log', 'log1p', 'log2', 'log10', 'fabs', 'floor', 'ceil', 'trunc', 'isnan', 'isinf', 'isfinite', 'degrees', 'radians',
          'modf', 'frexp']:
    for x in specials + randoms:
        case(f, x)
    case(f, 'a')
    case(f)
for x in [2 ** 1030, 10 ** 308, 2 ** 60, 7 ** 500, 1, 1024]:
    case('log', x)
    case('log2', x)
    case('log10', x)
    case('log', x, 2)
    case('log', x, 10)
case('log', 8, 2)
case('log', 100, 10)
case('log', 1, 1)
case('log', 0)
case('log', -1)
case('log', 2, 0.5)
for x, y in [(2, 10), (2.5, 2), (0, -1), (-2, 0.5), (10, 400), (0, 0), (nan, 0), (1, nan), (-1, inf), (inf, -3), (-inf, 3), (-inf, 2),
             (0.5, inf), (2, -inf), (0.0, -inf), (-8, 1 / 3), (1e-10, 3), (-2, 3), (4, 0.5)]:
    case('pow', x, y)
    case('atan2', x, y)
    case('fmod', x, y)
    case('copysign', x, y)
    case('hypot', x, y)
    case('isclose', x, y)
    case('ldexp', x, 3)
for args in [(), (3,), (3, 4), (5, 12), (1, 2, 3), (1e300, 1e300), (1e-300, 1e-310), (inf, nan), (nan, 1), (-3, -4), tuple(randoms[:6]),
             (5e-324, 5e-324), (0, 0)]:
    case('hypot', *args)
case('hypot', 'a')
for p, q_ in [([0, 0], [3, 4]), ((1, 2, 3), (4, 5, 6)), ([1.5], [-2.5]), ([], []), ([1], [1, 2]), ([1, 'a'], [1, 2])]:
    case('dist', p, q_)
for a, b, kw in [(1.0, 1.0 + 1e-10, {}), (1.0, 1.1, {}), (1.0, 1.1, {'rel_tol': 0.2}), (0.0, 1e-10, {'abs_tol': 1e-9}),
                 (inf, inf, {}), (inf, -inf, {}), (nan, nan, {}), (1, 1, {'rel_tol': -1}), (1, 2, {'abs_tol': -1})]:
    case('isclose', a, b, **kw)
case('isclose', 1, 1, 1e-3)
for args in [(), (12,), (12, 18), (0, 5), (-12, 18), (2 ** 100, 6 ** 50), (17, 31), (12, 18, 27), (0, 0), (1.5,), (2 ** 64, 2 ** 63)]:
    case('gcd', *args)
    case('lcm', *args)
for n in [0, 1, 2, 10, 15, 16, 10 ** 20, 2 ** 100 + 1, 99999999999999999999, -1, 1.5, 'a', True]:
    case('isqrt', n)
for n in [0, 1, 5, 10, 20, 21, 25, 50, 100, -1, 1.0, 'a', True]:
    case('factorial', n)
for n, k in [(5, 2), (10, 0), (10, 10), (10, 11), (50, 25), (100, 3), (-1, 2), (2, -1), (1.5, 1), (10 ** 20, 2), (60, 30)]:
    case('comb', n, k)
    case('perm', n, k)
for n in [0, 5, 10, -1]:
    case('perm', n)
case('perm', 5, None)
for seq in [[], [0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [1, 2, 3], [1e308, 1e308], [inf, -inf], [inf, 1.0],
            [nan, 1.0], [1e-16, 1, 1e16], [0.1, 0.2, 0.3], [rng.uniform(-1, 1) for _ in range(50)], ['a'], [2 ** 2000]]:
    case('fsum', seq)
for seq, kw in [([], {}), ([2, 3, 4], {}), ([2, 3.0], {'start': 2}), ([1.5, 2.5], {}), ([10 ** 20, 10 ** 20], {}), (['a', 2], {}),
                ([2, 'a'], {}), ([], {'start': 'x'})]:
    case('prod', seq, **kw)
case('floor', 10 ** 30)
case('ceil', -2.5)
case('floor', -2.5)
case('trunc', -2.5)
case('floor', 1e20)
case('ceil', 1e-300)
case('ldexp', 1.0, 10000)
case('ldexp', 1.0, -10000)
case('ldexp', 1.0, 1.5)
case('frexp', 5e-324)

with open('math_cases.txt', 'w', encoding='utf-8') as out:
    out.write('\n'.join(lines) + '\n')
