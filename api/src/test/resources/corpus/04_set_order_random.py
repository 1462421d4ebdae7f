# Generated: random set operations on ints (small, large, negative), floats, bools and tuples, each
# result printed; compared with CPython 3.11 byte for byte (see 04_set_order.py for what is followed).
sets = [{2847250249676959554}, set(), {11115218990412589808, -478343, False, False, 25000000000.0, -0.0, 16772025183144106180, 56, 11290132753607866083, False}, {(39, 1.5), -975581, 473140, -375413}, {-784398, -0.0, -0.0, (10, -7), 827260, -7, 7.125}, {(0, (2, 3)), False, (38, ()), 10539748507082902026, 25000000000.0, 17949352382180818429, 25000000000.0, (10, 1.5), 8308006451087972975}]
sets[0].symmetric_difference_update([(23, ()), (-4, -7), -1.25, 1])
print(sets[0])
sets[1] &= sets[4] | {(-3, 1.5), 16917291531201171184, 69315, 3.0, -19}
print(sets[1])
sets[5] -= sets[5]
print(sets[5])
sets[1] = sets[1] & sets[0]
print(sets[1])
sets[0] -= sets[5]
print(sets[0])
sets[0] = set(range(48, 2633, 4))
print(sets[0])
sets[0].update([12508763629332486691, 8, True, -340900, -1.25])
print(sets[0])
sets[3].difference_update(sets[2], [4582262865885002819])
print(sets[3])
sets[5].add(9258159772032364484)
print(sets[5])
sets[2].discard((2, ()))
print(sets[2])
if sets[1]: print(sets[1].pop())
print(sets[1])
sets[0] -= sets[2]
print(sets[0])
sets[3] |= sets[0]
print(sets[3])
print([x for x in {280274, -7, (21, 1.5), True, 73, -877347}])
print(sets[1])
sets[0] = sets[2].copy()
print(sets[0])
sets[1] = set([(35, -7)])
print(sets[1])
sets[3].symmetric_difference_update([12, 16, True, False, -980150])
print(sets[3])
sets[5] = set([-0.0, 47, 10218604389095738818, 3.0, (13, ()), 1345553847387869443, -662325, False, (33, (2, 3)), 3.0, False, 5390922431751997017, -9, 2005147882198723641, -864339, 500599, 77, -97836])
print(sets[5])
sets[3].add(False)
print(sets[3])
sets[0].add((14, -7))
print(sets[0])
sets[5] = sets[5] & sets[3]
print(sets[5])
sets[0] = sets[0] & sets[4]
print(sets[0])
sets[4] ^= sets[4]
print(sets[4])
sets[4] -= sets[1]
print(sets[4])
sets[2].add(-1943)
print(sets[2])
sets[0] = sets[0].copy()
print(sets[0])
sets[4] = sets[1].copy()
print(sets[4])
sets[5].symmetric_difference_update([])
print(sets[5])
print(sets[1] <= sets[1], sets[1] == sets[1], sets[1].isdisjoint(sets[1]))
print(sets[1])
sets[2].add(12447336804155195419)
print(sets[2])
sets[5].clear()
print(sets[5])
sets[1] |= sets[0]
print(sets[1])
sets[2] = sets[2] - sets[4]
print(sets[2])
sets[0].symmetric_difference_update([-1.25, (7, -7), 2313599272806459947, 602323, 0.001, -619276, 2980014459265030961])
print(sets[0])
sets[3].add(7)
print(sets[3])
sets[2] = sets[2].copy()
print(sets[2])
sets[0].update([-16, False, (18, ()), -459526, 8012657601336701757, 10103884013200633730, (21, ()), 8372620134426244287, 8171836829150575671, 7])
print(sets[0])
if sets[0]: print(sets[0].pop())
print(sets[0])
print([x for x in {False, 13822880012848854524, 25000000000.0, -677599, (24, (2, 3)), 12989344190176477227}])
print(sets[1])
sets[1].symmetric_difference_update([(28, (2, 3))])
print(sets[1])
sets[0].intersection_update(sets[4] | {-666388, -8, 274383, 48, 3.0})
print(sets[0])
print([x for x in {4166747099380892251, 18210934356301877546, -16, 141958, 14989027397918840881, (29, -7), 3.0, False, (20, ()), (6, -7), (20, -7), 0.001, (10, (2, 3))}])
print(sets[4])
sets[5] -= sets[0]
print(sets[5])
sets[5] = sets[5] | sets[1]
print(sets[5])
sets[1] ^= sets[5]
print(sets[1])
sets[4].discard((1, ()))
print(sets[4])
sets[0] = sets[2].copy()
print(sets[0])
sets[2] |= sets[1]
print(sets[2])
sets[3] = set(range(5, 1846, 8))
print(sets[3])
sets[5] ^= sets[0]
print(sets[5])
sets[4].clear()
print(sets[4])
sets[1] = sets[1] | sets[4]
print(sets[1])
sets[2].intersection_update(sets[3] | {-711569, 26, -1.25, True, 28, 437148, 16252735492929192536, -112171, (15, 1.5)})
print(sets[2])
sets[4] = sets[4] - sets[3]
print(sets[4])
sets[3].symmetric_difference_update([-1, 3655332273792176248])
print(sets[3])
print([x for x in {(36, -7), 0.001}])
print(sets[0])
sets[3].add(-22814)
print(sets[3])
sets[0].discard(50)
print(sets[0])
sets[2].add((19, ()))
print(sets[2])
sets[5] -= sets[3]
print(sets[5])
sets[1] = sets[1] | sets[4]
print(sets[1])
sets[5].clear()
print(sets[5])
sets[1].intersection_update(sets[3] | {5404923824366441541, 469740, False, False, (29, (2, 3)), -0.0, 29})
print(sets[1])
sets[2].clear()
print(sets[2])
print([x for x in {0.001}])
print(sets[5])
sets[5].update([(40, 1.5), -280891, 8999424563459873468, 204748, True, -913158, 25000000000.0, -152296, 6845103105445096149, 125903, False, 363140150230986240])
print(sets[5])
sets[5].intersection_update(sets[0] | set())
print(sets[5])
sets[2].intersection_update(sets[1] | {25000000000.0})
print(sets[2])
sets[3] &= sets[4] | {28, 928472}
print(sets[3])
sets[3].update([7, -113859, 3.0, -2])
print(sets[3])
sets[4] = sets[4] ^ sets[2]
print(sets[4])
sets[4] &= sets[3] | {-262715, 6479213555638854129, -632889, (28, 1.5), 30, 160092, -20, -0.0, 65}
print(sets[4])
sets[3] ^= sets[0]
print(sets[3])
sets[2].update([(-2, 1.5)])
print(sets[2])
sets[4].add(3.0)
print(sets[4])
sets[3] |= sets[1]
print(sets[3])
sets[1] = set([-982754, False, 71, -0.0, -217920, 879871, 12572916422458915104])
print(sets[1])
sets[2] = sets[2] ^ sets[1]
print(sets[2])
print([x for x in {11221276316674408908, -576868, (18, -7), False}])
print(sets[0])
sets[1].clear()
print(sets[1])
sets[2].add(True)
print(sets[2])
sets[5] -= sets[0]
print(sets[5])
sets[2] = sets[2] & sets[0]
print(sets[2])
sets[3].difference_update(sets[0], [True])
print(sets[3])
print(sets[2] <= sets[4], sets[2] == sets[4], sets[2].isdisjoint(sets[4]))
print(sets[2])
sets[3] &= sets[2] | {6859356805601591235}
print(sets[3])
print([x for x in {10366849147861037078}])
print(sets[4])
sets[1] -= sets[4]
print(sets[1])
sets[1].intersection_update(sets[3] | {False, 69, 13874942233753553498, -466674, (26, ()), 35, 30, (19, (2, 3)), (8, 1.5), 4, 444932, 911683, 60})
print(sets[1])
sets[1].add(828217)
print(sets[1])
sets[3].add((39, 1.5))
print(sets[3])
sets[2] |= sets[1]
print(sets[2])
sets[0] -= sets[5]
print(sets[0])
if sets[2]: print(sets[2].pop())
print(sets[2])
sets[4] = sets[4] ^ sets[1]
print(sets[4])
sets[0] = sets[0] ^ sets[1]
print(sets[0])
sets[1] = sets[1] & sets[5]
print(sets[1])
sets[5].discard(64)
print(sets[5])
sets[3] = sets[3] & sets[2]
print(sets[3])
sets[4] |= sets[1]
print(sets[4])
sets[2] = set([-681800, 0.001, 44, 3.0, 349507, (33, -7), (24, ()), (22, ()), (19, 1.5), True, (2, -7), True, 18080913831344836699, (20, ()), (25, 1.5), -601377, 13496264590550969204, 12832280615535137424, (26, -7), (18, -7), (-2, -7), 41, -0.0, 138005, (17, ()), 7.125])
print(sets[2])
sets[0] ^= sets[3]
print(sets[0])
sets[3].symmetric_difference_update([992350, -371210, (0, (2, 3))])
print(sets[3])
sets[2] = sets[2] - sets[2]
print(sets[2])
sets[3] = sets[3] & sets[3]
print(sets[3])
sets[4].difference_update(sets[5], [14616106876744895751])
print(sets[4])
sets[4].discard(399874)
print(sets[4])
if sets[3]: print(sets[3].pop())
print(sets[3])
sets[0] = set(range(-22, 129, 3))
print(sets[0])
sets[4] -= sets[2]
print(sets[4])
sets[1] = sets[1] - sets[1]
print(sets[1])
sets[3] = sets[1].copy()
print(sets[3])
sets[3].difference_update(sets[3], [39])
print(sets[3])
sets[0].intersection_update(sets[5] | {875705, -901458, (35, (2, 3)), 15554634984522173102})
print(sets[0])
sets[0].symmetric_difference_update([7.125, 63189, True, 3.0, True, 41, 5558170580510556979, -918511, 39])
print(sets[0])
sets[4].intersection_update(sets[2] | {(32, (2, 3)), 6514003811034530881, 174002, False})
print(sets[4])
sets[0] = sets[0] - sets[5]
print(sets[0])
print([x for x in {6031161711831738704, True, 86587, 7407684336694113011, False, True, 10029858007268693703, 25000000000.0, -1.25, 12788759406870831060, 18, (25, 1.5), (-3, ())}])
print(sets[1])
sets[2] -= sets[4]
print(sets[2])
print([x for x in {3.0, 78, 0.001, True, 3805302407188043567, True, (1, ()), 7.125}])
print(sets[5])
