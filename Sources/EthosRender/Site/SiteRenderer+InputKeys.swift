import EthosModel
import Foundation

extension SiteRenderer {
    /// A key for each of ``jobs``, in their order: a digest of everything the job's files are
    /// made from, so a job whose key a previous build recorded writes the same bytes as then,
    /// and a rebuild can take its files from that build instead of rendering them again.
    ///
    /// Every key holds the versions of Ethos and cmark-gfm, the templates, the job's paths
    /// and locale, and the chrome of its page (navigation, language links and whatever else
    /// the page shows of the rest of the site), found by reflection, so what a page shows
    /// later is in its key without being listed here. A team's page and its checklist add
    /// their team, the philosophy without its teams and the scorecard: a team's pages show
    /// nothing of other teams but through the chrome and the paths. Every other file adds the
    /// whole philosophy, the scorecard and the changes.
    public func inputKeys() -> [String] {
        inputKeys(release: "\(EthosRelease.number) \(EthosRelease.cmarkVersion)")
    }

    /// The keys as a `release` of Ethos and cmark-gfm would make them (`0.1.0 0.29.0.gfm.6`).
    package func inputKeys(release: String) -> [String] {
        var common = InputDigest()
        common.add(release)
        common.add(templates.fingerprint)
        var withoutTeams = philosophy
        withoutTeams.teams = []
        common.add(Self.json(withoutTeams))
        common.add(reflecting: scoreViews)
        let teams = philosophy.teams.map { team in
            var digest = InputDigest()
            digest.add(Self.json(team))
            return digest.hex
        }
        var whole = common
        for team in teams { whole.add(team) }
        whole.add(reflecting: changes)
        return jobs.map { job in
            var digest: InputDigest
            switch job.page {
            case .team(let index), .checklist(let index):
                digest = common
                digest.add(teams[index])
            default:
                digest = whole
            }
            digest.add(reflecting: job.page)
            digest.add(job.locale?.tag ?? "")
            for path in job.paths { digest.add(path) }
            if let context = context(of: job) { digest.add(reflecting: chrome(for: job.page, context: context)) }
            return digest.hex
        }
    }

    /// `value` as JSON with sorted keys: the same bytes for the same value in every run.
    private static func json(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(value)) ?? Data()
    }
}
