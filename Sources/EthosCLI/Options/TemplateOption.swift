import ArgumentParser
import EthosRender

/// `--templates DIR`: templates that replace the built-in ones by name.
struct TemplateOption: ParsableArguments {
    @Option(help: ArgumentHelp("Templates that replace the built-in ones by name.", valueName: "dir"),
            completion: .directory)
    var templates: String?

    /// The templates to render with: the built-in ones, or those the folder overrides. A
    /// template that does not compile stops the command.
    func load() throws -> TemplateSet {
        do {
            return try Self.templateSet(overriddenBy: templates)
        } catch let error as TemplateError {
            FileOutput.standardError.write(error.description + "\n")
            throw ExitStatus.problems
        }
    }

    /// The built-in templates, or those `folder` overrides; throws the `TemplateError` of a
    /// template that does not compile.
    static func templateSet(overriddenBy folder: String?) throws -> TemplateSet {
        try folder.map(TemplateSet.withOverrides(in:)) ?? TemplateSet.builtIn()
    }
}
