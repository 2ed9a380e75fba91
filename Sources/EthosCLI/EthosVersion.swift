import CCmarkGFM

/// The version `ethos --version` prints, with the cmark-gfm library it is linked against.
enum EthosVersion {
    static let number = "0.1.0"

    static var description: String {
        let cmark = cmark_version_string().map { String(cString: $0) } ?? "unknown"
        return "ethos \(number) (format 1, cmark-gfm \(cmark))"
    }
}
