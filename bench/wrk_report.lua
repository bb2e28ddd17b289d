-- Printed by wrk after a run: the figures bench/catalog_latency.py reads.
local cookie = os.getenv("BENCH_COOKIE")
wrk.headers["X-Forwarded-Proto"] = "https"
if cookie and cookie ~= "" then wrk.headers["Cookie"] = cookie end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.1f p50=%.2f p95=%.2f errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, errors))
end
