import CCmarkGFM

/// The release of Ethos and the cmark-gfm library it converts Markdown with: besides the
/// file and the templates, what decides the bytes of every page.
package enum EthosRelease {
    /// Ethos's version: `0.1.0`.
    package static let number = "0.1.0"

    /// The version of the linked cmark-gfm library: `0.29.0.gfm.6`.
    package static var cmarkVersion: String {
        cmark_version_string().map { String(cString: $0) } ?? "unknown"
    }
}
