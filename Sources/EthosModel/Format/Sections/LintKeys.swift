/// `lint`: settings for `ethos lint`.
public struct LintKeys: FormatKeys {
    public static let id = FormatSectionID.lint
    public static let what = "the lint settings"
    public static let isSchemaDefinition = false
    public static let shared = LintKeys()

    public let disable = FormatKey("disable", .list(.ruleID),
                                   "Lint rules switched off for the whole file ('ethos lint --rules' lists them).")
}
