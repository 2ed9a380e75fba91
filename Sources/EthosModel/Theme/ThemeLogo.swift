import Foundation

/// The company's logo: an image file that the site holds under a fixed name
/// (``LogoFormat/siteFileName``), whatever the file was called.
///
/// The loader reads the file where `logo:` names it (relative to the file that names it), so
/// the model carries its bytes. Encoded (in `philosophy.json`) as the path written, as the
/// format has it; the bytes are the site's `logo.<ext>`, and a decoded logo has none.
public struct ThemeLogo: Hashable, Sendable, Codable {
    /// The path as the file writes it.
    public var path: String
    /// The image format, from the path's extension.
    public var format: LogoFormat
    /// The image's bytes.
    public var data: Data

    /// A logo of `format` holding `data`; `path` is how the file named it.
    public init(path: String, format: LogoFormat, data: Data) {
        self.path = path
        self.format = format
        self.data = data
    }

    /// The largest logo the site takes: 2 MiB.
    public static let maximumSize = 2 * 1_024 * 1_024

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        path = try container.decode(String.self)
        guard let format = LogoFormat(path: path) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an svg, png, jpg, webp or gif file: \(path)")
        }
        self.format = format
        data = Data()
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(path)
    }
}

/// The image formats a logo may have: those every browser shows in an `<img>`.
public enum LogoFormat: String, CaseIterable, Hashable, Sendable {
    case svg, png, jpeg, webp, gif

    /// The format of a file named `path`, by its extension in any case (`.jpg` or `.jpeg`);
    /// `nil` for any other.
    public init?(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let ext = name[name.index(after: dot)...].lowercased()
        guard let format = ext == "jpg" ? .jpeg : LogoFormat(rawValue: ext) else { return nil }
        self = format
    }

    /// The extensions read, for messages: `svg, png, jpg, jpeg, webp, gif`.
    public static let extensions = ["svg", "png", "jpg", "jpeg", "webp", "gif"]

    /// The logo's name in the site's root folder: `logo.svg`.
    public var siteFileName: String { "logo.\(self == .jpeg ? "jpg" : rawValue)" }
}
