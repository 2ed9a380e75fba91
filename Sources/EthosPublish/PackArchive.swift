import EthosRender
import Foundation
import ZIPFoundation

/// Zips a pack's files into one archive, the same bytes for the same files: entries in a
/// fixed order under one folder, each with the same fixed time stamp and permissions.
public enum PackArchive {
    /// 2000-01-01 00:00 UTC: ZIP stores local times without a zone; ZIPFoundation writes them
    /// in UTC, so every machine writes the same bytes.
    static let timestamp = Date(timeIntervalSince1970: 946_684_800)

    /// The archive of `files`, each under `folder/` in the archive.
    public static func make(_ files: [PackRenderer.File], folder: String) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for file in files {
            let data = file.data
            try archive.addEntry(with: "\(folder)/\(file.name)", type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: timestamp, permissions: 0o644, compressionMethod: .deflate) {
                position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw PublishError.system("zip", folder, EIO) }
        return data
    }
}
