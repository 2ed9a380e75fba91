import Mustache

/// A template that cannot be used, with the template file, line and column:
/// `templates/page.html.mustache:12:5: error: a section is never closed`.
public struct TemplateError: Error, CustomStringConvertible, Sendable {
    /// The template file as the user named it, or `built-in NAME.mustache`.
    public let file: String
    /// The line, from 1; 0 when the problem is the file as a whole.
    public let line: Int
    /// The column, from 1; 0 when the problem is the file as a whole.
    public let column: Int
    /// What is wrong.
    public let message: String

    /// Creates an error.
    public init(file: String, line: Int = 0, column: Int = 0, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: error: message`.
    public var description: String {
        line > 0 ? "\(file):\(line):\(column): error: \(message)" : "\(file): error: \(message)"
    }

    /// The error for a Mustache parser failure in `file`.
    init(file: String, parserError: MustacheTemplate.ParserError) {
        let reason: String = switch parserError.error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: "this closing tag does not match the section it closes"
        case .unfinishedName?: "this tag is not finished; tags end with }}"
        case .expectedSectionEnd?: "a section opened here is never closed with {{/name}}"
        case .invalidSetDelimiter?: "this set-delimiter tag is malformed; write {{=<% %>=}}"
        case .transformAppliedToInheritanceSection?: "transforms cannot be applied to an inheritance section"
        case .illegalTokenInsideInheritSection?, .textInsideInheritSection?:
            "only block definitions may appear inside a partial that is inherited"
        case .invalidConfigVariableSyntax?: "this pragma is malformed; write {{% CONTENT_TYPE: MARKDOWN}}"
        case .unrecognisedConfigVariable?:
            "unknown pragma; Ethos knows CONTENT_TYPE with MARKDOWN, HTML or TEXT"
        case nil: "\(parserError.error)"
        }
        self.init(file: file, line: parserError.context.lineNumber, column: parserError.context.columnNumber + 1,
                  message: reason)
    }
}
