// A copy of a real scrape (prometheus_client 0.26.0, classic text format 0.0.4), kept here so tests do not read files outside the package.

package enum PrometheusTextSample {
    package static let text = #"""
# HELP opstop_llm_cost_usd_total Estimated LLM spend in USD
# TYPE opstop_llm_cost_usd_total counter
opstop_llm_cost_usd_total{model="gpt-4o-mini",provider="openai"} 0.0002661
# HELP opstop_llm_cost_usd_created Estimated LLM spend in USD
# TYPE opstop_llm_cost_usd_created gauge
opstop_llm_cost_usd_created{model="gpt-4o-mini",provider="openai"} 1.795433984640757e+09
# HELP opstop_llm_requests_total LLM requests by outcome
# TYPE opstop_llm_requests_total counter
opstop_llm_requests_total{error_type="",model="gpt-4o-mini"} 3.0
opstop_llm_requests_total{error_type="rate_limit_exceeded",model="gpt-4o-mini"} 1.0
# HELP opstop_llm_requests_created LLM requests by outcome
# TYPE opstop_llm_requests_created gauge
opstop_llm_requests_created{error_type="",model="gpt-4o-mini"} 1.7954339846407893e+09
opstop_llm_requests_created{error_type="rate_limit_exceeded",model="gpt-4o-mini"} 1.7954339846408067e+09
# HELP opstop_llm_latency_seconds LLM call latency
# TYPE opstop_llm_latency_seconds histogram
opstop_llm_latency_seconds_bucket{component="llm",le="0.1"} 1.0
opstop_llm_latency_seconds_bucket{component="llm",le="0.25"} 1.0
opstop_llm_latency_seconds_bucket{component="llm",le="0.5"} 1.0
opstop_llm_latency_seconds_bucket{component="llm",le="1.0"} 3.0
opstop_llm_latency_seconds_bucket{component="llm",le="2.5"} 4.0
opstop_llm_latency_seconds_bucket{component="llm",le="5.0"} 4.0
opstop_llm_latency_seconds_bucket{component="llm",le="10.0"} 4.0
opstop_llm_latency_seconds_bucket{component="llm",le="+Inf"} 4.0
opstop_llm_latency_seconds_count{component="llm"} 4.0
opstop_llm_latency_seconds_sum{component="llm"} 2.76
opstop_llm_latency_seconds_bucket{component="tool",le="0.1"} 0.0
opstop_llm_latency_seconds_bucket{component="tool",le="0.25"} 0.0
opstop_llm_latency_seconds_bucket{component="tool",le="0.5"} 0.0
opstop_llm_latency_seconds_bucket{component="tool",le="1.0"} 0.0
opstop_llm_latency_seconds_bucket{component="tool",le="2.5"} 0.0
opstop_llm_latency_seconds_bucket{component="tool",le="5.0"} 1.0
opstop_llm_latency_seconds_bucket{component="tool",le="10.0"} 1.0
opstop_llm_latency_seconds_bucket{component="tool",le="+Inf"} 1.0
opstop_llm_latency_seconds_count{component="tool"} 1.0
opstop_llm_latency_seconds_sum{component="tool"} 2.9
# HELP opstop_llm_latency_seconds_created LLM call latency
# TYPE opstop_llm_latency_seconds_created gauge
opstop_llm_latency_seconds_created{component="llm"} 1.7954339846408305e+09
opstop_llm_latency_seconds_created{component="tool"} 1.7954339846409535e+09
# HELP opstop_circuit_breaker_state Breaker state per tool/provider
# TYPE opstop_circuit_breaker_state gauge
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
# HELP opstop_build_info Build info
# TYPE opstop_build_info gauge
opstop_build_info{commit="abc123",version="0.1.0"} 1.0
# HELP opstop_tool_duration_seconds Tool duration (python client summaries have no quantiles)
# TYPE opstop_tool_duration_seconds summary
opstop_tool_duration_seconds_count{tool="lookup_order"} 1.0
opstop_tool_duration_seconds_sum{tool="lookup_order"} 0.137
# HELP opstop_tool_duration_seconds_created Tool duration (python client summaries have no quantiles)
# TYPE opstop_tool_duration_seconds_created gauge
opstop_tool_duration_seconds_created{tool="lookup_order"} 1.795433984641127e+09

"""#
}
