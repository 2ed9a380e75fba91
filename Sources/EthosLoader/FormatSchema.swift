import EthosModel

/// The philosophy format as a JSON Schema (draft 2020-12), for editors such as
/// yaml-language-server: completion, hover text and checks while typing.
///
/// The schema checks shapes and scalar syntax; meaning (references, units against KPIs,
/// ranges) is checked by `ethos validate`.
public enum FormatSchema {
    /// The schema document.
    public static var document: JSONValue {
        [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://ethos.example/schema/philosophy-1.json",
            "title": "Ethos philosophy file, format 1",
            "description": "A company's customer-service philosophy: purpose, vision, values, KPIs and standards.",
            "type": "object",
            "additionalProperties": false,
            "required": ["ethos", "company", "purpose", "vision", "values"],
            "properties": .object([
                "ethos": ["const": 1, "description": "The format version: 1."],
                "company": string("The organisation's name."),
                "locales": ["type": "array", "items": ["$ref": "#/$defs/locale"], "minItems": 1, "uniqueItems": true,
                            "description": "The languages the philosophy is published in, at least one; the first is the default. Default [en]."],
                "updated": ["type": "string", "pattern": #"^\d{4}-\d{2}-\d{2}$"#,
                            "description": "When the philosophy was last revised (YYYY-MM-DD)."],
                "purpose": text("The company's mission: \"Our purpose at X is ...\""),
                "vision": text("The support vision, a few words to one sentence."),
                "values": list("#/$defs/value", "The support values, ideally no more than five."),
                "kpis": list("#/$defs/kpi", "Custom KPIs, or overrides of built-in ones by id."),
                "standards": list("#/$defs/standard", "Measurable service standards."),
                "channels": list("#/$defs/channel", "Contact points and when they are staffed."),
                "journey": ["$ref": "#/$defs/journey"],
                "expectations": ["$ref": "#/$defs/expectations"],
                "recovery": list("#/$defs/recovery", "How we respond when things go wrong."),
                "teams": list("#/$defs/team", "How each team lives the philosophy."),
                "onboarding": ["$ref": "#/$defs/onboarding"],
                "conflicts": text("How to decide when a choice conflicts with the philosophy."),
                "lint": object(
                    required: [],
                    ["disable": ["type": "array", "items": ["$ref": "#/$defs/ruleID"],
                                 "description": "Lint rules switched off for the whole file ('ethos lint --rules' lists them)."]]),
            ]),
            "$defs": .object(definitions),
        ]
    }

    private static var definitions: [String: JSONValue] {
        [
            "text": [
                "description": "A plain string for every locale, or a mapping from locale to string.",
                "oneOf": [
                    ["type": ["string", "number", "boolean"]],
                    ["type": "object", "propertyNames": ["$ref": "#/$defs/locale"],
                     "additionalProperties": ["type": ["string", "number", "boolean"]], "minProperties": 1],
                ],
            ],
            "locale": ["type": "string", "pattern": .string(localePattern), "description": "A BCP 47 tag such as en, de-AT, nb."],
            "kpiID": ["type": "string", "minLength": 1, "description": .string("A built-in KPI id (\(builtInIDs)) or a custom one.")],
            "duration": ["type": "string", "pattern": .string(durationPattern), "description": "A number and a unit: 30s, 2m, 1.5h, 3d, 2w; at most 100 years."],
            "percent": [
                "description": "90% or a fraction such as 0.9.",
                "oneOf": [["type": "string", "pattern": .string(percentPattern)], ["type": "number", "minimum": 0, "maximum": 1]],
            ],
            "window": [
                "description": "A duration, or day, week, month, quarter, year.",
                "anyOf": [["$ref": "#/$defs/duration"], ["enum": ["day", "week", "month", "quarter", "year"]]],
            ],
            "phase": ["type": "string", "pattern": #"^(day|week)-[1-9][0-9]{0,3}$"#, "description": "day-N or week-N."],
            "ruleID": ["type": "string", "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$",
                       "description": "A lint rule id such as value-cliche; 'ethos lint --rules' lists them."],
            "lintIgnore": ["type": "array", "items": ["$ref": "#/$defs/ruleID"],
                           "description": "Lint rules silenced for this item; say why in a comment."],
            "target": [
                "description": "A number, a percentage (85%) or a duration (6m).",
                "oneOf": [["type": "number"], ["type": "string", "pattern": .string(percentPattern)],
                          ["type": "string", "pattern": .string(durationPattern)]],
            ],
            "value": object(
                required: ["name", "action"],
                [
                    "name": text("The value's name: Integrity."),
                    "action": text("The action statement: Say what you mean. Mean what you say."),
                    "description": text("A longer explanation."),
                    "behaviors": textList("How we live it, ideally \"I\" statements."),
                    "kpis": ["type": "array", "items": ["$ref": "#/$defs/kpiID"],
                             "description": "The metrics that show the value is lived."],
                    "hiring": textList("Interview questions for the values benchmark."),
                    "lint-ignore": ["$ref": "#/$defs/lintIgnore"],
                ]),
            "kpi": object(
                required: ["id"],
                [
                    "id": ["$ref": "#/$defs/kpiID"],
                    "name": text("Display name; required for a new id."),
                    "unit": ["enum": .array(KPIUnit.allCases.map { .string($0.rawValue) }),
                             "description": "Required for a new id."],
                    "direction": ["enum": .array(KPIDirection.allCases.map { .string($0.rawValue) }),
                                  "description": "Which way is better; required for a new id."],
                    "range": ["type": "array", "minItems": 2, "maxItems": 2,
                              "items": ["oneOf": [["$ref": "#/$defs/target"], ["type": "null"]]],
                              "description": "[min, max]; targets outside are an error; ~ leaves an end open."],
                    "definition": text("What it measures."),
                    "formula": text("How it is computed."),
                ]),
            "objective": [
                "description": "Exactly one of { at-least: X }, { at-most: X }, { share: 90%, within: 2m }.",
                "oneOf": [
                    object(required: ["at-least"], ["at-least": ["$ref": "#/$defs/target"]]),
                    object(required: ["at-most"], ["at-most": ["$ref": "#/$defs/target"]]),
                    object(required: ["share", "within"],
                           ["share": ["$ref": "#/$defs/percent"], "within": ["$ref": "#/$defs/duration"]]),
                ],
            ],
            "standard": object(
                required: ["kpi", "objective"],
                [
                    "id": string("Default: derived from kpi and channel."),
                    "kpi": ["$ref": "#/$defs/kpiID"],
                    "statement": text("The plain-language promise; generated from the objective when absent."),
                    "objective": ["$ref": "#/$defs/objective"],
                    "window": ["$ref": "#/$defs/window"],
                    "channel": string("A channel's name under channels."),
                    "owner": string("A team's name under teams."),
                    "source": text("The customer research it rests on."),
                    "lint-ignore": ["$ref": "#/$defs/lintIgnore"],
                ]),
            "channel": object(
                required: ["name"],
                [
                    "name": string("Phone, Chat, E-mail, Social media, Store ..."),
                    "kind": ["enum": .array(Channel.Kind.allCases.map { .string($0.rawValue) })],
                    "hours": text("When it is staffed: Mon-Fri 08:00-18:00 CET, 24/7."),
                    "offline": text("What customers get outside those hours."),
                    "lint-ignore": ["$ref": "#/$defs/lintIgnore"],
                ]),
            "journey": object(
                required: [],
                [
                    "awareness": text("What service means while customers first learn of us."),
                    "consideration": text("... while they weigh the options."),
                    "decision": text("... when they decide."),
                    "post-purchase": text("... after the purchase."),
                ]),
            "expectations": object(
                required: [],
                [
                    "must-be": textList("Taken for granted; missing them dissatisfies."),
                    "performance": textList("More is better."),
                    "delighters": textList("Unexpected extras."),
                ]),
            "recovery": object(
                required: ["situation", "response"],
                [
                    "situation": text("A complaint on social media."),
                    "respond-within": ["$ref": "#/$defs/duration"],
                    "response": text("The first answer we give."),
                    "escalate-to": string("A team's name."),
                ]),
            "team": object(
                required: ["name", "activities"],
                [
                    "name": text("Support."),
                    "activities": text("The key activities."),
                    "kpis": ["type": "array", "items": ["$ref": "#/$defs/kpiID"]],
                    "onboarding": list("#/$defs/task", "Tasks only for this team."),
                    "lint-ignore": ["$ref": "#/$defs/lintIgnore"],
                ]),
            "onboarding": object(
                required: [],
                [
                    "phases": ["type": "array", "items": ["$ref": "#/$defs/phase"],
                               "description": "Default [day-1, week-1, day-30, day-60, day-90]."],
                    "tasks": list("#/$defs/task", "Tasks for every team."),
                    "refresher": ["$ref": "#/$defs/window"],
                ]),
            "task": object(
                required: ["phase", "task"],
                [
                    "phase": ["$ref": "#/$defs/phase"],
                    "task": text("What to do."),
                    "owner": string("Who makes sure it happens: manager, buddy, hr, new-hire."),
                ]),
        ]
    }

    private static let durationPattern = #"^[0-9]+(\.[0-9]+)?[smhdw]$"#
    private static let percentPattern = #"^-?[0-9]+(\.[0-9]+)?%$"#
    private static let localePattern =
        #"^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$"#
    private static var builtInIDs: String { KPI.builtIns.map(\.id).joined(separator: ", ") }

    private static func string(_ description: String) -> JSONValue {
        ["type": ["string", "number"], "description": .string(description)]
    }

    private static func text(_ description: String) -> JSONValue {
        ["$ref": "#/$defs/text", "description": .string(description)]
    }

    private static func textList(_ description: String) -> JSONValue {
        ["type": "array", "items": ["$ref": "#/$defs/text"], "description": .string(description)]
    }

    private static func list(_ reference: String, _ description: String) -> JSONValue {
        ["type": "array", "items": ["$ref": .string(reference)], "description": .string(description)]
    }

    private static func object(required: [String], _ properties: [String: JSONValue]) -> JSONValue {
        ["type": "object", "additionalProperties": false, "required": .array(required.map { .string($0) }),
         "properties": .object(properties)]
    }
}
