package market.atelier.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a page's server CPU goes: reads a JFR recording (bench/run with {@code BENCH_JFR=true} records one per page)
 * and prints the methods found in most execution samples (inclusive: anywhere on the stack), then the methods most
 * often on top (self), each as a share of all samples of request threads.
 *
 * <pre>java -cp ... market.atelier.bench.JfrTop recording.jfr [rows]</pre>
 */
public final class JfrTop {

    private JfrTop() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            var frames = event.getStackTrace().getFrames();
            var thread = event.getThread("sampledThread");
            if (frames.isEmpty() || thread == null || thread.getJavaName() == null
                    || !thread.getJavaName().startsWith("default task")) {
                continue; // not a request (JIT, GC and timer threads, the index)
            }
            samples++;
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                if (!plumbing(name(frame)) && seen.add(name(frame))) {
                    inclusive.merge(name(frame), 1, Integer::sum);
                }
            }
        }
        System.out.printf("%d execution samples of request threads%n%nInclusive (anywhere on the stack; the container's own frames left out):%n", samples);
        print(inclusive, samples, rows);
        System.out.printf("%nSelf (on top of the stack):%n");
        print(self, samples, rows);
    }

    /** The server's and the servlet container's own frames, under every request: left out of the inclusive list. */
    private static boolean plumbing(String method) {
        return method.startsWith("io.undertow.") || method.startsWith("org.wildfly.") || method.startsWith("jakarta.servlet.")
                || method.startsWith("java.") || method.startsWith("org.jboss.threads.") || method.startsWith("org.xnio.")
                || method.contains("Filter.doFilter") || method.contains("$$Lambda");
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static void print(Map<String, Integer> counts, int samples, int rows) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(rows)
                .forEach(e -> System.out.printf("%5.1f %%  %s%n", 100.0 * e.getValue() / Math.max(1, samples), e.getKey()));
    }
}
