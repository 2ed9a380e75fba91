import FlyingFox
import Foundation

extension HTTPResponse {
    /// A response the browser must not cache: the next rebuild may change it.
    static func uncached(_ status: HTTPStatusCode, type: String, body: Data) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: HTTPHeaders([.contentType: type, .cacheControl: "no-store"]), body: body)
    }

    /// An uncached plain-text response.
    static func uncached(_ status: HTTPStatusCode, text: String) -> HTTPResponse {
        uncached(status, type: MediaType.of(".txt"), body: Data(text.utf8))
    }
}
