import EthosModel

/// The anchors of the philosophy page's sections that have no page of their own (the values,
/// onboarding, channels, recovery), so the sidebar and the breadcrumbs can link them.
///
/// The anchors are read from the page as the templates render it, so a company's own
/// `philosophy.md` that drops or renames a section gets no link to a missing anchor.
struct PhilosophySections: Sendable, Encodable {
    /// The sections the sidebar links on the philosophy page, by the label of their heading.
    static let linked: [LabelKey] = [.values, .onboarding, .channels, .recovery]

    private let anchors: [LabelKey: String]

    /// The anchors of the philosophy page's sections in `context`'s locale, rendered with
    /// `templates`.
    ///
    /// In the built-in template the teams are rows of a table, not headings, so the page is
    /// rendered with the first team only: the same headings, and for a company with a
    /// thousand teams a small page. A company's own template is rendered with every team.
    init(_ context: RenderContext, templates: TemplateSet) {
        let teams = context.philosophy.teams
        let builtIn = templates.origins[TemplateName.philosophyMD.rawValue] == "built-in"
        let model = context.philosophyViewModel(teams: builtIn ? teams.prefix(1) : teams[...])
        self.init(markdown: templates.render(model), labels: context.labels)
    }

    /// The anchors of the second-level headings of `markdown` whose text is one of
    /// ``linked``'s labels.
    init(markdown: String, labels: Labels) {
        let headings = GFMConverter.convert(markdown).headings.filter { $0.level == 2 }
        var anchors: [LabelKey: String] = [:]
        for key in Self.linked {
            let label = LanguageMarks.strip(labels[key])
            if let heading = headings.first(where: { LanguageMarks.strip($0.text) == label }) {
                anchors[key] = heading.anchor
            }
        }
        self.anchors = anchors
    }

    /// Encodes the anchors as `key=anchor` lines in a fixed order, for the pages' keys.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(anchors.map { "\($0.key.rawValue)=\($0.value)" }.sorted())
    }

    /// The anchor of the section headed by `key`'s label; `nil` when the page has none.
    subscript(_ key: LabelKey) -> String? {
        anchors[key]
    }
}
