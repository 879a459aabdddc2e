# Baseline: count Marketo failures in an NDJSON log with jq alone.
# Run:  jq -nRc -f bench/baselines/jq-program.jq FILE.ndjson
# -R reads raw lines so a malformed line is counted instead of aborting jq;
# -n with `reduce inputs` folds every line into one counts object.

def parsemaybe:
  if type == "string" and (startswith("{") or startswith("["))
  then (try fromjson catch .) else . end;

# url / status / body of a call, for each logger's shape; null when not a call.
def extract:
  if type != "object" then null
  elif (.url | type) == "string" and has("status") then {url, status, body: .responseBody}
  elif .req and .res then
    {url: (if .req.headers.host then "https://\(.req.headers.host)\(.req.url)" else .req.url end),
     status: .res.statusCode, body: .res.body}
  elif (.meta | type) == "object" and .meta.request and .meta.response then
    {url: .meta.request.url, status: .meta.response.statusCode, body: .meta.response.body}
  elif (.err | type) == "object" and .err.config then
    {url: .err.config.url, status: (.err.response.status // 0), body: .err.response.data}
  elif (.message | type) == "string" then
    if has("logStream") then (.message | parsemaybe | extract)
    elif has("@timestamp") and (.http | type) == "object" and .http.response then
      {url: .url.full, status: .http.response.status_code, body: .http.response.body.content}
    elif has("service") then
      (.message | parsemaybe) as $b
      | if ($b | type) == "object" and ($b.requestId | type) == "string" and ($b.success | type) == "boolean"
        then {url: null, status: null, body: $b} else null end
    else null end
  else null end;

def pathkind:
  if startswith("/identity/") then "identity"
  elif startswith("/rest/") or startswith("/bulk/") then "marketo"
  else "other" end;

# "marketo" | "identity" | "other"
def apiof:
  if . == null then "marketo"
  elif startswith("https://") or startswith("http://") then
    (ltrimstr("https://") | ltrimstr("http://")) as $rest
    | ($rest | index("/")) as $i
    | (if $i == null then $rest else $rest[:$i] end) as $host
    | if ($host | endswith(".mktorest.com")) then (if $i == null then "/" else $rest[$i:] end | pathkind)
      else "other" end
  else pathkind end;

# [[level, code], ...] for one call
def findings($x):
  if $x.status == 0 then []
  elif ($x.status | type) == "number" and $x.status >= 400 then [["http", ($x.status | tostring)]]
  else ($x.body | parsemaybe) as $b
    | if ($b | type) != "object" then []
      elif $b.success == false and ($b.errors | type) == "array" then [$b.errors[] | ["response", (.code | tostring)]]
      elif ($b.result | type) == "array" then
        [$b.result[] | select(type == "object") | (.reasons // [])[] | ["record", (.code | tostring)]]
      else [] end
  end;

def starred: ["600", "601", "602", "604", "605", "608", "611"];

reduce inputs as $line (
  {totals: {exchanges: 0, marketoCalls: 0, failedCalls: 0, quotaCalls: 0, noResponse: 0,
            other: 0, unrecognised: 0, malformed: 0, blank: 0,
            findings: {http: 0, response: 0, record: 0}},
   levels: {http: {}, response: {}, record: {}}};
  ($line | try (fromjson | [.]) catch null) as $parsed
  | if $parsed == null then
      if ($line | test("^[ \t\r]*$")) then .totals.blank += 1 else .totals.malformed += 1 end
    else ($parsed[0] | extract) as $x
    | if $x == null then .totals.unrecognised += 1
      else .totals.exchanges += 1
      | ($x.url | apiof) as $api
      | if $api == "other" then .totals.other += 1
        else findings($x) as $f
        | .totals.marketoCalls += 1
        | reduce $f[] as $p (.; .totals.findings[$p[0]] += 1 | .levels[$p[0]][$p[1]].count += 1)
        | reduce ($f | unique)[] as $p (.; .levels[$p[0]][$p[1]].exchanges += 1)
        | if ($f | length) > 0 then .totals.failedCalls += 1 else . end
        | if $x.status == 0 then .totals.noResponse += 1 else . end
        | if $api != "identity" and $x.status != 0
             and ([$f[] | select(.[0] == "response" and (.[1] as $c | starred | index($c)))] | length) == 0
          then .totals.quotaCalls += 1 else . end
        end
      end
    end
)
