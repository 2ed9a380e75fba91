import EthosModel

/// Which column of one file each mapped field is read from, found in the file's header.
struct HeaderBinding {
    /// A field the file has: its column (0-based) and what reading a cell needs of its spec.
    /// Plain values only, so that reading a row walks the columns without reference counting;
    /// the spec's lists of spellings are looked up in ``specs`` only for the fields that have them.
    struct Column {
        let field: ContactField
        let index: Int
        /// The position of the field's spec in ``specs``.
        let spec: Int
        /// For numbers of time: seconds per unit.
        let unitSeconds: Double
        /// Whether the spec spells answers or yes (good/bad/none, true).
        let hasSpellings: Bool
        /// For answer scales: whether answers are mirrored.
        let reverse: Bool
        /// For csat: the export's own scale, when it is not 1–5.
        let scale: ClosedRange<Int>?
    }

    /// The fields the file has, in the order of ``ContactField``.
    private(set) var columns: [Column] = []
    /// The specs of ``columns``.
    private(set) var specs: [FieldSpec] = []
    /// How many fields a record of the file has.
    let width: Int

    /// Binds `map` to the header record; a required field whose column is missing is an error
    /// naming it, with the header's nearest column name as a suggestion.
    init(map: ColumnMap, header: [String], file: String, headerLine: Int) throws(Diagnostic) {
        width = header.count
        var positions: [String: Int] = [:]
        for (index, name) in header.enumerated() where positions[name.lowercased()] == nil {
            positions[name.lowercased()] = index
        }
        for field in ContactField.allCases {
            guard let spec = map.fields[field] else { continue }
            if let index = spec.columns.lazy.compactMap({ positions[$0.lowercased()] }).first {
                let unit: Double
                if case .duration(let seconds) = field.kind { unit = spec.unitSeconds ?? seconds } else { unit = 1 }
                columns.append(Column(field: field, index: index, spec: specs.count, unitSeconds: unit,
                                      hasSpellings: !(spec.good.isEmpty && spec.bad.isEmpty && spec.none.isEmpty && spec.trueValues.isEmpty),
                                      reverse: spec.reverse, scale: spec.scale))
                specs.append(spec)
            } else if !spec.optional {
                let wanted = spec.columns.first ?? field.rawValue
                let nearest = Suggestion.closest(to: wanted, among: header, caseInsensitive: true)
                    ?? header.first { $0.lowercased().contains(wanted.lowercased()) }
                throw Diagnostic(.error, .missingColumn,
                                 "the map '\(map.name)' reads \(field.rawValue) from the column '\(wanted)', which the header does not have",
                                 fix: nearest.map { "did you mean '\($0)'? (fix the map)" }
                                     ?? "check that this is a \(map.name) export, or pass the right --map",
                                 location: SourceLocation(file: file, line: headerLine, column: 1))
            }
        }
    }
}
