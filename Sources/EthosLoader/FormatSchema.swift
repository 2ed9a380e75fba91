import EthosModel

/// The philosophy format as a JSON Schema (draft 2020-12), for editors such as
/// yaml-language-server: completion, hover text and checks while typing.
///
/// The schema checks shapes and scalar syntax; meaning (references, units against KPIs,
/// ranges) is checked by `ethos validate`.
public enum FormatSchema {
    /// The schema document.
    public static var document: JSONValue { document(for: .current) }

    /// The schema of `format`: its top level with the scalar definitions and every section
    /// that ``FormatSection/isSchemaDefinition`` names under `$defs`.
    static func document(for format: FileFormat) -> JSONValue {
        var members = schema(of: format[.philosophy], in: format)
        members["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        members["$id"] = "https://ethos.example/schema/philosophy-1.json"
        members["title"] = "Ethos philosophy file, format 1"
        var definitions = scalarDefinitions
        for section in format.sections.values where section.isSchemaDefinition {
            definitions[section.id.rawValue] = .object(schema(of: section, in: format))
        }
        members["$defs"] = .object(definitions)
        return .object(members)
    }

    /// A section: an object of its keys, or, for a section with forms, one object per form
    /// that requires the form's keys.
    private static func schema(of section: FormatSection, in format: FileFormat) -> [String: JSONValue] {
        var members: [String: JSONValue]
        if section.forms.isEmpty {
            members = object(section.keys, required: section.required, in: format)
        } else {
            members = ["oneOf": .array(section.forms.map { form in
                .object(object(section.keys.filter { form.contains($0.name) }, required: form, in: format))
            })]
        }
        if let summary = section.summary { members["description"] = .string(summary) }
        return members
    }

    private static func object(_ keys: [FormatKey], required: [String], in format: FileFormat) -> [String: JSONValue] {
        ["type": "object", "additionalProperties": false, "required": .array(required.map { .string($0) }),
         "properties": .object(Dictionary(uniqueKeysWithValues: keys.map { ($0.name, .object(property($0, in: format))) }))]
    }

    private static func property(_ key: FormatKey, in format: FileFormat) -> [String: JSONValue] {
        var members = shape(of: key.kind, in: format)
        if let summary = key.summary { members["description"] = .string(summary) }
        return members
    }

    private static func shape(of kind: FormatKind, in format: FileFormat) -> [String: JSONValue] {
        switch kind {
        case .formatVersion: ["const": 1]
        case .string: ["type": ["string", "number"]]
        case .text: reference("text")
        case .date: ["type": "string", "pattern": #"^\d{4}-\d{2}-\d{2}$"#]
        case .locale: reference("locale")
        case .locales: ["type": "array", "items": .object(reference("locale")), "minItems": 1, "uniqueItems": true]
        case .kpiID: reference("kpiID")
        case .ruleID: reference("ruleID")
        case .lintIgnore: reference("lintIgnore")
        case .duration: reference("duration")
        case .window: reference("window")
        case .phase: reference("phase")
        case .percent: reference("percent")
        case .target: reference("target")
        case .range:
            ["type": "array", "minItems": 2, "maxItems": 2,
             "items": ["oneOf": [["$ref": "#/$defs/target"], ["type": "null"]]]]
        case .labels:
            ["type": "object", "propertyNames": .object(reference("locale")),
             "additionalProperties": [
                 "type": "object", "propertyNames": ["enum": .array(LabelKey.allCases.map { .string($0.rawValue) })],
                 "additionalProperties": ["type": ["string", "number"]],
             ]]
        case .color: ["type": "string", "pattern": "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"]
        case .fontStack: ["type": "string", "pattern": #"^[^;{}<>\\:()]*$"#]
        case .url: ["type": "string", "pattern": #"^(https?://\S+|mailto:\S+|[^:\s]*)$"#]
        case .imageFile: ["type": "string", "pattern": #"\.(svg|SVG|png|PNG|jpe?g|JPE?G|webp|WEBP|gif|GIF)$"#]
        case .choice(let options): ["enum": .array(options.map { .string($0) })]
        case .list(let item): ["type": "array", "items": .object(shape(of: item, in: format))]
        case .section(let id):
            format[id].isSchemaDefinition ? reference(id.rawValue) : schema(of: format[id], in: format)
        }
    }

    private static func reference(_ definition: String) -> [String: JSONValue] {
        ["$ref": .string("#/$defs/\(definition)")]
    }

    /// The shapes of scalars that keys of several sections share.
    private static var scalarDefinitions: [String: JSONValue] {
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
        ]
    }

    private static let durationPattern = #"^[0-9]+(\.[0-9]+)?[smhdw]$"#
    private static let percentPattern = #"^-?[0-9]+(\.[0-9]+)?%$"#
    private static let localePattern =
        #"^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$"#
    private static var builtInIDs: String { KPI.builtIns.map(\.id).joined(separator: ", ") }
}
