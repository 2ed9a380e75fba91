import FlyingFox
import Foundation

/// A live preview of a site: builds it, serves its folder on 127.0.0.1 (never another
/// address, and only to requests addressed to 127.0.0.1 or localhost), and rebuilds when an
/// input changes, after which every open page reloads.
///
/// Pages are served with a small script that connects to a WebSocket and reloads on the
/// server's `reload`; the built files never hold it. While a build reports problems, every
/// page request gets a page listing them (status 500), and the next good build brings the
/// site back. Inputs are polled (inode, size and modification time) every `pollInterval`;
/// a change rebuilds once the files have held still for one more interval, so an editor's
/// several writes make one build.
public struct LivePreview: Sendable {
    private let folder: String
    private let port: UInt16
    private let inputs: [WatchedInput]
    private let pollInterval: Duration
    private let build: @Sendable () async -> PreviewBuild

    /// A preview of the site that `build` writes into `folder`, on `port` of 127.0.0.1 (0
    /// picks a free one), rebuilt when a file of `inputs` changes.
    public init(folder: String, port: UInt16, watching inputs: [WatchedInput],
                pollInterval: Duration = .milliseconds(200), build: @escaping @Sendable () async -> PreviewBuild) {
        self.folder = folder
        self.port = port
        self.inputs = inputs
        self.pollInterval = pollInterval
        self.build = build
    }

    /// Builds the site, starts serving it and calls `listening` with its address, then
    /// rebuilds on every change until the task is cancelled. Throws when the port cannot be
    /// had.
    public func run(listening: @escaping @Sendable (URL) -> Void) async throws {
        var stamps = inputs.stamps()
        let state = PreviewState(await build())
        let server = HTTPServer(config: .init(address: try .inet(ip4: "127.0.0.1", port: port), logger: .disabled))
        await server.appendRoute(HTTPRoute("GET \(ReloadScript.path)"),
                                 to: LoopbackHost(handler: .webSocket(ReloadMessages(state: state))))
        await server.appendRoute(HTTPRoute("*"),
                                 to: LoopbackHost(handler: PreviewRequestHandler(site: SiteFolder(root: folder), state: state)))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            group.addTask { try await server.waitUntilListening() }
            // Listening, or the server's failure (a port in use) at once rather than after
            // the wait's time-out.
            try await group.next()
            var boundPort = port
            if case .ip4(_, let bound) = await server.listeningAddress { boundPort = bound }
            listening(Self.url(port: boundPort))
            while true {
                try await Task.sleep(for: pollInterval)
                guard inputs.stamps() != stamps else { continue }
                stamps = try await settledStamps()
                await state.publish(await build())
            }
        }
    }

    /// The address pages are served at, on `port` (the one the system picked for port 0).
    private static func url(port: UInt16) -> URL {
        var components = URLComponents()
        components.scheme = "http"
        components.host = "127.0.0.1"
        components.port = Int(port)
        components.path = "/"
        return components.url ?? URL(fileURLWithPath: "/")
    }

    /// The inputs' stamps once they have held still for one poll interval.
    private func settledStamps() async throws -> [String: FileStamp] {
        var last = inputs.stamps()
        while true {
            try await Task.sleep(for: pollInterval)
            let now = inputs.stamps()
            if now == last { return now }
            last = now
        }
    }
}
