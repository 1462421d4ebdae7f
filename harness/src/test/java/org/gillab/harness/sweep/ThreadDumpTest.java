package org.gillab.harness.sweep;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;

import org.junit.jupiter.api.Test;

/**
 * The thread dump a stuck run's reason carries, in this JVM: a deadlock through a monitor
 * ({@code synchronized}) one way and a {@code ReentrantLock} the other is found, and each thread's
 * line names what it waits on, who holds that, and what it holds itself.
 */
class ThreadDumpTest {
    @Test
    void aDeadlockAcrossAMonitorAndALockNamesBothThreadsAndBothLocks() throws InterruptedException {
        Object monitor = new Object();
        ReentrantLock lock = new ReentrantLock();
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        Thread a = new Thread(() -> {
            synchronized (monitor) {
                bothHoldOne.countDown();
                try {
                    bothHoldOne.await();
                    lock.lockInterruptibly(); // interrupted at the end of the test: the way out of the deadlock
                    lock.unlock();
                } catch (InterruptedException e) {
                    // released: b gets the monitor and finishes
                }
            }
        }, "gillab-worker-0");
        Thread b = new Thread(() -> {
            lock.lock();
            try {
                bothHoldOne.countDown();
                bothHoldOne.await();
                synchronized (monitor) {
                    monitor.notifyAll();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                lock.unlock();
            }
        }, "gillab-worker-1");
        a.setDaemon(true);
        b.setDaemon(true);
        a.start();
        b.start();
        try {
            String dump = "";
            for (int i = 0; i < 200 && !dump.startsWith("deadlock"); i++) {
                Thread.sleep(20);
                dump = ThreadDump.summary();
            }
            assertTrue(dump.startsWith("deadlock between 2 threads:"), dump);
            assertTrue(dump.contains("gillab-worker-0 WAITING (deadlocked) on ReentrantLock$NonfairSync@"), dump);
            assertTrue(dump.contains("held by gillab-worker-1; holds Object@" + Integer.toHexString(System.identityHashCode(monitor))), dump);
            assertTrue(dump.contains("gillab-worker-1 BLOCKED (deadlocked) on Object@" + Integer.toHexString(System.identityHashCode(monitor))
                    + " held by gillab-worker-0; holds ReentrantLock$NonfairSync@"), dump);
            java.util.regex.Matcher waits = java.util.regex.Pattern.compile("gillab-worker-0 \\S+ \\(deadlocked\\) on (ReentrantLock\\S+) ").matcher(dump);
            assertTrue(waits.find(), dump);
            assertTrue(dump.contains("held by gillab-worker-0; holds " + waits.group(1)), "the lock worker 0 waits for is the one worker 1 holds: " + dump);
            assertTrue(dump.contains("; at ThreadDumpTest"), "where each thread is: " + dump);
        } finally {
            a.interrupt();
            a.join(5000);
            b.join(5000);
        }
    }
}
