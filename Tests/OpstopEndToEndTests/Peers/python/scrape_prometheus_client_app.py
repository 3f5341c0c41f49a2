"""A small app instrumented with prometheus_client using opstop's recommended metric names.

Batch 1 is recorded before serving; batch 2 right after the first scrape; so a report that
scrapes twice sees exactly batch 2 as the increase. Prints JSON lines (port, each scrape's
negotiation, "batch2") on stdout."""
from prometheus_client import CollectorRegistry, Counter, Enum, Gauge, Histogram

from scrape_common import emit, serve

registry = CollectorRegistry()
latency = Histogram(
    "opstop_latency_seconds", "Latency by component", ["component", "model"],
    buckets=[0.1, 0.25, 0.5, 1.0, 2.5], registry=registry)
cost = Counter("opstop_cost_usd", "Spend in USD", ["model"], registry=registry)
requests = Counter("opstop_requests", "Calls", ["component"], registry=registry)
errors = Counter("opstop_errors", "Failed calls", ["error_type"], registry=registry)
tokens = Counter("opstop_tokens", "Tokens", ["model", "type"], registry=registry)
remaining = Gauge("opstop_budget_remaining_usd", "Budget left", ["name"], registry=registry)
limit = Gauge("opstop_budget_limit_usd", "Budget", ["name"], registry=registry)
breaker = Enum(
    "opstop_breaker_state", "Breaker state", ["name"], states=["closed", "open", "half_open"], registry=registry)


def observe(values, first_trace):
    for index, value in enumerate(values):
        trace = "%032x" % (first_trace + index)
        latency.labels(component="llm", model="gpt-4o").observe(value, exemplar={"trace_id": trace, "span_id": "%016x" % (index + 1)})
        requests.labels(component="llm").inc()


# Batch 1
observe([0.05, 0.2, 0.3], 0x100)
cost.labels(model="gpt-4o").inc(0.25)
tokens.labels(model="gpt-4o", type="input").inc(300)
tokens.labels(model="gpt-4o", type="output").inc(30)
remaining.labels(name="team-a").set(60)
limit.labels(name="team-a").set(100)
breaker.labels(name="search").state("closed")


def batch2(scrape):
    if scrape != 1:
        return
    observe([0.05, 0.07, 0.2, 0.3, 0.4, 0.8, 0.9, 2.0], 0x200)
    cost.labels(model="gpt-4o").inc(1.5)
    cost.labels(model="claude-3-5-haiku").inc(0.5)
    tokens.labels(model="gpt-4o", type="input").inc(800)
    tokens.labels(model="gpt-4o", type="output").inc(80)
    errors.labels(error_type="rate_limit_exceeded").inc(2)
    errors.labels(error_type="ValidationError").inc(1)
    remaining.labels(name="team-a").set(58)
    breaker.labels(name="search").state("open")
    emit({"batch2": True})


serve(registry, batch2)
