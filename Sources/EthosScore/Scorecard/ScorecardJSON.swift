import EthosLoader
import Foundation

/// The scorecard's JSON, the contract `ethos build --scores` reads: written with the project's
/// ``JSONValue`` (keys sorted, two-space indentation) and made safe for a web page as
/// `philosophy.json` is, with values already rounded, so the same input gives the same bytes.
extension Scorecard {
    /// The JSON text, ending in a newline.
    public func json() -> Data {
        ScriptSafeJSON.escaping(Data(jsonValue.serialized().utf8))
    }

    /// Reads a scorecard's JSON (as ``json()`` writes it).
    public init(json: Data) throws {
        self = try JSONDecoder().decode(Scorecard.self, from: json)
    }

    private var jsonValue: JSONValue {
        [
            "company": .string(company),
            "data": data.jsonValue,
            "ethos-score": .number(Double(version)),
            "kpis": .array(kpis.map(\.jsonValue)),
            "min-sample": .number(Double(minSample)),
            "problems": .array(problems.map(\.jsonValue)),
            "standards": .array(standards.map(\.jsonValue)),
            "timezone": .string(timezone),
        ]
    }
}

/// An object of the members whose value is there: `nil` members are left out.
private func object(_ members: [String: JSONValue?]) -> JSONValue {
    .object(members.compactMapValues { $0 })
}

private func number(_ value: Int) -> JSONValue { .number(Double(value)) }

private extension Scorecard.DataSummary {
    var jsonValue: JSONValue {
        object([
            "contacts": number(contacts), "duplicates": number(duplicates), "files": .array(files.map(JSONValue.string)),
            "from": from.map(JSONValue.string), "rejected": number(rejected), "rows": number(rows), "to": to.map(JSONValue.string),
        ])
    }
}

private extension Scorecard.Problem {
    var jsonValue: JSONValue {
        object([
            "column": number(column), "file": .string(file), "fix": fix.map(JSONValue.string), "line": number(line),
            "message": .string(message), "rule": .string(rule), "severity": .string(severity),
        ])
    }
}

private extension KPIScore {
    var jsonValue: JSONValue {
        ["id": .string(id), "windows": .array(windows.map { window in
            [
                "counted": number(window.counted), "end": .string(window.end), "start": .string(window.start),
                // An empty month writes null, as the contract asks.
                "value": window.value.map(JSONValue.number) ?? .null,
            ]
        })]
    }
}

private extension StandardScore {
    var jsonValue: JSONValue {
        object([
            "channel": channel.map(JSONValue.string), "id": .string(id), "kpi": .string(kpi), "no-data": noData.map(JSONValue.string),
            "objective": object([
                "at-least": objective.atLeast.map(JSONValue.number), "at-most": objective.atMost.map(JSONValue.number),
                "share": objective.share.map(JSONValue.number), "within-seconds": objective.withinSeconds.map(JSONValue.number),
            ]),
            "owner": owner.map(JSONValue.string), "window": .string(window), "windows": .array(windows.map(\.jsonValue)),
        ])
    }
}

private extension WindowScore {
    var jsonValue: JSONValue {
        object([
            "budget": budget?.jsonValue, "counted": counted.map(number), "end": .string(end), "hits": hits.map(number),
            "partial": .bool(partial), "start": .string(start), "status": .string(status.rawValue),
            "teams": .object(teams.mapValues(\.jsonValue)),
            // An empty window writes null, as the contract asks.
            "value": value.map(JSONValue.number) ?? .null,
        ])
    }
}

private extension TeamScore {
    var jsonValue: JSONValue {
        object([
            "budget": budget?.jsonValue, "counted": counted.map(number), "hits": hits.map(number),
            "status": .string(status.rawValue), "value": value.map(JSONValue.number),
        ])
    }
}

private extension Budget {
    var jsonValue: JSONValue { ["allowed": number(allowed), "used": number(used)] }
}
