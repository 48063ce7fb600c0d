package com.playgent.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.playgent.junit.PlaygentConfig;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * B4's measured JVM (started by {@link LargeRunBench} with a small heap): runs either the Playgent
 * report of the large run or the plain baseline through a Launcher, and prints one
 * {@code RESULT {json}} line with the wall time, the counts and the peak heap.
 *
 * <p>Peak heap is the largest heap occupancy seen: just before each collection (from the GC
 * notifications, which is where occupancy peaks), and at the end. Peak live heap is the largest
 * occupancy right after a collection.
 */
public final class LargeRunChild {
  private LargeRunChild() {}

  /**
   * {@code playgent BASE_URL RUN_ID OUTPUT_DIR [WARM_RUN_ID]} or {@code plain TURNS OUTPUT_CHARS [WARM_TURNS]}.
   * With the last argument, the same path first runs once on that small input, unmeasured, so the
   * measured execution pays no class loading or first-use cost.
   */
  public static void main(String[] args) {
    HeapPeak heap = HeapPeak.install();
    boolean warm = args.length > (args[0].equals("playgent") ? 4 : 3);
    if (warm) {
      execute(args, true);
    }
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    long cpuBefore = processCpuNanos();
    long wallNanos = execute(args, false, summary);
    long cpuNanos = processCpuNanos() - cpuBefore;
    heap.sampleNow();
    ObjectNode result = Results.JSON.createObjectNode();
    result.put("mode", args[0] + (warm ? "-warm" : "-cold"));
    result.put("wall_ms", wallNanos / 1_000_000.0);
    result.put("cpu_ms", cpuNanos / 1_000_000.0);
    result.put("tests_found", summary.getSummary().getTestsFoundCount());
    result.put("tests_succeeded", summary.getSummary().getTestsSucceededCount());
    result.put("tests_failed", summary.getSummary().getTotalFailureCount());
    result.put("peak_heap_mb", heap.peak.get() / 1048576.0);
    result.put("peak_live_heap_mb", heap.peakLive.get() / 1048576.0);
    result.put("max_heap_mb", Runtime.getRuntime().maxMemory() / 1048576.0);
    result.put("collections", heap.collections.get());
    System.out.println("RESULT " + result.toString().replace('\n', ' '));
    System.exit(0);
  }

  private static long execute(String[] args, boolean warmUp, SummaryGeneratingListener... listeners) {
    Map<String, String> params = new HashMap<>();
    Class<?> fixture;
    if (args[0].equals("playgent")) {
      LargeRunFixture.runId = warmUp ? args[4] : args[2];
      params.put(PlaygentConfig.BASE_URL, args[1]);
      params.put(PlaygentConfig.OUTPUT_DIR, args[3]);
      params.put(PlaygentConfig.PROGRESS_INTERVAL, "0");
      fixture = LargeRunFixture.class;
    } else {
      PlainTurnsFixture.turns = Integer.parseInt(warmUp ? args[3] : args[1]);
      PlainTurnsFixture.outputChars = Integer.parseInt(args[2]);
      fixture = PlainTurnsFixture.class;
    }
    var request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(fixture))
        .configurationParameters(params).build();
    long started = System.nanoTime();
    LauncherFactory.create().execute(request, listeners);
    return System.nanoTime() - started;
  }

  /** CPU time of every thread of this JVM (JIT and GC included): steadier than wall time on a busy machine. */
  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** The largest heap occupancy, from GC notifications (before and after each collection). */
  static final class HeapPeak {
    final AtomicLong peak = new AtomicLong();
    final AtomicLong peakLive = new AtomicLong();
    final AtomicLong collections = new AtomicLong();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    static HeapPeak install() {
      HeapPeak h = new HeapPeak();
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        if (gc instanceof NotificationEmitter emitter) {
          emitter.addNotificationListener((n, handback) -> {
            if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
              return;
            }
            var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
            h.collections.incrementAndGet();
            h.record(h.peak, h.sum(info.getMemoryUsageBeforeGc()));
            long after = h.sum(info.getMemoryUsageAfterGc());
            h.record(h.peak, after);
            h.record(h.peakLive, after);
          }, null, null);
        }
      }
      return h;
    }

    void sampleNow() {
      record(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    private long sum(Map<String, MemoryUsage> usage) {
      return usage.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
          .mapToLong(e -> e.getValue().getUsed()).sum();
    }

    private void record(AtomicLong max, long value) {
      max.accumulateAndGet(value, Math::max);
    }
  }
}
