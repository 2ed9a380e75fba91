import EthosLoader
import EthosModel
import Foundation

/// The whole model as JSON, keys sorted, for other systems to import; `<`, `>` and `&`
/// escaped, so no user text reads as markup even where a browser sniffs the file.
enum PhilosophyJSON {
    static func make(_ philosophy: Philosophy) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ScriptSafeJSON.escaping((try? encoder.encode(philosophy)) ?? Data()) + Data("\n".utf8)
    }
}
