# The n-body kernel (bench/kernels/nbody.py): the Jovian planets under symplectic Euler steps, float
# arithmetic on instance attributes. The SIZE steps are cut into runs of CHUNK steps, each from the
# same starting system, and the workers take the runs in turn, so every run must end at the very same
# energy, bit for bit, whichever worker or model computed it.
from math import sqrt

DESCRIPTION = "n-body simulation of the Jovian planets: SIZE float-heavy steps, in runs of 1000 dealt to the workers"
CATEGORY = "cpu"
SIZE = 100_000

CHUNK = 1000
DT = 0.01
PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


class Body:
    def __init__(self, pos, vel, mass):
        self.x, self.y, self.z = pos
        self.vx, self.vy, self.vz = [v * DAYS_PER_YEAR for v in vel]
        self.mass = mass * SOLAR_MASS


def make_system():
    bodies = [
        Body((0.0, 0.0, 0.0), (0.0, 0.0, 0.0), 1.0),
        Body((4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01),
             (1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05),
             9.54791938424326609e-04),
        Body((8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01),
             (-2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05),
             2.85885980666130812e-04),
        Body((1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01),
             (2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05),
             4.36624404335156298e-05),
        Body((1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01),
             (2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05),
             5.15138902046611451e-05),
    ]
    px = py = pz = 0.0
    for b in bodies:
        px += b.vx * b.mass
        py += b.vy * b.mass
        pz += b.vz * b.mass
    sun = bodies[0]
    sun.vx = -px / SOLAR_MASS
    sun.vy = -py / SOLAR_MASS
    sun.vz = -pz / SOLAR_MASS
    return bodies


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        b = bodies[i]
        e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz)
        for j in range(i + 1, n):
            o = bodies[j]
            dx = b.x - o.x
            dy = b.y - o.y
            dz = b.z - o.z
            e -= b.mass * o.mass / sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies, dt, steps):
    pairs = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            pairs.append((bodies[i], bodies[j]))
    for _ in range(steps):
        for b1, b2 in pairs:
            dx = b1.x - b2.x
            dy = b1.y - b2.y
            dz = b1.z - b2.z
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * sqrt(d2))
            m1 = b1.mass * mag
            m2 = b2.mass * mag
            b1.vx -= dx * m2
            b1.vy -= dy * m2
            b1.vz -= dz * m2
            b2.vx += dx * m1
            b2.vy += dy * m1
            b2.vz += dz * m1
        for b in bodies:
            b.x += dt * b.vx
            b.y += dt * b.vy
            b.z += dt * b.vz


def simulate(steps):
    bodies = make_system()
    advance(bodies, DT, steps)
    return energy(bodies)


def tally(outcomes):
    # (steps, energy, how many runs ended there): usually one line per worker, so that the report stays short
    counts = {}
    for outcome in outcomes:
        counts[outcome] = counts.get(outcome, 0) + 1
    return tuple(sorted((steps, e, n) for (steps, e), n in counts.items()))


def work(part, parts, size, shared):
    outcomes = []
    for start in range(part * CHUNK, size, parts * CHUNK):
        steps = min(CHUNK, size - start)
        outcomes.append((steps, simulate(steps)))
    return tally(outcomes)  # tuples of numbers, so that it also crosses between isolated interpreters


def check(results, size, parts):
    expected = {}  # one run of each length, recomputed here on the main thread
    steps_done = 0
    bad = 0
    for tallied in results:
        for steps, e, n in tallied:
            steps_done += steps * n
            if steps not in expected:
                expected[steps] = simulate(steps)
            if e != expected[steps]:
                print("nbody: %d runs of %d steps ended at energy %r, not %r" % (n, steps, e, expected[steps]))
                bad += n
    if steps_done != size:
        print("nbody: %d steps simulated, not %d" % (steps_done, size))
    start = energy(make_system())
    drift = max([abs(e - start) for e in expected.values()] + [0.0])
    if drift > 1e-4:
        print("nbody: the energy drifted by %g from %.9f" % (drift, start))
    return bad == 0 and steps_done == size and drift <= 1e-4
