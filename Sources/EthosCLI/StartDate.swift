import ArgumentParser
import EthosModel

extension CalendarDate: ExpressibleByArgument {
    /// Parses `--start 2026-12-01`.
    public init?(argument: String) {
        self.init(parsing: argument)
    }

    public static var defaultCompletionKind: CompletionKind { .default }
}
