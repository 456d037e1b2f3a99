-- wrk script: after the run, one machine-readable line for bench/run:
-- BENCH <requests/s> <p50 ms> <p95 ms> <p99 ms> <max ms> <socket errors> <non-2xx/3xx responses> <requests>
done = function(summary, latency, requests)
    local e = summary.errors
    io.write(string.format("BENCH %.1f %.3f %.3f %.3f %.3f %d %d %d\n",
        summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
        latency.max / 1000, e.connect + e.read + e.write + e.timeout, e.status, summary.requests))
end
