import FlyingFox
import Foundation

/// Answers only requests addressed to this machine by name: a `Host` header of `127.0.0.1`,
/// `localhost` or `[::1]` (any port). A web page elsewhere could point a name of its own at
/// 127.0.0.1 (DNS rebinding) and read the draft site through the visitor's browser; its
/// requests carry that name, and get 403 here. A request without `Host` (HTTP/1.0) comes
/// from no browser and is answered.
struct LoopbackHost: HTTPHandler {
    let handler: any HTTPHandler

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard Self.isLoopback(request.headers[.host]) else {
            return .uncached(.forbidden, text: "ethos serve answers only to http://127.0.0.1 and http://localhost\n")
        }
        return try await handler.handleRequest(request)
    }

    /// Whether `host` (a `Host` header's value) names this machine, or is absent.
    static func isLoopback(_ host: String?) -> Bool {
        guard let host else { return true }
        let name: Substring
        if host.hasPrefix("[") {
            name = host.prefix { $0 != "]" } + "]"
        } else {
            name = host.prefix { $0 != ":" }
        }
        return ["127.0.0.1", "localhost", "[::1]"].contains(name.lowercased())
    }
}
