/// A scalar that is written in the file as a string (`2m`, `month`, `day-30`, `2026-11-01`) and
/// encoded to JSON the same way.
public protocol FileSyntaxCodable: Codable, CustomStringConvertible {
    /// Parses the file syntax; `nil` for text that is not this kind of scalar.
    init?(parsing text: String)
}

extension FileSyntaxCodable {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not a \(Self.self): \(text)"))
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
