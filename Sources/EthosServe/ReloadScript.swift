import Foundation

/// The script `ethos serve` adds to every HTML page it serves, and only there: built sites
/// hold no script. It opens a WebSocket to ``path`` and reloads the page when the server sends
/// `reload` (after a rebuild), or when it reconnects after the server went away (a restart
/// may have changed the site). It is a constant: nothing in it comes from the philosophy.
enum ReloadScript {
    /// Where the pages' WebSocket connects.
    static let path = "/_ethos/reload"

    /// The message that tells a page to reload.
    static let message = "reload"

    /// The `<script>` element.
    static let element = """
        <script>/* ethos serve: live reload */(() => {
          let lost = false;
          const connect = () => {
            const socket = new WebSocket("ws://" + location.host + "\(path)");
            socket.onopen = () => { if (lost) location.reload(); };
            socket.onmessage = (event) => { if (event.data === "\(message)") location.reload(); };
            socket.onclose = () => { lost = true; setTimeout(connect, 500); };
          };
          connect();
        })();</script>

        """

    /// `html` with the script before its last `</body>`, or at its end when it has none.
    static func injected(into html: Data) -> Data {
        let text = String(decoding: html, as: UTF8.self)
        guard let body = text.range(of: "</body>", options: [.caseInsensitive, .backwards]) else {
            return html + Data(element.utf8)
        }
        return Data((text[..<body.lowerBound] + element + text[body.lowerBound...]).utf8)
    }
}
