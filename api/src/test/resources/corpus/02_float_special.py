# inf, nan, -0.0 behaviour and math helpers.
import math
inf = float("inf")
nan = float("nan")
print(math.isinf(inf), math.isinf(-inf), math.isnan(nan), math.isnan(1.0), math.isinf(1e308))
print(inf > 1e308, -inf < -1e308, inf == inf, inf - 1e308, 1 / inf, -1 / inf)
print(nan > 0, nan < 0, nan == 0, nan is nan, [nan] == [nan], nan in [nan])
print(max(1.0, inf), min(-inf, 0), abs(-inf), -nan != -nan)
print(math.inf, -math.inf, math.nan, math.inf == inf)
print(0.0 * -1, -0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, abs(-0.0), -(0.0))
z = -0.0
print(z, str(z), repr(z), z == 0, 1 / inf * -1, round(-0.4), round(-0.4, 1))
print(int(-0.0), float("-0"), -0.0 < 0.0, 0.0 < -0.0)
print(1e308 * 10 == inf, -1e308 * 10 == -inf, inf * -1, inf / 2, inf + inf)
vals = [3.0, inf, -inf, 0.0, -2.5]
print(sorted(vals), max(vals), min(vals))
print(str(float("inf")), repr(float("-inf")), f"{inf}", f"{nan}", "%f %f" % (inf, -inf))
print(float("inf") == math.inf, math.isnan(inf - inf), math.isnan(inf * 0))
