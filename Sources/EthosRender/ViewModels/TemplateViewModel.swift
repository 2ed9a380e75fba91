/// The values one template reads, as a struct: each stored property is a key the template
/// reads (`{{company}}`, `{{#values}}`), so the keys are written once, here, and the code that
/// fills them is checked by the compiler.
///
/// Mustache and the template shells read the struct as ``mustacheValues``.
protocol TemplateViewModel: Encodable {
    /// The template that reads these values.
    static var template: TemplateName { get }
}

extension TemplateViewModel {
    /// The values as Mustache reads them: each property by its name, an absent optional left
    /// out (so `{{#key}}` renders nothing), nested structs as objects (``MustacheValues``).
    var mustacheValues: [String: Any] { MustacheValues.object(self) }
}
