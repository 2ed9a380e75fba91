import ArgumentParser
import EthosPublish
import EthosRender
import Foundation

/// `--paper` and `--chromium`: how a PDF is printed.
struct PDFOptions: ParsableArguments {
    /// What `--paper` names.
    enum PaperChoice: String, ExpressibleByArgument {
        case a4, letter

        var paper: Paper {
            switch self {
            case .a4: .a4
            case .letter: .letter
            }
        }
    }

    @Option(help: ArgumentHelp("A PDF's paper, a4 or letter. Default: the locale's.", valueName: "paper"),
            completion: .list(["a4", "letter"]))
    var paper: PaperChoice?

    @Option(help: ArgumentHelp("The Chromium that prints PDFs. Default: the PATH's.", valueName: "path"),
            completion: .file())
    var chromium: String?

    /// The printer; a missing Chromium stops the command before anything is written.
    func printer() throws(PDFError) -> PDFPrinter {
        try PDFPrinter(chromium: chromium)
    }

    /// Writes `pdf` to standard output unless it is a terminal, where a PDF would be noise.
    static func writeToStandardOutput(_ pdf: Data) throws {
        guard isatty(STDOUT_FILENO) == 0 else {
            throw ValidationError("a PDF is not for the terminal; give -o FILE, or redirect standard output to a file")
        }
        FileOutput.standardOutput.write(pdf)
    }
}
