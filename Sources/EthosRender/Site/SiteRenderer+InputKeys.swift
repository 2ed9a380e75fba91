import EthosModel
import Foundation

extension SiteRenderer {
    /// A key for each of ``jobs``, in their order: a digest of everything the job's files are
    /// made from, so a job whose key a previous build recorded writes the same bytes as then,
    /// and a rebuild can take its files from that build instead of rendering them again.
    ///
    /// Every key holds the versions of Ethos and cmark-gfm, the templates, whether the site
    /// has search, the build date, the theme's logo, the scorecard, the pages' slugs and the
    /// teams' names in every locale (a standard names its owner in any of them), and the
    /// job's paths and locale. Values are digested as they encode (by `DigestEncoder`, with
    /// no JSON made), so what a page shows later is in its key without being listed here.
    ///
    /// What else a job adds is what its files read:
    /// - A page of one locale adds, once digested for all its locale's pages, what its chrome
    ///   is made from there: the philosophy without its teams and the teams' names as the
    ///   locale reads them, whether any KPI is in use, and the philosophy page's anchors.
    /// - A team's page and its checklist add their team as their locale reads it, and the team
    ///   and the philosophy without its teams as the default locale reads them (the scorecard
    ///   names teams, and a checklist keys its items, in the default locale): they show
    ///   nothing of other teams but through the chrome and the paths. The chrome's inputs
    ///   hold the rest of the philosophy as the page's own locale reads it.
    /// - Every other page of a locale adds the whole philosophy as that locale reads it (each
    ///   text resolved in the locale) and the changes, so an edit of the English text leaves
    ///   the German pages as they were.
    /// - A file of the whole site adds the whole philosophy in every locale and the changes.
    public func inputKeys() -> [String] {
        inputKeys(release: "\(EthosRelease.number) \(EthosRelease.cmarkVersion)")
    }

    /// The keys as a `release` of Ethos and cmark-gfm would make them (`0.1.0 0.29.0.gfm.6`).
    package func inputKeys(release: String) -> [String] {
        var common = InputDigest()
        common.add(release)
        common.add(templates.fingerprint)
        // Every page's chrome shows the search box and the build date.
        common.add(search ? "search" : "")
        common.add(buildDate.map { "\($0)" } ?? "")
        // The philosophy encodes the theme's logo by its path only: a new logo in the same
        // file must change the keys too.
        if let logo = philosophy.site?.logo { common.add(logo.data) }
        common.add(reflecting: scoreViews)
        let slugs = contexts.slugs
        for slug in slugs.valueSlugs + slugs.teamSlugs { common.add(slug) }
        common.add(DigestEncoder.digest(of: philosophy.teams.map(\.name)))
        var withoutTeams = philosophy
        withoutTeams.teams = []
        let locales = philosophy.locales
        let defaultLocale = philosophy.defaultLocale
        // Per locale, on all cores, what its pages read: the philosophy without its teams and
        // each team as the locale reads them, and the chrome's inputs.
        let readings = locales.concurrentMap { [philosophy, withoutTeams] locale in
            let rest = DigestEncoder.digest(of: withoutTeams, in: locale, defaultLocale: defaultLocale)
            return LocaleReading(withoutTeams: rest, chrome: chromeDigest(in: locale, withoutTeams: rest),
                                 teams: philosophy.teams.map { DigestEncoder.digest(of: $0, in: locale, defaultLocale: defaultLocale) })
        }
        let readingIn = Dictionary(uniqueKeysWithValues: zip(locales, readings))
        // A checklist's items are keyed by the default locale's value names and situations.
        var teamBase = common
        teamBase.add(readingIn[defaultLocale]?.withoutTeams
            ?? DigestEncoder.digest(of: withoutTeams, in: defaultLocale, defaultLocale: defaultLocale))
        let teams = philosophy.teams.concurrentMap { DigestEncoder.digest(of: $0) }
        var siteBase = common
        siteBase.add(DigestEncoder.digest(of: withoutTeams))
        for team in teams { siteBase.add(team) }
        siteBase.add(reflecting: changes)
        // The whole philosophy as each locale reads it, from the same digests.
        let localeBases = readingIn.mapValues { reading in
            var base = common
            base.add(reading.withoutTeams)
            for team in reading.teams { base.add(team) }
            base.add(reflecting: changes)
            return base
        }
        return jobs.concurrentMap { [teamBase, siteBase] job in
            var digest: InputDigest
            switch (job.page, job.locale) {
            case (.team(let team), let locale?), (.checklist(let team), let locale?):
                digest = teamBase
                digest.add(readingIn[locale]?.teams[team] ?? teams[team])
                digest.add(readingIn[defaultLocale]?.teams[team] ?? teams[team])
            case (_, let locale?):
                digest = localeBases[locale] ?? siteBase
            case (_, nil):
                digest = siteBase
            }
            // The landing page has the chrome of the first locale's pages.
            if let locale = job.locale ?? (job.page == .root ? philosophy.defaultLocale : nil) {
                digest.add(readingIn[locale]?.chrome ?? InputDigest())
            }
            // The paths name the page: no two jobs write the same file.
            digest.add(job.locale?.tag ?? "")
            for path in job.paths { digest.add(path) }
            return digest.hex
        }
    }

    /// The digest of what the chrome of a page of `locale` is made from, besides the page and
    /// its place (which the paths give): the philosophy without its teams (`withoutTeams`,
    /// digested as the locale reads it) and the teams' names as the locale reads them, whether
    /// any KPI is in use, and the anchors of the philosophy page's sections. The chrome reads
    /// nothing else of the teams, so an edit of one team's activities leaves every other
    /// team's pages as they were; a test holds the chrome to that.
    private func chromeDigest(in locale: LocaleID, withoutTeams: InputDigest) -> InputDigest {
        var digest = withoutTeams
        digest.add(DigestEncoder.digest(of: philosophy.teams.map(\.name), in: locale, defaultLocale: philosophy.defaultLocale))
        digest.add(contexts.kpisInUse.isEmpty ? "" : "kpis")
        digest.add(DigestEncoder.digest(of: sections[locale]))
        return digest
    }
}

/// What the pages of one locale read, digested once for all of them: the philosophy without
/// its teams, the chrome's inputs, and each team, as the locale reads them.
private struct LocaleReading: Sendable {
    let withoutTeams: InputDigest
    let chrome: InputDigest
    let teams: [InputDigest]
}
