import Foundation

/// The checks OpenSLO's own validator makes on a v1 `Service` or `SLO` document, written again
/// in Swift because no OpenSLO validator can be installed here. They follow the govy rules of
/// github.com/OpenSLO/go-sdk, `pkg/openslo/v1` (`objects.go`, `service.go`, `slo.go`,
/// `sli.go`, `duration_shorthand.go`) at commit ae145da12c36289a0c6566474f1ce8a9a6aeaf1e,
/// for a standard (not composite) SLO with an inline indicator; each finding names the rule
/// it breaks, so a test can tell which rule failed.
///
/// `document` is one YAML document as `Yams.load` reads it.
enum OpenSLORuleCheck {
    /// One broken rule: its id and the path of the field.
    struct Violation: Hashable, CustomStringConvertible {
        let rule: Rule
        let path: String
        var description: String { "\(path): \(rule.rawValue)" }
    }

    /// The rules, one case each.
    enum Rule: String, CaseIterable {
        case apiVersion = "apiVersion is openslo/v1"
        case kind = "kind is Service or SLO"
        case metadata = "metadata is present"
        case name = "metadata.name is a DNS label (RFC 1123)"
        case displayName = "metadata.displayName has at most 63 characters"
        case labelKey = "label keys match [a-zA-Z0-9]([-._a-zA-Z0-9]{0,61}[a-zA-Z0-9])?"
        case spec = "spec is present"
        case description = "description has at most 1050 characters"
        case service = "spec.service is required"
        case budgetingMethod = "spec.budgetingMethod is Occurrences, Timeslices or RatioTimeslices"
        case indicator = "exactly one of spec.indicator and spec.indicatorRef"
        case indicatorMetric = "exactly one of thresholdMetric and ratioMetric"
        case totalOrRaw = "ratioMetric has exactly one of total and raw"
        case goodOrBad = "with total, exactly one of good and bad"
        case rawExclusive = "raw is not used with good or bad"
        case rawType = "raw needs rawType success or failure"
        case metricSource = "a metric has a metricSource with a non-empty spec"
        case metricSourceRef = "metricSourceRef is a DNS label"
        case timeWindowCount = "spec.timeWindow has exactly one window"
        case duration = "a window's duration is a shorthand [0-9]+[mhdwMQY]"
        case calendar = "calendar is set exactly when isRolling is false"
        case startTime = "calendar.startTime reads as 2006-01-02 15:04:05"
        case timeZone = "calendar.timeZone is an IANA time zone"
        case target = "an objective has exactly one of target and targetPercent"
        case targetRange = "target is in [0, 1), targetPercent in [0, 100)"
        case ratioOperator = "a ratio SLO's objectives have no op or value"
        case threshold = "a threshold SLO's objectives have a value and an op gt, lt, gte or lte"
        case timeSlices = "Timeslices objectives have a timeSliceTarget in (0, 1] and a timeSliceWindow"
    }

    /// Every rule `document` breaks.
    static func violations(of document: Any) -> [Violation] {
        var found: [Violation] = []
        func fail(_ rule: Rule, _ path: String) { found.append(Violation(rule: rule, path: path)) }
        guard let root = document as? [AnyHashable: Any] else { return [Violation(rule: .spec, path: "")] }
        if root["apiVersion"] as? String != "openslo/v1" { fail(.apiVersion, "apiVersion") }
        let kind = root["kind"] as? String
        if kind != "Service" && kind != "SLO" { fail(.kind, "kind") }
        checkMetadata(root["metadata"], at: "metadata", fail)
        guard let spec = root["spec"] as? [AnyHashable: Any] else {
            // A Service's spec may be left out; an SLO's is required.
            if kind == "SLO" || root["spec"] != nil { fail(.spec, "spec") }
            return found
        }
        checkDescription(spec["description"], at: "spec.description", fail)
        if kind == "SLO" { checkObjectiveSpec(spec, fail) }
        return found
    }

    private typealias Fail = (Rule, String) -> Void

    private static func checkMetadata(_ value: Any?, at path: String, _ fail: Fail) {
        guard let metadata = value as? [AnyHashable: Any] else { return fail(.metadata, path) }
        if !isDNSLabel(metadata["name"]) { fail(.name, "\(path).name") }
        if let displayName = metadata["displayName"], (displayName as? String)?.unicodeScalars.count ?? 64 > 63 {
            fail(.displayName, "\(path).displayName")
        }
        if let labels = metadata["labels"] as? [AnyHashable: Any] {
            for key in labels.keys where !matches(key as? String, #"^[a-zA-Z0-9]([-._a-zA-Z0-9]{0,61}[a-zA-Z0-9])?$"#) {
                fail(.labelKey, "\(path).labels")
            }
        }
    }

    private static func checkDescription(_ value: Any?, at path: String, _ fail: Fail) {
        guard let value else { return }
        if (value as? String)?.unicodeScalars.count ?? 1051 > 1050 { fail(.description, path) }
    }

    private static func checkObjectiveSpec(_ spec: [AnyHashable: Any], _ fail: Fail) {
        if (spec["service"] as? String ?? "").isEmpty { fail(.service, "spec.service") }
        let method = spec["budgetingMethod"] as? String
        if !["Occurrences", "Timeslices", "RatioTimeslices"].contains(method ?? "") {
            fail(.budgetingMethod, "spec.budgetingMethod")
        }
        var metric: String?
        switch (spec["indicator"] as? [AnyHashable: Any], spec["indicatorRef"]) {
        case (let indicator?, nil):
            checkMetadata(indicator["metadata"], at: "spec.indicator.metadata", fail)
            metric = checkIndicatorSpec(indicator["spec"], fail)
        case (nil, let reference?):
            if !isDNSLabel(reference) { fail(.indicator, "spec.indicatorRef") }
        default:
            fail(.indicator, "spec.indicator")
        }
        let windows = spec["timeWindow"] as? [Any] ?? []
        if spec["timeWindow"] != nil, windows.count != 1 { fail(.timeWindowCount, "spec.timeWindow") }
        for (index, window) in windows.enumerated() { checkWindow(window, at: "spec.timeWindow[\(index)]", fail) }
        let objectives = spec["objectives"] as? [Any] ?? []
        for (index, item) in objectives.enumerated() {
            checkObjective(item as? [AnyHashable: Any] ?? [:], at: "spec.objectives[\(index)]", metric: metric,
                           method: method, fail)
        }
    }

    /// Checks an inline indicator's spec; returns `ratioMetric` or `thresholdMetric`.
    private static func checkIndicatorSpec(_ value: Any?, _ fail: Fail) -> String? {
        let path = "spec.indicator.spec"
        let spec = value as? [AnyHashable: Any] ?? [:]
        checkDescription(spec["description"], at: "\(path).description", fail)
        switch (spec["ratioMetric"] as? [AnyHashable: Any], spec["thresholdMetric"]) {
        case (let ratio?, nil):
            checkRatio(ratio, at: "\(path).ratioMetric", fail)
            return "ratioMetric"
        case (nil, let threshold?):
            checkMetric(threshold, at: "\(path).thresholdMetric", fail)
            return "thresholdMetric"
        default:
            fail(.indicatorMetric, path)
            return nil
        }
    }

    private static func checkRatio(_ ratio: [AnyHashable: Any], at path: String, _ fail: Fail) {
        let (good, bad, total, raw) = (ratio["good"], ratio["bad"], ratio["total"], ratio["raw"])
        guard (total == nil) != (raw == nil) else { return fail(.totalOrRaw, path) }
        if let raw {
            if good != nil || bad != nil { fail(.rawExclusive, path) }
            checkMetric(raw, at: "\(path).raw", fail)
            if !["success", "failure"].contains(ratio["rawType"] as? String ?? "") { fail(.rawType, "\(path).rawType") }
            return
        }
        guard (good == nil) != (bad == nil) else { return fail(.goodOrBad, path) }
        checkMetric(total, at: "\(path).total", fail)
        if let good { checkMetric(good, at: "\(path).good", fail) }
        if let bad { checkMetric(bad, at: "\(path).bad", fail) }
    }

    private static func checkMetric(_ value: Any?, at path: String, _ fail: Fail) {
        guard let metric = value as? [AnyHashable: Any], let source = metric["metricSource"] as? [AnyHashable: Any],
              let spec = source["spec"] as? [AnyHashable: Any], !spec.isEmpty else {
            return fail(.metricSource, "\(path).metricSource")
        }
        if let reference = source["metricSourceRef"], !isDNSLabel(reference) {
            fail(.metricSourceRef, "\(path).metricSource.metricSourceRef")
        }
    }

    private static func checkWindow(_ value: Any, at path: String, _ fail: Fail) {
        let window = value as? [AnyHashable: Any] ?? [:]
        if !matches(window["duration"] as? String, #"^[0-9]+[mhdwMQY]$"#) { fail(.duration, "\(path).duration") }
        let rolling = window["isRolling"] as? Bool ?? false
        guard let calendar = window["calendar"] as? [AnyHashable: Any] else {
            if !rolling { fail(.calendar, "\(path).calendar") }
            return
        }
        if rolling { fail(.calendar, "\(path).calendar") }
        if !isDateTime(calendar["startTime"]) { fail(.startTime, "\(path).calendar.startTime") }
        let zone = calendar["timeZone"] as? String ?? ""
        if zone != "UTC" && !TimeZone.knownTimeZoneIdentifiers.contains(zone) { fail(.timeZone, "\(path).calendar.timeZone") }
    }

    private static func checkObjective(_ objective: [AnyHashable: Any], at path: String, metric: String?,
                                       method: String?, _ fail: Fail) {
        switch (number(objective["target"]), number(objective["targetPercent"])) {
        case (let target?, nil): if !(0..<1).contains(target) { fail(.targetRange, "\(path).target") }
        case (nil, let percent?): if !(0..<100).contains(percent) { fail(.targetRange, "\(path).targetPercent") }
        default: fail(.target, path)
        }
        if metric == "ratioMetric", objective["op"] != nil || objective["value"] != nil { fail(.ratioOperator, path) }
        if metric == "thresholdMetric",
           number(objective["value"]) == nil || !["gt", "lt", "gte", "lte"].contains(objective["op"] as? String ?? "") {
            fail(.threshold, path)
        }
        if method == "Timeslices" {
            let sliceTarget = number(objective["timeSliceTarget"])
            if sliceTarget.map({ $0 <= 0 || $0 > 1 }) ?? true || objective["timeSliceWindow"] == nil {
                fail(.timeSlices, path)
            }
        }
        if method == "RatioTimeslices", objective["timeSliceWindow"] == nil { fail(.timeSlices, path) }
    }

    private static func number(_ value: Any?) -> Double? {
        if value is Bool { return nil }
        return (value as? Double) ?? (value as? Int).map(Double.init)
    }

    private static func isDNSLabel(_ value: Any?) -> Bool {
        matches(value as? String, #"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"#)
    }

    private static func matches(_ text: String?, _ pattern: String) -> Bool {
        guard let text else { return false }
        return text.range(of: pattern, options: .regularExpression) != nil
    }

    /// Whether `value` is text in Go's `time.DateTime` layout, a real date and time.
    private static func isDateTime(_ value: Any?) -> Bool {
        guard let text = value as? String, matches(text, #"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$"#) else { return false }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        formatter.isLenient = false
        return formatter.date(from: text).map(formatter.string(from:)) == text
    }
}
