import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A plain TCP connection to 127.0.0.1, for what URLSession cannot send or read here: a
/// request path with `..` kept as written, and a WebSocket (Linux Foundation's libcurl has
/// none).
final class RawConnection {
    private let socket: Int32

    /// Connects to `port` of `address`; reads time out after `timeout` seconds.
    init(port: UInt16, address: String = "127.0.0.1", timeout: Int = 5) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var time = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var target = sockaddr_in()
        target.sin_family = sa_family_t(AF_INET)
        target.sin_port = port.bigEndian
        inet_pton(AF_INET, address, &target.sin_addr)
        let connected = withUnsafePointer(to: &target) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(socket)
            throw ServeTestError("cannot connect to \(address):\(port): errno \(errno)")
        }
    }

    deinit { close(socket) }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, 0) }
    }

    /// Reads exactly `count` bytes; fewer when the connection ends or the read times out.
    func read(_ count: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: count)
        while bytes.count < count {
            let got = recv(socket, &buffer, count - bytes.count, 0)
            guard got > 0 else { break }
            bytes += buffer[..<got]
        }
        return bytes
    }

    /// Reads up to the end of an HTTP response's head.
    func readHead() -> String {
        var head: [UInt8] = []
        while !head.suffix(4).elementsEqual([13, 10, 13, 10]) {
            let byte = read(1)
            guard !byte.isEmpty else { break }
            head += byte
        }
        return String(decoding: head, as: UTF8.self)
    }

    /// Sends `GET path` (or another `method`) as written, for `host`, and returns the status line.
    func get(_ path: String, host: String = "127.0.0.1", method: String = "GET") -> String {
        send("\(method) \(path) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n")
        return readHead().components(separatedBy: "\r\n").first ?? ""
    }

    /// Opens a WebSocket at `path`, for `host`; the handshake's status line.
    func openWebSocket(_ path: String, host: String = "127.0.0.1") -> String {
        send("GET \(path) HTTP/1.1\r\nHost: \(host)\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
             + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
        return readHead().components(separatedBy: "\r\n").first ?? ""
    }

    /// The next text message the server sends (server frames are not masked), or `nil` when
    /// none comes before the read times out.
    func nextTextMessage() -> String? {
        while true {
            let header = read(2)
            guard header.count == 2 else { return nil }
            var length = Int(header[1] & 0x7F)
            if length == 126 { length = read(2).reduce(0) { $0 << 8 | Int($1) } }
            if length == 127 { length = read(8).reduce(0) { $0 << 8 | Int($1) } }
            let payload = read(length)
            if header[0] & 0x0F == 1 { return String(decoding: payload, as: UTF8.self) }
        }
    }
}
