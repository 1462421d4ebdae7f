"""The value encoding shared by the CPython case generators (gen_*_cases.py) and decoded by the
Java tests' Cases helper: N (None), b:0/1, i:<int>, f:<float.hex()>, s:<percent-quoted str>,
y:<hex bytes>, T[..] tuple, L[..] list, D{k=v,..} dict."""
import string
from urllib.parse import quote

SAFE = ''.join(c for c in string.printable if c not in ' \t\n\r\x0b\x0c%+,[]{}=')


def q(s):
    return quote(s, safe=SAFE)


def enc(v):
    if v is None:
        return 'N'
    if v is True or v is False:
        return 'b:' + ('1' if v else '0')
    if isinstance(v, int):
        return 'i:%d' % v
    if isinstance(v, float):
        return 'f:' + v.hex()
    if isinstance(v, str):
        return 's:' + q(v)
    if isinstance(v, bytes):
        return 'y:' + v.hex()
    if isinstance(v, tuple):
        return 'T[' + ','.join(map(enc, v)) + ']'
    if isinstance(v, list):
        return 'L[' + ','.join(map(enc, v)) + ']'
    if isinstance(v, dict):
        return 'D{' + ','.join(enc(k) + '=' + enc(x) for k, x in v.items()) + '}'
    raise TypeError(type(v))
