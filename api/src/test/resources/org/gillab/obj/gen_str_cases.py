"""Generates str_cases.txt for StrMethodsTest from this machine's CPython: python3 gen_str_cases.py

Each line is tab-separated: receiver, method name, positional arguments (a tuple), keyword arguments
(a dict), then '=' + repr(result) or '!' + exception type + ':' + message, all percent-quoted. Values
use casecodec.py's encoding.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from casecodec import enc, q  # noqa: E402  (the shared value encoding)


lines = []


def case(recv, name, *args, **kwargs):
    try:
        out = '=' + q(repr(getattr(recv, name)(*args, **kwargs)))
    except Exception as e:  # noqa: BLE001
        out = '!' + type(e).__name__ + ':' + q(str(e))
    lines.append('\t'.join([enc(recv), q(name), enc(tuple(args)), enc(kwargs), out]))


samples = ['', 'a', 'abc', 'Hello World', '  padded  ', 'a,b,,c', 'a b  c\td\ne', 'CamelCase', 'hello world', "they're bill's 3rd",
           'x\ty\tz', 'line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1cline7\u2028line8\n', '\u00dfa', 'caf\u00e9', 'ABC def',
           'hELLO wORLD', '-12', '+x', '12345', '\u00b2', '\u00bd', '\u0661\u0662', '_id1', '1abc', 'a b', '\u01c5a', '\u01c6a', 'aaa',
           ' \t\xa0\u2007', '\x1c', 'Title Case', 'MiXeD', 'mississippi', 'x' * 5, 'abcabcabc', '\u00e9\u00e8', '\u0130i']
for s in samples:
    for m in ['upper', 'lower', 'casefold', 'swapcase', 'capitalize', 'title', 'isdigit', 'isdecimal', 'isnumeric', 'isalpha',
              'isalnum', 'isspace', 'isupper', 'islower', 'istitle', 'isidentifier', 'isascii', 'isprintable', 'strip', 'lstrip',
              'rstrip', 'split', 'rsplit', 'splitlines']:
        case(s, m)
    case(s, 'splitlines', True)
    case(s, 'splitlines', keepends=True)
    for sep in [',', ' ', 'a', 'ss', 'abc', '\n']:
        case(s, 'split', sep)
        case(s, 'rsplit', sep)
        case(s, 'split', sep, 1)
        case(s, 'rsplit', sep, 1)
        case(s, 'partition', sep)
        case(s, 'rpartition', sep)
        case(s, 'count', sep)
        case(s, 'find', sep)
        case(s, 'rfind', sep)
        case(s, 'index', sep)
        case(s, 'rindex', sep)
        case(s, 'startswith', sep)
        case(s, 'endswith', sep)
        case(s, 'replace', sep, '--')
        case(s, 'removeprefix', sep)
        case(s, 'removesuffix', sep)
        case(s, 'strip', sep)
    for n in [-1, 0, 1, 2, 5, 10]:
        case(s, 'split', None, n)
        case(s, 'rsplit', None, n)
        case(s, 'zfill', n)
        case(s, 'ljust', n)
        case(s, 'rjust', n, '*')
        case(s, 'center', n, '*')
        case(s, 'center', n)
        case(s, 'expandtabs', n)
        case(s, 'replace', 'a', 'A', n)
        case(s, 'replace', '', '-', n)
    for start, end in [(0, None), (1, None), (-2, None), (1, 3), (None, -1), (5, 2), (10, None), (-100, 100)]:
        case(s, 'find', 'a', start, end)
        case(s, 'rfind', 'a', start, end)
        case(s, 'count', 'a', start, end)
        case(s, 'count', '', start, end)
        case(s, 'find', '', start, end)
        case(s, 'rfind', '', start, end)
        case(s, 'startswith', ('a', 'H', ''), start, end)
        case(s, 'endswith', ('c', 'd', ''), start, end)
        case(s, 'startswith', '', start, end)
    case(s, 'expandtabs')
    case(s, 'expandtabs', tabsize=4)
    case(s, 'encode')
    case(s, 'encode', 'ascii')
    case(s, 'encode', 'latin-1')
    case(s, 'encode', 'ascii', 'replace')
    case(s, 'encode', 'ascii', 'ignore')
    case(s, 'encode', encoding='utf-8', errors='strict')
    case(s, 'split', sep=',', maxsplit=1)
    case(s, 'split', maxsplit=1)
    case(s, 'rsplit', maxsplit=1)
    case(s, 'split', ' ', maxsplit=0)

for args in [(['a', 'b', 'c'],), (('x',),), ([],), (['a', 1],), ([1],), (5,), ('abc',), ({'k': 1, 'j': 2},)]:
    case('-', 'join', *args)
    case('', 'join', *args)
for bad in [('split', 1), ('split', ''), ('rsplit', ''), ('strip', 1), ('find', 1), ('count', 1), ('partition', ''), ('partition', 1),
            ('rpartition', ''), ('startswith', 1), ('startswith', (1,)), ('endswith', ['a']), ('removeprefix', 1), ('removesuffix', 1),
            ('zfill', 'x'), ('ljust', 5, 'ab'), ('ljust', 5, 1), ('center', 5, ''), ('index', 'zz'), ('rindex', 'zz'), ('split', ' ', 'x'),
            ('split', ' ', 1.5), ('find', 'b', 1.0), ('find', 'b', 10 ** 30), ('find', 'b', -(10 ** 30)), ('replace', 1, 'x'),
            ('encode', 'foo'), ('encode', 'ascii', 'foo'), ('upper', 1), ('join',), ('expandtabs', 'x')]:
    case('abc\u00e9', *bad)
case('abc', 'find', 'b', None, None)
case('\U0001f600', 'encode', 'latin-1')
case('a\u00e9\u00e9b', 'encode', 'ascii')
case('a\u00e9\u00e9b', 'encode', 'ascii', 'backslashreplace')
case('{} {}', 'format', 1, 2)
case('{a}', 'format', a=1)
case('{0:>5}|{1!r}', 'format', 'x', 'y')

bsamples = [b'', b'abc', b'  a b  c  ', b'a,b,,c', b'Hello World', b'\x00\xff\x80', b'caf\xc3\xa9', b'\xe2\x82', b'\xe2\x82A',
            b'\xe0\x80', b'\xed\xa0\x80', b'\xf0\x9f\x98', b'\xf0\x9f\x98\x80', b'\xf4\x90\x80\x80', b'a\xffb', b'\xc3', b'\xe9',
            b'\xff\xfe\xe2\x82', b'123']
for b in bsamples:
    for m in ['decode', 'upper', 'lower', 'hex', 'split', 'strip', 'lstrip', 'rstrip', 'isdigit', 'isalpha', 'isspace']:
        case(b, m)
    case(b, 'decode', 'ascii')
    case(b, 'decode', 'latin-1')
    case(b, 'decode', 'utf-8', 'replace')
    case(b, 'decode', 'utf-8', 'ignore')
    case(b, 'decode', 'ascii', 'replace')
    case(b, 'decode', errors='backslashreplace')
    for sep in [b',', b' ', b'a', b'bc']:
        case(b, 'split', sep)
        case(b, 'split', sep, 1)
        case(b, 'find', sep)
        case(b, 'rfind', sep)
        case(b, 'count', sep)
        case(b, 'startswith', sep)
        case(b, 'endswith', sep)
        case(b, 'replace', sep, b'--')
        case(b, 'strip', sep)
    case(b, 'find', 98)
    case(b, 'count', b'')
    case(b, 'startswith', (b'x', b'a'))
    case(b, 'split', None, 1)
for bad in [('startswith', 'a'), ('find', 'a'), ('strip', 'a'), ('split', b''), ('decode', 'foo'), ('join', [b'a', 'b']), ('join', ['b']),
            ('find', 256), ('index', b'zz'), ('replace', 'a', b'b'), ('count', 1.5)]:
    case(b'abc', *bad)
case(b'-', 'join', [b'a', b'b'])
case(b'', 'join', (b'x',))
case(b'abc', 'decode', 'foo')

with open('str_cases.txt', 'w', encoding='utf-8') as out:
    out.write('\n'.join(lines) + '\n')
