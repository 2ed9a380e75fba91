import EthosScore
import Foundation

/// A standard's windows as an inline SVG line chart: one marker a window, the target as a
/// dashed line. The status shows as shape as well as colour (a filled circle met, a cross
/// missed, a hollow circle too little data), so the chart reads in greyscale and for people
/// who do not tell red from green. It scales with its container (`viewBox`); the `<title>`
/// and `<desc>` say in words what it shows.
enum TrendChart {
    static let width = 640.0
    static let height = 200.0
    private static let left = 64.0, right = 620.0, top = 16.0, bottom = 168.0

    static func svg(_ standard: ScorecardView.Standard, labels: Labels) -> String {
        let h = HTMLEscaping.escape
        let rows = standard.rows
        let values = rows.compactMap(\.value) + (standard.target.map { [$0] } ?? [])
        let (low, high) = range(values, share: standard.kind == .share)
        func x(_ index: Int) -> Double {
            rows.count < 2 ? (left + right) / 2 : left + Double(index) * (right - left) / Double(rows.count - 1)
        }
        func y(_ value: Double) -> Double { bottom - (value - low) / (high - low) * (bottom - top) }
        let id = standard.anchor + "-chart"
        var svg = "<svg class=\"trend\" role=\"img\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"100%\""
            + " aria-labelledby=\"\(id)-title \(id)-desc\">\n"
        svg += "<title id=\"\(id)-title\">\(h(labels[.scoreChartTitle, ["standard": "\(standard.id) (\(standard.measure))"]]))</title>\n"
        svg += "<desc id=\"\(id)-desc\">\(h(description(standard, labels: labels)))</desc>\n"
        svg += "<line class=\"axis\" x1=\"\(n(left))\" y1=\"\(n(bottom))\" x2=\"\(n(right))\" y2=\"\(n(bottom))\" stroke=\"#d0d7de\"/>\n"
        for value in [low, high] {
            svg += "<text class=\"tick\" x=\"\(n(left - 8))\" y=\"\(n(y(value) + 4))\" text-anchor=\"end\" font-size=\"12\" fill=\"#57606a\">"
                + "\(h(standard.kind.text(value, format: LocalizedFormat(labels.locale))))</text>\n"
        }
        if let first = rows.first, let last = rows.last {
            svg += "<text class=\"tick\" x=\"\(n(x(0)))\" y=\"\(n(bottom + 20))\" text-anchor=\"\(rows.count < 2 ? "middle" : "start")\""
                + " font-size=\"12\" fill=\"#57606a\">\(h(first.start))</text>\n"
            if rows.count > 1 {
                svg += "<text class=\"tick\" x=\"\(n(x(rows.count - 1)))\" y=\"\(n(bottom + 20))\" text-anchor=\"end\""
                    + " font-size=\"12\" fill=\"#57606a\">\(h(last.start))</text>\n"
            }
        }
        if let target = standard.target {
            svg += "<line class=\"target\" x1=\"\(n(left))\" y1=\"\(n(y(target)))\" x2=\"\(n(right))\" y2=\"\(n(y(target)))\""
                + " stroke=\"#57606a\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\n"
            svg += "<text class=\"target-label\" x=\"\(n(right))\" y=\"\(n(y(target) - 6))\" text-anchor=\"end\" font-size=\"12\""
                + " fill=\"#57606a\">\(h(labels[.target])) \(h(standard.targetText))</text>\n"
        }
        // The line breaks where a window has no value.
        var segments: [[String]] = [[]]
        for (index, row) in rows.enumerated() {
            if let value = row.value {
                segments[segments.count - 1].append("\(n(x(index))),\(n(y(value)))")
            } else if !segments[segments.count - 1].isEmpty {
                segments.append([])
            }
        }
        for segment in segments where segment.count > 1 {
            svg += "<polyline class=\"trend-line\" fill=\"none\" stroke=\"#0b5cad\" stroke-width=\"2\" points=\"\(segment.joined(separator: " "))\"/>\n"
        }
        for (index, row) in rows.enumerated() {
            let cx = x(index), cy = row.value.map(y) ?? bottom
            let tip = "<title>\(h("\(row.start) – \(row.last): \(row.valueText) (\(row.statusText))"))</title>"
            switch row.status {
            case .met:
                svg += "<circle class=\"marker met\" cx=\"\(n(cx))\" cy=\"\(n(cy))\" r=\"5.5\" fill=\"#1a7f37\">\(tip)</circle>\n"
            case .missed:
                svg += "<path class=\"marker missed\" d=\"M\(n(cx - 5)) \(n(cy - 5))L\(n(cx + 5)) \(n(cy + 5))M\(n(cx - 5)) \(n(cy + 5))L\(n(cx + 5)) \(n(cy - 5))\""
                    + " stroke=\"#cf222e\" stroke-width=\"3\" stroke-linecap=\"round\">\(tip)</path>\n"
            case .notEnoughData:
                svg += "<circle class=\"marker not-enough-data\" cx=\"\(n(cx))\" cy=\"\(n(cy))\" r=\"5\" fill=\"#fff\""
                    + " stroke=\"#9a6700\" stroke-width=\"2\">\(tip)</circle>\n"
            }
        }
        return svg + "</svg>"
    }

    /// `12 periods from 2026-01-01 to 2026-11-30: 9 met, 2 missed, 1 with too little data. Target 90%, latest result 91.2%.`
    static func description(_ standard: ScorecardView.Standard, labels: Labels) -> String {
        let rows = standard.rows
        let count = { (status: ScoreStatus) in String(rows.filter { $0.status == status }.count) }
        let sentence = labels[.scoreChartDescription, [
            "count": String(rows.count), "from": rows.first?.start ?? "–", "to": rows.last?.last ?? "–",
            "met": count(.met), "missed": count(.missed), "thin": count(.notEnoughData),
            "target": standard.targetText, "latest": rows.last { $0.value != nil }?.valueText ?? "–",
        ]]
        let lead = standard.sentence.hasSuffix(".") ? standard.sentence : standard.sentence + "."
        return "\(lead) \(sentence)"
    }

    /// The value range drawn: the values and the target, with some room; shares stay in 0…100 %.
    private static func range(_ values: [Double], share: Bool) -> (Double, Double) {
        guard var low = values.min(), var high = values.max() else { return (0, 1) }
        let room = high > low ? (high - low) * 0.15 : max(low.magnitude * 0.1, share ? 0.05 : 1)
        low -= room
        high += room
        if share { low = max(0, low); high = min(1, high) }
        if low >= 0, values.allSatisfy({ $0 >= 0 }), !share { low = max(0, low) }
        return high > low ? (low, high) : (low - 1, high + 1)
    }

    /// A coordinate with one decimal, the same on every machine.
    private static func n(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }
}
