/// A service standard as the standards templates read it; a field the file lacks is empty.
struct StandardItem: Encodable {
    /// The objective sentence.
    let sentence: String
    let window: String
    let channel: String
    let owner: String
    let source: String
    let statement: String?
    /// On a site with scores: the standard's section on the scores page.
    var scoreLink: String? = nil
}
