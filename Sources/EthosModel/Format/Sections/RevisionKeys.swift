/// An item of `revisions`.
public struct RevisionKeys: FormatKeys {
    public static let id = FormatSectionID.revision
    public static let what = "a revision"
    public static let shared = RevisionKeys()

    public let version = FormatKey("version", .string, required: true, "The version's name: 1.2. Unique in the list.")
    public let date = FormatKey("date", .date, required: true,
                                "When it was decided (YYYY-MM-DD); never before the previous revision's.")
    public let summary = FormatKey("summary", .text, required: true, "What changed, in words for employees.")
    public let approvedBy = FormatKey("approved-by", .list(.string), "Who approved it.")
    public let effective = FormatKey("effective", .date, "When it takes effect (YYYY-MM-DD); not before its date.")
}
