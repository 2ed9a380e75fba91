import EthosModel
import Foundation
import Mustache

/// The Mustache templates a render uses: the defaults built into Ethos, each replaceable by a
/// file of the same name in an override folder (`--templates DIR`).
///
/// Templates are compiled once, when the set is made; rendering is then safe from any thread.
public struct TemplateSet: Sendable {
    /// The names of the templates Ethos uses; each file is `NAME.mustache`.
    public static var names: [String] { TemplateName.allCases.map(\.rawValue).sorted() }

    /// The built-in templates' names and texts, sorted by name.
    public static var builtInSources: [(name: String, text: String)] {
        BuiltInTemplates.sources.map { ($0.key.rawValue, $0.value) }.sorted { $0.name < $1.name }
    }

    /// Where each template came from: `built-in` or the override file's path.
    public let origins: [String: String]
    /// A digest of every template's text, for telling whether pages made with another set
    /// would come out the same.
    package let fingerprint: String
    private let library: MustacheLibrary
    /// For a set without overrides, the templates specialised per shape of their values.
    private let shells: TemplateShells?
    /// The templates that may render through shells: those calling no transform whose result
    /// depends on the texts themselves.
    private let shellable: Set<TemplateName>

    /// The built-in templates.
    public static func builtIn() throws -> TemplateSet {
        try TemplateSet(sources: BuiltInTemplates.sources, origins: [:])
    }

    /// The built-in templates, rendered through shells or, with `usingShells` false, always
    /// in full: the fuzz target compares the two.
    package static func builtIn(usingShells: Bool) throws -> TemplateSet {
        try TemplateSet(sources: BuiltInTemplates.sources, origins: [:], usingShells: usingShells)
    }

    /// The built-in templates, with every `NAME.mustache` in `directory` replacing its default.
    ///
    /// A `.mustache` file whose name Ethos does not use is an error (with the closest name), so
    /// a misspelt override never goes silently unused. Other files are ignored.
    public static func withOverrides(in directory: String) throws -> TemplateSet {
        let url = URL(fileURLWithPath: directory)
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw TemplateError(file: directory, message: "cannot read the templates folder: it is missing or not a folder")
        }
        var sources = BuiltInTemplates.sources
        var origins: [String: String] = [:]
        for file in files.sorted() where file.hasSuffix(".mustache") {
            let stem = String(file.dropLast(".mustache".count))
            let path = url.appendingPathComponent(file).path
            guard let name = TemplateName(rawValue: stem) else {
                let closest = Suggestion.closest(to: stem, among: names).map { "; did you mean '\($0).mustache'?" } ?? ""
                throw TemplateError(file: path, message: "Ethos uses no template named '\(stem)'\(closest)")
            }
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
            else { throw TemplateError(file: path, message: "cannot read this template as UTF-8 text") }
            sources[name] = text
            origins[name.rawValue] = path
        }
        return try TemplateSet(sources: sources, origins: origins)
    }

    private init(sources: [TemplateName: String], origins: [String: String], usingShells: Bool = true) throws {
        _ = MarkdownContentType.registered
        _ = EthosHTMLContentType.registered
        var library = MustacheLibrary()
        var allOrigins: [String: String] = [:]
        var digest = InputDigest()
        for (name, source) in sources.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            digest.add(name.rawValue)
            digest.add(source)
            let origin = origins[name.rawValue] ?? "built-in \(name.rawValue).mustache"
            allOrigins[name.rawValue] = origins[name.rawValue] ?? "built-in"
            do {
                library.register(try MustacheTemplate(string: source), named: name.rawValue)
            } catch let error as MustacheTemplate.ParserError {
                throw TemplateError(file: origin, parserError: error)
            }
        }
        self.library = library
        self.origins = allOrigins
        self.fingerprint = digest.hex
        self.shells = origins.isEmpty && usingShells ? TemplateShells() : nil
        self.shellable = Set(sources.filter { TemplateShell.canRender($0.value) }.keys)
    }

    /// Renders `model` with the template that reads it.
    ///
    /// With `labels`, which the context gets as its top-level `labels`, a set of built-in
    /// templates renders through shells (see ``TemplateShell``): the labels, the one part of
    /// a context that is not text, are named in the shape's key by their identity.
    func render<Model: TemplateViewModel>(_ model: Model, labels: Labels? = nil) -> String {
        render(Model.template, model.mustacheValues, labels: labels)
    }

    private func render(_ name: TemplateName, _ context: [String: Any], labels: Labels?) -> String {
        var context = context
        if let labels { context["labels"] = labels.text }
        let constant: Set<String> = ["labels"]
        guard let shells, let labels, shellable.contains(name),
              let shape = TemplateShell.shape(of: context, constant: constant) else {
            return library.render(context, withTemplate: name.rawValue) ?? ""
        }
        let shell = shells.shell(for: "\(name)\u{1}\(labels.identity)\u{1}\(shape.key)") {
            let marked = TemplateShell.marked(context, constant: constant)
            return TemplateShell(rendered: library.render(marked, withTemplate: name.rawValue) ?? "")
        }
        return shell?.fill(shape.texts) ?? library.render(context, withTemplate: name.rawValue) ?? ""
    }
}
