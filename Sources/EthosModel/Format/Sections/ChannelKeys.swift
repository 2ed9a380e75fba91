/// An item of `channels`.
public struct ChannelKeys: FormatKeys {
    public static let id = FormatSectionID.channel
    public static let what = "a channel"
    public static let shared = ChannelKeys()

    public let name = FormatKey("name", .string, required: true, "Phone, Chat, E-mail, Social media, Store ...")
    public let kind = FormatKey("kind", .choice(Channel.Kind.allCases.map(\.rawValue)))
    public let hours = FormatKey("hours", .text, "When it is staffed: Mon-Fri 08:00-18:00 CET, 24/7.")
    public let offline = FormatKey("offline", .text, "What customers get outside those hours.")
    public let lintIgnore = FormatKey.lintIgnore
}
