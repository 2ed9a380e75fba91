import EthosLoader
import EthosModel
import Foundation
import Testing

/// Reading the file: whatever the path names, one error with the system's reason, and never
/// more memory than the size limit.
@Suite("Reading a philosophy file")
struct FileReadingTests {
    func messages(_ path: String) -> [String] {
        PhilosophyLoader.load(path: path).diagnostics.map { "\($0.rule): \($0.message)" }
    }

    @Test("an endless stream stops at the limit: one file-too-large error")
    func endlessStream() {
        #expect(messages("/dev/zero") == ["file-too-large: the file holds more than the limit of 10,485,760 bytes (10 MiB)"])
    }

    @Test("a read the system refuses is file-unreadable with the system's reason")
    func readFails() {
        // Reading one's own memory from the start fails with EIO, even as root.
        #expect(messages("/proc/self/mem") == ["file-unreadable: the file cannot be read: Input/output error"])
    }

    @Test("a path through a file is file-unreadable with the system's reason")
    func pathThroughAFile() {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ethos-\(UUID().uuidString).yml")
        _ = FileManager.default.createFile(atPath: path.path, contents: Data("ethos: 1\n".utf8))
        defer { try? FileManager.default.removeItem(at: path) }
        #expect(messages(path.path + "/philosophy.yml") == ["file-unreadable: the file cannot be read: Not a directory"])
    }

    @Test("a file without read permission is file-unreadable, unless this runs as root", .enabled(if: getuid() != 0))
    func noPermission() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ethos-\(UUID().uuidString).yml")
        _ = FileManager.default.createFile(atPath: path.path, contents: Data("ethos: 1\n".utf8), attributes: [.posixPermissions: 0])
        defer { try? FileManager.default.removeItem(at: path) }
        #expect(messages(path.path) == ["file-unreadable: the file cannot be read: Permission denied"])
    }
}
