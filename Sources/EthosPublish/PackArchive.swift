import EthosModel
import EthosRender
import Foundation
import ZIPFoundation

/// Zips a pack's files into one archive, the same bytes for the same files: entries in a
/// fixed order under one folder, each with the same time stamp and permissions.
package enum PackArchive {
    /// The archive of `files`, each under `folder/` in the archive and dated `updated` (the
    /// philosophy's date), so a pack shows when its content last changed.
    package static func make(_ files: [PackRenderer.File], folder: String, updated: CalendarDate?) throws -> Data {
        let archive = try Archive(accessMode: .create)
        let date = timestamp(for: updated)
        for file in files {
            let data = file.data
            try archive.addEntry(with: "\(folder)/\(file.name)", type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: date, permissions: 0o644, compressionMethod: .deflate) {
                position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw PublishError.system("zip", folder, EIO) }
        return data
    }

    /// Midnight UTC of `updated`, kept within the years ZIP stores (1980 to 2099); without a
    /// date, 2000-01-01. ZIP stores local times without a zone; ZIPFoundation writes them in
    /// UTC, so every machine writes the same bytes.
    static func timestamp(for updated: CalendarDate?) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let (year, month, day) = switch updated {
        case nil: (2000, 1, 1)
        case let date? where date.year < 1980: (1980, 1, 1)
        case let date? where date.year > 2099: (2099, 12, 31)
        case let date?: (date.year, date.month, date.day)
        }
        return calendar.date(from: DateComponents(year: year, month: month, day: day)) ?? Date(timeIntervalSince1970: 0)
    }
}
