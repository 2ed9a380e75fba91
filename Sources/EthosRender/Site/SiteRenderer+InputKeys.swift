import EthosModel
import Foundation

extension SiteRenderer {
    /// A key for each of ``jobs``, in their order: a digest of everything the job's files are
    /// made from, so a job whose key a previous build recorded writes the same bytes as then,
    /// and a rebuild can take its files from that build instead of rendering them again.
    ///
    /// Every key holds the versions of Ethos and cmark-gfm, the templates, whether the site
    /// has search, the build date, the theme's logo, the job's paths and locale, and the
    /// chrome of its page (navigation, sidebar, footer and whatever else the page shows of the
    /// rest of the site), all of it as the page's chrome encodes (digested by
    /// `DigestEncoder` as it encodes, with no JSON made), so what a page shows later is in
    /// its key without being listed here. A team's page and its checklist add their team, the
    /// philosophy without its teams and the scorecard: a team's pages show nothing of other
    /// teams but through the chrome and the paths. Every other file adds the whole
    /// philosophy, the scorecard and the changes.
    public func inputKeys() -> [String] {
        inputKeys(release: "\(EthosRelease.number) \(EthosRelease.cmarkVersion)")
    }

    /// The keys as a `release` of Ethos and cmark-gfm would make them (`0.1.0 0.29.0.gfm.6`).
    package func inputKeys(release: String) -> [String] {
        var common = InputDigest()
        common.add(release)
        common.add(templates.fingerprint)
        // The root page of a one-locale site shows the search box, and has no chrome of its own.
        common.add(search ? "search" : "")
        // The landing page has no locale's chrome in its key, but shows the build date.
        common.add(buildDate.map { "\($0)" } ?? "")
        var withoutTeams = philosophy
        withoutTeams.teams = []
        common.add(DigestEncoder.digest(of: withoutTeams))
        // The philosophy encodes the theme's logo by its path only: a new logo in the same
        // file must change the keys too.
        if let logo = philosophy.site?.logo { common.add(logo.data) }
        common.add(reflecting: scoreViews)
        let teams = Self.concurrentMap(philosophy.teams) { DigestEncoder.digest(of: $0).hex }
        var whole = common
        for team in teams { whole.add(team) }
        whole.add(reflecting: changes)
        let (teamBase, siteBase) = (common, whole)
        return Self.concurrentMap(jobs) { job in
            var digest: InputDigest
            switch job.page {
            case .team(let team), .checklist(let team):
                digest = teamBase
                digest.add(teams[team])
            default:
                digest = siteBase
            }
            // The paths name the page: no two jobs write the same file.
            digest.add(job.locale?.tag ?? "")
            for path in job.paths { digest.add(path) }
            if let context = context(of: job) { digest.add(DigestEncoder.digest(of: chrome(for: job.page, context: context))) }
            return digest.hex
        }
    }

    /// `transform` of each of `elements`, in their order, worked out on all cores.
    private static func concurrentMap<Element: Sendable>(_ elements: [Element],
                                                         _ transform: @Sendable (Element) -> String) -> [String] {
        let results = ConcurrentArray<String>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            results[index] = transform(elements[index])
        }
        return results.values
    }
}

/// An array that many threads fill, each at its own indices.
private final class ConcurrentArray<Element: Sendable>: @unchecked Sendable {
    private var storage: [Element?]
    private let lock = NSLock()

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    subscript(index: Int) -> Element? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    /// The elements, once every index is set.
    var values: [Element] {
        lock.withLock { storage.compactMap { $0 } }
    }
}
