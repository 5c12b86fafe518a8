-- wrk script for `scripts/bench serve`: POSTs the file named by $JUECE_BENCH_BODY as application/yaml
-- (a GET without it), and prints one line: RESULT requests/s p50-ms p99-ms non-2xx timeouts
-- socket-errors 503s requests. With $JUECE_BENCH_COUNT set it also counts the 503s apart (a Lua call per
-- response, so only where that count is wanted).
local body = os.getenv("JUECE_BENCH_BODY")
if body and body ~= "" then
  local f = assert(io.open(body, "rb"))
  wrk.method = "POST"
  wrk.body = f:read("*a")
  wrk.headers["Content-Type"] = "application/yaml"
  f:close()
end

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

if os.getenv("JUECE_BENCH_COUNT") then
  function init(args)
    unavailable = 0
  end
  function response(status, headers, body)
    if status == 503 then
      unavailable = unavailable + 1
    end
  end
end

function done(summary, latency, requests)
  local n503 = 0
  for _, t in ipairs(threads) do
    n503 = n503 + (t:get("unavailable") or 0)
  end
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d %d %d %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.status, e.timeout, e.connect + e.read + e.write, n503, summary.requests))
end
