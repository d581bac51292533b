-- wrk script: the issue's query, a speaker's first page with its total, POSTed as GraphQL JSON.
-- The speaker comes from the environment (BENCH_SPEAKER), as bench/run picks the most quoted person.
local speaker = os.getenv("BENCH_SPEAKER") or "Peskov"
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"query":"query($s:String){ quotes(filter:{speaker:$s}, first:20) { totalCount nodes { text saidOn role speaker { name } article { headline } } } }","variables":{"s":"' .. speaker .. '"}}'

function done(summary, latency, requests)
  io.write(string.format("wrk: %d requests in %.1f s: %.0f requests/s, latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, errors %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
