/// Why a PDF could not be printed.
public enum PDFError: Error, CustomStringConvertible, Sendable {
    /// No Chromium on the `PATH` under any of the names searched.
    case noEngine(searched: [String])
    /// The Chromium given by path is not an executable file.
    case engineNotFound(path: String)
    /// Chromium ran but wrote no PDF: how it ended and the end of what it printed.
    case engineFailed(path: String, status: String, message: String)
    /// Chromium did not finish within the time allowed, and was stopped.
    case timedOut(path: String, seconds: Int)
    /// The temporary folder the page is printed in could not be made or read.
    case temporaryFolder(String)
    /// There was nothing to print: a pack without any of the pages a pack's PDF holds.
    case nothingToPrint(String)

    public var description: String {
        switch self {
        case .noEngine(let names):
            "printing a PDF needs Chromium, and none was found on the PATH (looked for \(names.joined(separator: ", ")));"
                + " install it (Debian and Ubuntu: apt-get install chromium) or pass --chromium PATH"
        case .engineNotFound(let path):
            "no Chromium at \(path); install it (Debian and Ubuntu: apt-get install chromium) or pass --chromium PATH"
                + " with the path of an installed one"
        case .engineFailed(let path, let status, let message):
            "Chromium (\(path)) wrote no PDF (\(status))" + (message.isEmpty ? "" : ": \(message)")
        case .timedOut(let path, let seconds):
            "Chromium (\(path)) did not finish printing within \(seconds) s and was stopped"
        case .temporaryFolder(let reason):
            "cannot prepare the page for printing: \(reason)"
        case .nothingToPrint(let reason):
            "nothing to print: \(reason)"
        }
    }
}
