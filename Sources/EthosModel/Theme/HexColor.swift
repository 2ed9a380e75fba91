import Foundation

/// A colour written `#rgb` or `#rrggbb`, kept as its three 8-bit channels, with the relative
/// luminance and contrast ratio of WCAG 2.x.
///
/// Only these two forms are read, so a colour in the stylesheet can never carry anything but
/// `#` and six hexadecimal digits.
public struct HexColor: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The red, green and blue channels, 0 to 255.
    public let red: Int, green: Int, blue: Int

    /// The colour `#rrggbb` with these channels, each clamped to 0 ... 255.
    public init(red: Int, green: Int, blue: Int) {
        self.red = min(max(red, 0), 255)
        self.green = min(max(green, 0), 255)
        self.blue = min(max(blue, 0), 255)
    }

    /// The colour `text` writes as `#rgb` or `#rrggbb` (either case); `nil` for anything else.
    public init?(parsing text: String) {
        let digits = Array(text.utf8.dropFirst())
        let values = digits.compactMap(Self.hexValue)
        guard text.utf8.first == UInt8(ascii: "#"), digits.count == 3 || digits.count == 6,
              values.count == digits.count else { return nil }
        let channels = digits.count == 3 ? values.map { $0 * 17 }
            : stride(from: 0, to: 6, by: 2).map { values[$0] * 16 + values[$0 + 1] }
        self.init(red: channels[0], green: channels[1], blue: channels[2])
    }

    /// `#rrggbb` in lower case: the only way a colour reaches a stylesheet.
    public var description: String {
        "#" + [red, green, blue].map { channel in
            let hex = String(channel, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }

    /// The relative luminance of WCAG 2.x: 0 for black, 1 for white.
    public var relativeLuminance: Double {
        func linear(_ channel: Int) -> Double {
            let value = Double(channel) / 255
            return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// The contrast ratio of WCAG 2.x between this colour and `other`, from 1 to 21.
    public func contrast(with other: HexColor) -> Double {
        let (a, b) = (relativeLuminance, other.relativeLuminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// This colour moved `share` (0 ... 1) of the way towards `target`, channel by channel.
    public func mixed(with target: HexColor, share: Double) -> HexColor {
        func mix(_ from: Int, _ to: Int) -> Int { Int((Double(from) + (Double(to) - Double(from)) * share).rounded()) }
        return HexColor(red: mix(red, target.red), green: mix(green, target.green), blue: mix(blue, target.blue))
    }

    /// Black, `#000000`.
    public static let black = HexColor(red: 0, green: 0, blue: 0)
    /// White, `#ffffff`.
    public static let white = HexColor(red: 255, green: 255, blue: 255)

    private static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A")) + 10
        default: nil
        }
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let color = HexColor(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not #rgb or #rrggbb: \(text)"))
        }
        self = color
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
