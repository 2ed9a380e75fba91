import FlyingFox
import Foundation

/// Answers the browser's requests for the site's files: pages with the reload script added,
/// and while the inputs have problems, the problems page instead of every page.
struct PreviewRequestHandler: HTTPHandler {
    let site: SiteFolder
    let state: PreviewState

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        switch request.method {
        case .GET:
            return await response(to: request)
        case .HEAD:
            // What GET would answer, its length included, without the body.
            var response = await response(to: request)
            response.headers[.contentLength] = String(try await response.bodyData.count)
            response.payload = .httpBody(HTTPBodySequence(data: Data()))
            return response
        default:
            return HTTPResponse.uncached(.methodNotAllowed, text: "ethos serve only answers GET and HEAD\n")
        }
    }

    private func response(to request: HTTPRequest) async -> HTTPResponse {
        // The path as sent, decoded: FlyingFox's `path` drops a folder's final slash.
        let path = request.target.path(percentEncoded: false)
        if case .problems(let problems) = await state.current, SiteFolder.isPage(path) {
            return HTTPResponse.uncached(.internalServerError, type: MediaType.of(".html"), body: ProblemsPage.html(problems))
        }
        switch site.lookup(path) {
        case .none:
            return HTTPResponse.uncached(.notFound, text: "Not found: the site has no such file\n")
        case .folder(let location):
            let encoded = location.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? "/"
            return HTTPResponse(statusCode: .movedPermanently, headers: HTTPHeaders([.location: encoded, .cacheControl: "no-store"]))
        case .file(let file):
            guard var data = FileManager.default.contents(atPath: file) else {
                return HTTPResponse.uncached(.notFound, text: "Not found: the site has no such file\n")
            }
            let type = MediaType.of(file)
            if type.hasPrefix("text/html") { data = ReloadScript.injected(into: data) }
            return HTTPResponse.uncached(.ok, type: type, body: data)
        }
    }
}
