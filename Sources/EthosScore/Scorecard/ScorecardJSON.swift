import Foundation

/// The scorecard's JSON, the contract `ethos build --scores` reads: keys sorted, two-space
/// pretty printing, values already rounded, so the same input gives the same bytes.
extension Scorecard {
    /// The JSON text, ending in a newline.
    public func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain values cannot fail.
        var data = (try? encoder.encode(self)) ?? Data()
        data.append(0x0A)
        return data
    }

    /// Reads a scorecard's JSON (as ``json()`` writes it).
    public init(json: Data) throws {
        self = try JSONDecoder().decode(Scorecard.self, from: json)
    }
}
