-- wrk script for bench/run.sh: after the run, prints the percentiles wrk's --latency leaves out
-- (p95) next to p50 and p99, in milliseconds, the requests and the errors (non-2xx and socket), one
-- "name value" a line.
done = function(summary, latency, requests)
  for _, p in ipairs({50, 95, 99}) do
    io.write(string.format("p%d_ms %.3f\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("requests %d\n", summary.requests))
  local errors = summary.errors
  io.write(string.format("errors %d\n", errors.status + errors.connect + errors.read + errors.write + errors.timeout))
end
