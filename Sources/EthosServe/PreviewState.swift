import FlyingFox

/// What the preview shows now, and the open pages to tell when it changes.
actor PreviewState {
    /// The last build's outcome.
    private(set) var current: PreviewBuild
    private var pages: [Int: AsyncStream<WSMessage>.Continuation] = [:]
    private var nextPage = 0

    init(_ first: PreviewBuild) {
        current = first
    }

    /// Shows `build` from now on and tells every open page to reload.
    func publish(_ build: PreviewBuild) {
        current = build
        for page in pages.values { page.yield(.text(ReloadScript.message)) }
    }

    /// A stream of the messages for one newly connected page, which ends when it goes.
    func connect() -> AsyncStream<WSMessage> {
        let (stream, continuation) = AsyncStream<WSMessage>.makeStream()
        let id = nextPage
        nextPage += 1
        pages[id] = continuation
        continuation.onTermination = { [weak self] _ in Task { await self?.disconnect(id) } }
        return stream
    }

    private func disconnect(_ id: Int) {
        pages[id] = nil
    }
}

/// The WebSocket side of the reload script: each page gets `reload` after every build.
struct ReloadMessages: WSMessageHandler {
    let state: PreviewState

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        await state.connect()
    }
}
