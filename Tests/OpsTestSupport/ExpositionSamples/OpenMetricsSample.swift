// A copy of a real scrape (prometheus_client 0.26.0, OpenMetrics 1.0), kept here so tests do not read files outside the package.

package enum OpenMetricsSample {
    package static let text = #"""
# HELP opstop_llm_cost_usd Estimated LLM spend in USD
# TYPE opstop_llm_cost_usd counter
opstop_llm_cost_usd_total{model="gpt-4o-mini",provider="openai"} 0.0002661 # {trace_id="f545a0a457c76910d008184cae754d67"} 0.0002661 1795433984.640768
opstop_llm_cost_usd_created{model="gpt-4o-mini",provider="openai"} 1.795433984640757e+09
# HELP opstop_llm_requests LLM requests by outcome
# TYPE opstop_llm_requests counter
opstop_llm_requests_total{error_type="",model="gpt-4o-mini"} 3.0
opstop_llm_requests_created{error_type="",model="gpt-4o-mini"} 1.7954339846407893e+09
opstop_llm_requests_total{error_type="rate_limit_exceeded",model="gpt-4o-mini"} 1.0
opstop_llm_requests_created{error_type="rate_limit_exceeded",model="gpt-4o-mini"} 1.7954339846408067e+09
# HELP opstop_llm_latency_seconds LLM call latency
# TYPE opstop_llm_latency_seconds histogram
opstop_llm_latency_seconds_bucket{component="llm",le="0.1"} 1.0 # {span_id="7c20ed83a91673fb",trace_id="a9bf13de248fc34f90a03a78c0c01cb3"} 0.05 1795433984.6409228
opstop_llm_latency_seconds_bucket{component="llm",le="0.25"} 1.0
opstop_llm_latency_seconds_bucket{component="llm",le="0.5"} 1.0
opstop_llm_latency_seconds_bucket{component="llm",le="1.0"} 3.0 # {span_id="7c20ed83a91673fb",trace_id="a9bf13de248fc34f90a03a78c0c01cb3"} 0.66 1795433984.640935
opstop_llm_latency_seconds_bucket{component="llm",le="2.5"} 4.0 # {span_id="7c20ed83a91673fb",trace_id="f545a0a457c76910d008184cae754d67"} 1.21 1795433984.6409082
opstop_llm_latency_seconds_bucket{component="llm",le="5.0"} 4.0
opstop_llm_latency_seconds_bucket{component="llm",le="10.0"} 4.0
opstop_llm_latency_seconds_bucket{component="llm",le="+Inf"} 4.0
opstop_llm_latency_seconds_count{component="llm"} 4.0
opstop_llm_latency_seconds_sum{component="llm"} 2.76
opstop_llm_latency_seconds_created{component="llm"} 1.7954339846408305e+09
opstop_llm_latency_seconds_bucket{component="tool",le="0.1"} 0.0
opstop_llm_latency_seconds_bucket{component="tool",le="0.25"} 0.0
opstop_llm_latency_seconds_bucket{component="tool",le="0.5"} 0.0
opstop_llm_latency_seconds_bucket{component="tool",le="1.0"} 0.0
opstop_llm_latency_seconds_bucket{component="tool",le="2.5"} 0.0
opstop_llm_latency_seconds_bucket{component="tool",le="5.0"} 1.0 # {trace_id="a9bf13de248fc34f90a03a78c0c01cb3"} 2.9 1795433984.6410067
opstop_llm_latency_seconds_bucket{component="tool",le="10.0"} 1.0
opstop_llm_latency_seconds_bucket{component="tool",le="+Inf"} 1.0
opstop_llm_latency_seconds_count{component="tool"} 1.0
opstop_llm_latency_seconds_sum{component="tool"} 2.9
opstop_llm_latency_seconds_created{component="tool"} 1.7954339846409535e+09
# HELP opstop_circuit_breaker_state Breaker state per tool/provider
# TYPE opstop_circuit_breaker_state stateset
opstop_circuit_breaker_state{opstop_circuit_breaker_state="closed",target="tool:cancel_order"} 0.0
opstop_circuit_breaker_state{opstop_circuit_breaker_state="open",target="tool:cancel_order"} 1.0
opstop_circuit_breaker_state{opstop_circuit_breaker_state="half_open",target="tool:cancel_order"} 0.0
opstop_circuit_breaker_state{opstop_circuit_breaker_state="closed",target="provider:openai"} 0.0
opstop_circuit_breaker_state{opstop_circuit_breaker_state="open",target="provider:openai"} 0.0
opstop_circuit_breaker_state{opstop_circuit_breaker_state="half_open",target="provider:openai"} 1.0
opstop_circuit_breaker_state{opstop_circuit_breaker_state="closed",target="tool:lookup_order"} 1.0
opstop_circuit_breaker_state{opstop_circuit_breaker_state="open",target="tool:lookup_order"} 0.0
opstop_circuit_breaker_state{opstop_circuit_breaker_state="half_open",target="tool:lookup_order"} 0.0
# HELP opstop_budget_remaining_usd Remaining daily budget
# TYPE opstop_budget_remaining_usd gauge
opstop_budget_remaining_usd{window="day"} NaN
opstop_budget_remaining_usd{window="month"} +Inf
# HELP opstop_label_escaping_demo Label value escaping demo
# TYPE opstop_label_escaping_demo gauge
opstop_label_escaping_demo{msg="Cannot find file:\n\"FILE.TXT\"",path="C:\\DIR\\FILE.TXT"} 1.0
# HELP opstop_build Build info
# TYPE opstop_build info
opstop_build_info{commit="abc123",version="0.1.0"} 1.0
# HELP opstop_tool_duration_seconds Tool duration (python client summaries have no quantiles)
# TYPE opstop_tool_duration_seconds summary
opstop_tool_duration_seconds_count{tool="lookup_order"} 1.0
opstop_tool_duration_seconds_sum{tool="lookup_order"} 0.137
opstop_tool_duration_seconds_created{tool="lookup_order"} 1.795433984641127e+09
# EOF

"""#
}
