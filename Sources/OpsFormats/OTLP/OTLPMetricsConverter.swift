import OpsModel

/// Builds the scrapes of `OTLPMetricsDecoder` from parsed OTLP metrics.
enum OTLPMetricsConverter {
    static func convert(
        _ resources: [OTLPResourceMetrics], reason: String, deltas: inout OTLPDeltaAccumulator
    ) -> OTLPMetricsBatch {
        var batch = OTLPMetricsBatch()
        for resource in resources {
            var builder = ResourceBuilder(resource: resource)
            for scope in resource.scopes {
                for metric in scope.metrics {
                    builder.add(metric, scope: scope, deltas: &deltas, batch: &batch)
                }
            }
            let families = builder.families()
            let sampleCount = families.reduce(0) { count, family in
                count + family.series.reduce(0) { $0 + $1.samples.count }
            }
            let scrape = Scrape(
                sniff: ContentSniff(format: .openMetrics, reason: reason), families: families,
                sampleCount: sampleCount)
            batch.scrapes.append(
                OTLPTargetScrape(job: builder.job, instance: resource.serviceInstanceID, scrape: scrape,
                                 dataPoints: builder.dataPoints))
        }
        return batch
    }
}

/// The families of one resource, in order of first appearance.
private struct ResourceBuilder {
    let job: String
    let resourceLabels: [Label]
    private var familyList: [MetricFamily] = []
    private var familyIndex: [String: Int] = [:]
    private var seriesIndex: [String: [String: Int]] = [:]
    private(set) var dataPoints = 0

    init(resource: OTLPResourceMetrics) {
        let name = resource.serviceName ?? "unknown_service"
        job = resource.serviceNamespace.map { $0 + "/" + name } ?? name
        var labels = [Label("job", job)]
        if let instance = resource.serviceInstanceID, !instance.isEmpty { labels.append(Label("instance", instance)) }
        resourceLabels = labels
    }

    func families() -> [MetricFamily] { familyList }

    mutating func add(
        _ metric: OTLPMetricRecord, scope: OTLPScopeMetrics, deltas: inout OTLPDeltaAccumulator,
        batch: inout OTLPMetricsBatch
    ) {
        let pointCount = metric.numberPoints.count + metric.histogramPoints.count + metric.unsupportedPoints
        let type: MetricType
        switch metric.kind {
        case .gauge: type = .gauge
        case let .sum(monotonic, _): type = monotonic ? .counter : .gauge
        case .histogram: type = .histogram
        case let .unsupported(kind):
            batch.reject(pointCount, "'\(metric.name.prefix(60))' is an \(kind), which opstop does not read")
            return
        case .empty:
            batch.reject(pointCount, "'\(metric.name.prefix(60))' has no data")
            return
        }
        guard !metric.name.isEmpty else {
            batch.reject(pointCount, "a metric without a name")
            return
        }
        let name = OTLPPrometheusNaming.metricName(metric.name, unit: metric.unit, type: type)
        if let existing = familyIndex[name], familyList[existing].type != type {
            let stated = familyList[existing].type.rawValue
            batch.reject(pointCount, "'\(name)' is both a \(stated) and a \(type.rawValue)")
            return
        }
        if familyIndex[name] == nil {
            familyIndex[name] = familyList.count
            let unit = OTLPPrometheusNaming.unitSuffix(metric.unit, type: type)
            familyList.append(MetricFamily(
                name: name, type: type, help: metric.description.isEmpty ? nil : metric.description, unit: unit))
        }
        var scopeLabels: [Label] = []
        if !scope.name.isEmpty { scopeLabels.append(Label("otel_scope_name", scope.name)) }
        if !scope.version.isEmpty { scopeLabels.append(Label("otel_scope_version", scope.version)) }
        let fixed = resourceLabels + scopeLabels
        let delta: Bool
        switch metric.kind {
        case let .sum(_, isDelta), let .histogram(isDelta): delta = isDelta
        default: delta = false
        }
        addPoints(metric, name: name, type: type, fixed: fixed, delta: delta, deltas: &deltas, batch: &batch)
    }

    private mutating func addPoints(
        _ metric: OTLPMetricRecord, name: String, type: MetricType, fixed: [Label], delta: Bool,
        deltas: inout OTLPDeltaAccumulator, batch: inout OTLPMetricsBatch
    ) {
        for point in metric.numberPoints {
            guard let value = point.value else {
                batch.reject(1, "'\(name)': a data point without a value")
                continue
            }
            let labels = Self.labels(point.attributes, fixed: fixed)
            let key = MetricSeries.key(family: name, labels: labels)
            var total = value
            if delta {
                guard let sum = deltas.addSum(key: key, delta: value) else {
                    batch.reject(1, "'\(name)': too many delta series")
                    continue
                }
                total = sum
            }
            store(Self.numberSeries(name: name, type: type, labels: labels, key: key, point: point, value: total),
                  in: name)
        }
        for original in metric.histogramPoints {
            let labels = Self.labels(original.attributes, fixed: fixed)
            let key = MetricSeries.key(family: name, labels: labels)
            if let problem = Self.problem(original) {
                batch.reject(1, "'\(name)': \(problem)")
                continue
            }
            var point = original
            if delta {
                guard let total = deltas.addHistogram(key: key, delta: original) else {
                    batch.reject(1, "'\(name)': too many delta series")
                    continue
                }
                point = total
            }
            store(Self.histogramSeries(name: name, labels: labels, key: key, point: point), in: name)
        }
    }

    /// Adds or replaces (the later point wins) a series in its family.
    private mutating func store(_ series: MetricSeries, in familyName: String) {
        guard let number = familyIndex[familyName] else { return }
        dataPoints += 1
        if let index = seriesIndex[familyName]?[series.key] {
            familyList[number].series[index] = series
        } else {
            seriesIndex[familyName, default: [:]][series.key] = familyList[number].series.count
            familyList[number].series.append(series)
        }
    }

    /// Attributes as labels with the resource's and scope's; names that collide after sanitising join with `;`.
    static func labels(_ attributes: [OTLPKeyValue], fixed: [Label]) -> [Label] {
        var values: [String: String] = [:]
        for label in fixed { values[label.name] = label.value }
        for pair in attributes {
            let name = OTLPPrometheusNaming.labelName(pair.key)
            guard fixed.first(where: { $0.name == name }) == nil else { continue }
            let value = pair.value.text ?? (pair.value == .empty ? "" : pair.value.contentText)
            if let existing = values[name], !existing.isEmpty {
                values[name] = value.isEmpty ? existing : existing + ";" + value
            } else {
                values[name] = value
            }
        }
        return values.filter { !$0.value.isEmpty && $0.value != "None" }.map { Label($0.key, $0.value) }.sorted()
    }

    static func seconds(_ nanos: UInt64) -> Double? { nanos == 0 ? nil : Double(nanos) / 1e9 }

    private static func numberSeries(
        name: String, type: MetricType, labels: [Label], key: String, point: OTLPNumberPoint, value: Double
    ) -> MetricSeries {
        let timestamp = seconds(point.timeNanos)
        let exemplar = point.exemplars.max { $0.timeNanos < $1.timeNanos }.flatMap(exemplarValue)
        var series = MetricSeries(labels: labels, key: key, value: value, timestamp: timestamp)
        if type == .counter {
            series.exemplar = exemplar
            series.created = seconds(point.startNanos)
            series.samples.append(
                MetricSample(name: name + "_total", suffix: .total, labels: labels, value: value, timestamp: timestamp,
                             exemplar: exemplar))
            if let created = series.created {
                series.samples.append(
                    MetricSample(name: name + "_created", suffix: .created, labels: labels, value: created,
                                 timestamp: timestamp))
            }
        } else {
            series.samples.append(
                MetricSample(name: name, suffix: .none, labels: labels, value: value, timestamp: timestamp))
        }
        return series
    }

    /// Why a histogram point cannot be used, or nil.
    private static func problem(_ point: OTLPHistogramPoint) -> String? {
        if point.bucketCounts.isEmpty {
            return point.bounds.isEmpty ? nil : "bucket counts missing or not unsigned integers"
        }
        guard point.bucketCounts.count == point.bounds.count + 1 else {
            return "\(point.bucketCounts.count) bucket counts for \(point.bounds.count) bounds (expected one more)"
        }
        for index in point.bounds.indices {
            guard point.bounds[index].isFinite, index == 0 || point.bounds[index - 1] < point.bounds[index] else {
                return "explicit bounds are not finite and increasing"
            }
        }
        let total = point.bucketCounts.reduce(UInt64(0)) { $0 &+ $1 }
        guard total == point.count else { return "bucket counts add up to \(total), but count is \(point.count)" }
        return nil
    }

    private static func histogramSeries(
        name: String, labels: [Label], key: String, point: OTLPHistogramPoint
    ) -> MetricSeries {
        let timestamp = seconds(point.timeNanos)
        var bounds = point.bounds
        bounds.append(.infinity)
        var perBucket = point.bucketCounts
        if perBucket.isEmpty { perBucket = [point.count] }
        var exemplars = [Exemplar?](repeating: nil, count: bounds.count)
        var exemplarTimes = [UInt64](repeating: 0, count: bounds.count)
        for record in point.exemplars {
            guard let exemplar = exemplarValue(record) else { continue }
            let index = bounds.firstIndex { exemplar.value <= $0 } ?? bounds.count - 1
            if exemplars[index] == nil || record.timeNanos >= exemplarTimes[index] {
                exemplars[index] = exemplar
                exemplarTimes[index] = record.timeNanos
            }
        }
        var histogram = HistogramValue(sum: point.sum, count: Double(point.count))
        var samples: [MetricSample] = []
        var cumulative: UInt64 = 0
        for index in bounds.indices {
            cumulative &+= perBucket[index]
            let bucket = HistogramBucket(upperBound: bounds[index], count: Double(cumulative),
                                         exemplar: exemplars[index])
            histogram.buckets.append(bucket)
            let bucketLabels = (labels + [Label("le", boundText(bounds[index]))]).sorted()
            samples.append(
                MetricSample(name: name + "_bucket", suffix: .bucket, labels: bucketLabels, value: bucket.count,
                             timestamp: timestamp, exemplar: bucket.exemplar))
        }
        samples.append(
            MetricSample(name: name + "_count", suffix: .count, labels: labels, value: Double(point.count),
                         timestamp: timestamp))
        if let sum = point.sum {
            samples.append(
                MetricSample(name: name + "_sum", suffix: .sum, labels: labels, value: sum, timestamp: timestamp))
        }
        let created = seconds(point.startNanos)
        if let created {
            samples.append(
                MetricSample(name: name + "_created", suffix: .created, labels: labels, value: created,
                             timestamp: timestamp))
        }
        return MetricSeries(labels: labels, key: key, created: created, timestamp: timestamp, histogram: histogram,
                            samples: samples)
    }

    static func boundText(_ bound: Double) -> String {
        bound == .infinity ? "+Inf" : String(bound)
    }

    /// `trace_id` and `span_id` in hex plus the filtered attributes; nil without a value.
    static func exemplarValue(_ record: OTLPExemplarRecord) -> Exemplar? {
        guard let value = record.value else { return nil }
        var labels = labelsOf(record.attributes)
        if !record.traceID.isEmpty { labels.append(Label("trace_id", hex(record.traceID))) }
        if !record.spanID.isEmpty { labels.append(Label("span_id", hex(record.spanID))) }
        return Exemplar(labels: labels.sorted(), value: value, timestamp: seconds(record.timeNanos))
    }

    private static func labelsOf(_ attributes: [OTLPKeyValue]) -> [Label] {
        attributes.map { Label(OTLPPrometheusNaming.labelName($0.key), $0.value.text ?? $0.value.contentText) }
            .filter { $0.name != "trace_id" && $0.name != "span_id" }
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
