import EthosPublish
import Foundation

/// A file Ethos could not write, named with the reason the system gave.
struct OutputError: Error, CustomStringConvertible {
    let path: String
    let underlying: Error

    var description: String {
        if let error = underlying as? PublishError { return error.description }
        let reason = (underlying as NSError).localizedFailureReason ?? underlying.localizedDescription
        return "cannot write \(path): \(reason)"
    }
}
