# A race on LOAD_GLOBAL's inline cache (issue 16). Worker 0 deletes the global `z`, adds 120
# other globals, re-creates `z` and deletes the 120, so that the module dict compacts and resizes
# under the readers; every other worker calls read_z() over and over and checks that what it got is
# `z`'s value (or a NameError while `z` is deleted), never another global. Generated text: the
# 120 names are written out because gillab has no globals().
DESCRIPTION = "one worker churns the module dict while the others read one global through the cache"
CATEGORY = "shared-state"
SIZE = 2000  # rounds of the churning worker


class Marker:
    pass


MARK = Marker()
z = MARK
state = [False, 0]  # [the churn is over, wrong values seen]


def read_z():
    return z


def add_pads():
    global pad0, pad1, pad2, pad3, pad4, pad5, pad6, pad7, pad8, pad9, pad10, pad11, pad12, pad13, pad14, pad15, pad16, pad17, pad18, pad19, pad20, pad21, pad22, pad23, pad24, pad25, pad26, pad27, pad28, pad29, pad30, pad31, pad32, pad33, pad34, pad35, pad36, pad37, pad38, pad39, pad40, pad41, pad42, pad43, pad44, pad45, pad46, pad47, pad48, pad49, pad50, pad51, pad52, pad53, pad54, pad55, pad56, pad57, pad58, pad59, pad60, pad61, pad62, pad63, pad64, pad65, pad66, pad67, pad68, pad69, pad70, pad71, pad72, pad73, pad74, pad75, pad76, pad77, pad78, pad79, pad80, pad81, pad82, pad83, pad84, pad85, pad86, pad87, pad88, pad89, pad90, pad91, pad92, pad93, pad94, pad95, pad96, pad97, pad98, pad99, pad100, pad101, pad102, pad103, pad104, pad105, pad106, pad107, pad108, pad109, pad110, pad111, pad112, pad113, pad114, pad115, pad116, pad117, pad118, pad119
    pad0 = 0
    pad1 = 1
    pad2 = 2
    pad3 = 3
    pad4 = 4
    pad5 = 5
    pad6 = 6
    pad7 = 7
    pad8 = 8
    pad9 = 9
    pad10 = 10
    pad11 = 11
    pad12 = 12
    pad13 = 13
    pad14 = 14
    pad15 = 15
    pad16 = 16
    pad17 = 17
    pad18 = 18
    pad19 = 19
    pad20 = 20
    pad21 = 21
    pad22 = 22
    pad23 = 23
    pad24 = 24
    pad25 = 25
    pad26 = 26
    pad27 = 27
    pad28 = 28
    pad29 = 29
    pad30 = 30
    pad31 = 31
    pad32 = 32
    pad33 = 33
    pad34 = 34
    pad35 = 35
    pad36 = 36
    pad37 = 37
    pad38 = 38
    pad39 = 39
    pad40 = 40
    pad41 = 41
    pad42 = 42
    pad43 = 43
    pad44 = 44
    pad45 = 45
    pad46 = 46
    pad47 = 47
    pad48 = 48
    pad49 = 49
    pad50 = 50
    pad51 = 51
    pad52 = 52
    pad53 = 53
    pad54 = 54
    pad55 = 55
    pad56 = 56
    pad57 = 57
    pad58 = 58
    pad59 = 59
    pad60 = 60
    pad61 = 61
    pad62 = 62
    pad63 = 63
    pad64 = 64
    pad65 = 65
    pad66 = 66
    pad67 = 67
    pad68 = 68
    pad69 = 69
    pad70 = 70
    pad71 = 71
    pad72 = 72
    pad73 = 73
    pad74 = 74
    pad75 = 75
    pad76 = 76
    pad77 = 77
    pad78 = 78
    pad79 = 79
    pad80 = 80
    pad81 = 81
    pad82 = 82
    pad83 = 83
    pad84 = 84
    pad85 = 85
    pad86 = 86
    pad87 = 87
    pad88 = 88
    pad89 = 89
    pad90 = 90
    pad91 = 91
    pad92 = 92
    pad93 = 93
    pad94 = 94
    pad95 = 95
    pad96 = 96
    pad97 = 97
    pad98 = 98
    pad99 = 99
    pad100 = 100
    pad101 = 101
    pad102 = 102
    pad103 = 103
    pad104 = 104
    pad105 = 105
    pad106 = 106
    pad107 = 107
    pad108 = 108
    pad109 = 109
    pad110 = 110
    pad111 = 111
    pad112 = 112
    pad113 = 113
    pad114 = 114
    pad115 = 115
    pad116 = 116
    pad117 = 117
    pad118 = 118
    pad119 = 119


def del_pads():
    global pad0, pad1, pad2, pad3, pad4, pad5, pad6, pad7, pad8, pad9, pad10, pad11, pad12, pad13, pad14, pad15, pad16, pad17, pad18, pad19, pad20, pad21, pad22, pad23, pad24, pad25, pad26, pad27, pad28, pad29, pad30, pad31, pad32, pad33, pad34, pad35, pad36, pad37, pad38, pad39, pad40, pad41, pad42, pad43, pad44, pad45, pad46, pad47, pad48, pad49, pad50, pad51, pad52, pad53, pad54, pad55, pad56, pad57, pad58, pad59, pad60, pad61, pad62, pad63, pad64, pad65, pad66, pad67, pad68, pad69, pad70, pad71, pad72, pad73, pad74, pad75, pad76, pad77, pad78, pad79, pad80, pad81, pad82, pad83, pad84, pad85, pad86, pad87, pad88, pad89, pad90, pad91, pad92, pad93, pad94, pad95, pad96, pad97, pad98, pad99, pad100, pad101, pad102, pad103, pad104, pad105, pad106, pad107, pad108, pad109, pad110, pad111, pad112, pad113, pad114, pad115, pad116, pad117, pad118, pad119
    del pad0
    del pad1
    del pad2
    del pad3
    del pad4
    del pad5
    del pad6
    del pad7
    del pad8
    del pad9
    del pad10
    del pad11
    del pad12
    del pad13
    del pad14
    del pad15
    del pad16
    del pad17
    del pad18
    del pad19
    del pad20
    del pad21
    del pad22
    del pad23
    del pad24
    del pad25
    del pad26
    del pad27
    del pad28
    del pad29
    del pad30
    del pad31
    del pad32
    del pad33
    del pad34
    del pad35
    del pad36
    del pad37
    del pad38
    del pad39
    del pad40
    del pad41
    del pad42
    del pad43
    del pad44
    del pad45
    del pad46
    del pad47
    del pad48
    del pad49
    del pad50
    del pad51
    del pad52
    del pad53
    del pad54
    del pad55
    del pad56
    del pad57
    del pad58
    del pad59
    del pad60
    del pad61
    del pad62
    del pad63
    del pad64
    del pad65
    del pad66
    del pad67
    del pad68
    del pad69
    del pad70
    del pad71
    del pad72
    del pad73
    del pad74
    del pad75
    del pad76
    del pad77
    del pad78
    del pad79
    del pad80
    del pad81
    del pad82
    del pad83
    del pad84
    del pad85
    del pad86
    del pad87
    del pad88
    del pad89
    del pad90
    del pad91
    del pad92
    del pad93
    del pad94
    del pad95
    del pad96
    del pad97
    del pad98
    del pad99
    del pad100
    del pad101
    del pad102
    del pad103
    del pad104
    del pad105
    del pad106
    del pad107
    del pad108
    del pad109
    del pad110
    del pad111
    del pad112
    del pad113
    del pad114
    del pad115
    del pad116
    del pad117
    del pad118
    del pad119


def churn(rounds):
    global z
    for r in range(rounds):
        del z
        add_pads()
        z = MARK
        del_pads()
    state[0] = True


def read_until_done(limit):
    # until the churn is over (a cooperative model runs the churner only when the readers are done,
    # so the reads are bounded too)
    reads = 0
    wrong = 0
    while reads < limit and (not state[0] or reads < 1000):
        try:
            v = read_z()
        except NameError:
            v = MARK
        if v is not MARK:
            wrong += 1
            if wrong <= 3:
                print("wrong global:", type(v).__name__)
        reads += 1
    return wrong


def work(part, parts, size, shared):
    if part == 0:
        churn(size)
        return 0
    return read_until_done(size * 200)


def check(results, size, parts):
    wrong = sum(results)
    if wrong:
        print(wrong, "reads of z returned another object")
    return wrong == 0
