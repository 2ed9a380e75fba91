import EthosRender

/// The version `ethos --version` prints, with the cmark-gfm library it is linked against.
enum EthosVersion {
    static let number = EthosRelease.number

    static var description: String {
        "ethos \(number) (format 1, cmark-gfm \(EthosRelease.cmarkVersion))"
    }
}
