/// A part of a philosophy written in the DSL: a section, or a single field such as ``SupportVision``.
///
/// The DSL's own types are named for what they hold in a service philosophy
/// (``ServiceValues``, ``SupportTeams``, ``CompanyPurpose`` …), not with bare words such as
/// `Values` or `Teams`, so they do not clash with the names of a module that imports Ethos
/// beside other libraries.
public protocol PhilosophyContent {
    /// Adds this part to `philosophy`.
    func apply(to philosophy: inout Philosophy)
}

/// Collects the parts of a philosophy, with `if`, `if let`, `switch` and `for` allowed.
@resultBuilder
public enum PhilosophyBuilder {
    public static func buildExpression(_ content: any PhilosophyContent) -> [any PhilosophyContent] { [content] }
    public static func buildBlock(_ parts: [any PhilosophyContent]...) -> [any PhilosophyContent] { parts.flatMap { $0 } }
    public static func buildOptional(_ parts: [any PhilosophyContent]?) -> [any PhilosophyContent] { parts ?? [] }
    public static func buildEither(first parts: [any PhilosophyContent]) -> [any PhilosophyContent] { parts }
    public static func buildEither(second parts: [any PhilosophyContent]) -> [any PhilosophyContent] { parts }
    public static func buildArray(_ parts: [[any PhilosophyContent]]) -> [any PhilosophyContent] { parts.flatMap { $0 } }
}

/// Collects the items of one list section (values, standards, teams ...), with `if`, `if let`,
/// `switch` and `for` allowed; an optional item is left out when `nil`.
@resultBuilder
public enum PhilosophyListBuilder<Item> {
    public static func buildExpression(_ item: Item) -> [Item] { [item] }
    public static func buildExpression(_ item: Item?) -> [Item] { item.map { [$0] } ?? [] }
    public static func buildExpression(_ items: [Item]) -> [Item] { items }
    public static func buildBlock(_ items: [Item]...) -> [Item] { items.flatMap { $0 } }
    public static func buildOptional(_ items: [Item]?) -> [Item] { items ?? [] }
    public static func buildEither(first items: [Item]) -> [Item] { items }
    public static func buildEither(second items: [Item]) -> [Item] { items }
    public static func buildArray(_ items: [[Item]]) -> [Item] { items.flatMap { $0 } }
}

extension Philosophy {
    /// Writes a philosophy in Swift; the result equals the one the same YAML loads to.
    ///
    /// ```swift
    /// let philosophy = Philosophy(company: "Nextiva") {
    ///     CompanyPurpose("Our purpose is to make business communication amazing.")
    ///     SupportVision("Amazing Service")
    ///     ServiceValues {
    ///         ServiceValue(name: "Integrity", action: "Say what you mean. Mean what you say.", kpis: ["NPS", "QA"])
    ///     }
    /// }
    /// ```
    public init(company: String, locales: [LocaleID] = ["en"], updated: CalendarDate? = nil,
                @PhilosophyBuilder content: () -> [any PhilosophyContent]) {
        self.init(company: company, locales: locales, updated: updated, purpose: "", vision: "", values: [])
        for part in content() { part.apply(to: &self) }
    }
}
