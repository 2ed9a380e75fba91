import EthosLoader

/// The JSON Schema (draft 2020-12) of the scorecard's JSON (`ethos schema --scorecard`), for
/// tools that read what `ethos score --format json` writes.
public enum ScorecardSchema {
    /// The schema document.
    public static let document: JSONValue = [
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://ethos.dev/schema/ethos-score-1.json",
        "title": "Ethos scorecard",
        "description": "What ethos score computes: every standard judged per window, company-wide and per team; see docs/scorecard.md.",
        "type": "object",
        "required": ["ethos-score", "company", "timezone", "min-sample", "data", "standards", "kpis", "problems"],
        "additionalProperties": false,
        "properties": [
            "ethos-score": ["const": 1, "description": "The version of this contract."],
            "company": ["type": "string"],
            "timezone": ["type": "string", "description": "The IANA time zone windows are counted in."],
            "min-sample": ["type": "integer", "minimum": 1],
            "data": [
                "type": "object",
                "required": ["files", "rows", "contacts", "duplicates", "rejected"],
                "additionalProperties": false,
                "properties": [
                    "files": ["type": "array", "items": ["type": "string"]],
                    "rows": count, "contacts": count, "duplicates": count, "rejected": count,
                    "from": date, "to": date,
                ],
            ],
            "standards": ["type": "array", "items": standard],
            "kpis": [
                "type": "array",
                "items": [
                    "type": "object", "required": ["id", "windows"], "additionalProperties": false,
                    "properties": [
                        "id": ["type": "string"],
                        "windows": ["type": "array", "items": [
                            "type": "object", "required": ["start", "end", "counted"], "additionalProperties": false,
                            "properties": ["start": date, "end": date, "counted": count, "value": ["type": ["number", "null"]]],
                        ]],
                    ],
                ],
            ],
            "problems": ["type": "array", "items": [
                "type": "object", "required": ["file", "line", "column", "severity", "rule", "message"],
                "additionalProperties": false,
                "properties": [
                    "file": ["type": "string"], "line": count, "column": count,
                    "severity": ["enum": ["error", "warning", "info"]],
                    "rule": ["type": "string"], "message": ["type": "string"], "fix": ["type": "string"],
                ],
            ]],
        ],
    ]

    private static let count: JSONValue = ["type": "integer", "minimum": 0]
    private static let number: JSONValue = ["type": "number"]
    private static let date: JSONValue = ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"]
    private static let status: JSONValue = ["enum": ["met", "missed", "not-enough-data"]]
    private static let budget: JSONValue = [
        "type": "object", "required": ["allowed", "used"], "additionalProperties": false,
        "properties": ["allowed": count, "used": count],
    ]
    private static let team: JSONValue = [
        "type": "object", "required": ["status"], "additionalProperties": false,
        "properties": ["counted": count, "hits": count, "value": number, "status": status, "budget": budget],
    ]
    private static let window: JSONValue = [
        "type": "object", "required": ["start", "end", "partial", "status", "teams"], "additionalProperties": false,
        "properties": [
            "start": date, "end": date, "partial": ["type": "boolean"], "counted": count, "hits": count,
            "value": ["type": ["number", "null"], "description": "Fractions for shares, seconds for durations, numbers for scores; null for an empty window."],
            "status": status, "budget": budget,
            "teams": ["type": "object", "additionalProperties": team],
        ],
    ]
    private static let standard: JSONValue = [
        "type": "object", "required": ["id", "kpi", "window", "objective", "windows"], "additionalProperties": false,
        "properties": [
            "id": ["type": "string"], "kpi": ["type": "string"], "channel": ["type": "string"], "owner": ["type": "string"],
            "window": ["type": "string"],
            "objective": [
                "type": "object", "additionalProperties": false,
                "properties": ["share": number, "within-seconds": number, "at-least": number, "at-most": number],
            ],
            "windows": ["type": "array", "items": window],
            "no-data": ["type": "string", "description": "Which input would give this standard's KPI."],
        ],
    ]
}
