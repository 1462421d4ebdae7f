# The Richards kernel (bench/kernels/richards.py): an operating-system task scheduler simulated with
# objects: a task class hierarchy, linked packet queues, method calls and attribute reads and writes
# on every step. Each of the SIZE runs schedules the same six tasks from scratch (the workers take
# runs in turn) and must queue exactly 23246 packets and hold 9297 times, as every Richards run does.
DESCRIPTION = "Richards task-scheduler simulation: SIZE object-heavy runs dealt to the workers"
CATEGORY = "cpu"
SIZE = 12

IDLE_COUNT = 10000
QUEUED_PER_RUN = 23246  # the counts every correct run with IDLE_COUNT 10000 reaches
HELD_PER_RUN = 9297
BUFSIZE = 4
ID_IDLE = 1
ID_WORKER = 2
ID_HANDLER_A = 3
ID_HANDLER_B = 4
ID_DEVICE_A = 5
ID_DEVICE_B = 6
KIND_DEVICE = 0
KIND_WORK = 1


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class DeviceData:
    def __init__(self):
        self.pending = None


class HandlerData:
    def __init__(self):
        self.work_in = None
        self.device_in = None


class IdleData:
    def __init__(self, count):
        self.control = 1
        self.count = count


class WorkerData:
    def __init__(self):
        self.destination = ID_HANDLER_A
        self.count = 0


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.task_list = None
        self.current = None
        self.hold_count = 0
        self.queue_count = 0
        self.trace = []

    def find(self, ident):
        return self.tasks[ident]

    def run(self):
        task = self.task_list
        while task is not None:
            if task.held_or_waiting():
                task = task.link
            else:
                self.current = task
                task = task.step()


class Task:
    def __init__(self, sched, ident, priority, queue, pending, waiting, data):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.packet_pending = pending
        self.waiting = waiting
        self.holding = False
        self.data = data
        self.link = sched.task_list
        sched.task_list = self
        sched.tasks[ident] = self

    def held_or_waiting(self):
        return self.holding or (not self.packet_pending and self.waiting)

    def waiting_with_packet(self):
        return self.packet_pending and self.waiting and not self.holding

    def step(self):
        packet = None
        if self.waiting_with_packet():
            packet = self.queue
            self.queue = packet.link
            self.waiting = False
            self.holding = False
            self.packet_pending = self.queue is not None
        return self.action(packet)

    def receive(self, packet, sender):
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > sender.priority:
                return self
        else:
            packet.append_to(self.queue)
        return sender

    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        self.sched.hold_count += 1
        self.holding = True
        return self.link

    def release(self, ident):
        t = self.sched.find(ident)
        t.holding = False
        if t.priority > self.priority:
            return t
        return self

    def post(self, packet):
        target = self.sched.find(packet.ident)
        self.sched.queue_count += 1
        packet.link = None
        packet.ident = self.ident
        return target.receive(packet, self)


class IdleTask(Task):
    def action(self, packet):
        d = self.data
        d.count -= 1
        if d.count == 0:
            return self.hold()
        if d.control & 1 == 0:
            d.control //= 2
            return self.release(ID_DEVICE_A)
        d.control = (d.control // 2) ^ 0xD008
        return self.release(ID_DEVICE_B)


class WorkerTask(Task):
    def action(self, packet):
        d = self.data
        if packet is None:
            return self.wait()
        if d.destination == ID_HANDLER_A:
            d.destination = ID_HANDLER_B
        else:
            d.destination = ID_HANDLER_A
        packet.ident = d.destination
        packet.datum = 0
        for i in range(BUFSIZE):
            d.count += 1
            if d.count > 26:
                d.count = 1
            packet.data[i] = ord("A") + d.count - 1
        return self.post(packet)


class HandlerTask(Task):
    def action(self, packet):
        d = self.data
        if packet is not None:
            if packet.kind == KIND_WORK:
                d.work_in = packet.append_to(d.work_in)
            else:
                d.device_in = packet.append_to(d.device_in)
        work = d.work_in
        if work is None:
            return self.wait()
        index = work.datum
        if index >= BUFSIZE:
            d.work_in = work.link
            return self.post(work)
        dev = d.device_in
        if dev is None:
            return self.wait()
        d.device_in = dev.link
        dev.datum = work.data[index]
        work.datum = index + 1
        return self.post(dev)


class DeviceTask(Task):
    def action(self, packet):
        d = self.data
        if packet is None:
            pending = d.pending
            if pending is None:
                return self.wait()
            d.pending = None
            return self.post(pending)
        d.pending = packet
        if len(self.sched.trace) < 40:
            self.sched.trace.append(chr(packet.datum))
        return self.hold()


def richards(idle_count):
    s = Scheduler()
    IdleTask(s, ID_IDLE, 1, None, False, False, IdleData(idle_count))
    q = Packet(None, 0, KIND_WORK)
    q = Packet(q, 0, KIND_WORK)
    WorkerTask(s, ID_WORKER, 1000, q, True, True, WorkerData())
    q = Packet(None, ID_DEVICE_A, KIND_DEVICE)
    q = Packet(q, ID_DEVICE_A, KIND_DEVICE)
    q = Packet(q, ID_DEVICE_A, KIND_DEVICE)
    HandlerTask(s, ID_HANDLER_A, 2000, q, True, True, HandlerData())
    q = Packet(None, ID_DEVICE_B, KIND_DEVICE)
    q = Packet(q, ID_DEVICE_B, KIND_DEVICE)
    q = Packet(q, ID_DEVICE_B, KIND_DEVICE)
    HandlerTask(s, ID_HANDLER_B, 3000, q, True, True, HandlerData())
    DeviceTask(s, ID_DEVICE_A, 4000, None, False, True, DeviceData())
    DeviceTask(s, ID_DEVICE_B, 5000, None, False, True, DeviceData())
    s.run()
    return s


def work(part, parts, size, shared):
    runs = queued = held = 0
    for _ in range(part, size, parts):
        s = richards(IDLE_COUNT)
        runs += 1
        queued += s.queue_count
        held += s.hold_count
    return (runs, queued, held)


def check(results, size, parts):
    runs = sum(r[0] for r in results)
    queued = sum(r[1] for r in results)
    held = sum(r[2] for r in results)
    ok = runs == size and queued == QUEUED_PER_RUN * size and held == HELD_PER_RUN * size
    if not ok:
        print("richards: %d runs queued %d packets and held %d times; expected %d, %d and %d"
              % (runs, queued, held, size, QUEUED_PER_RUN * size, HELD_PER_RUN * size))
    return ok
